// Small DOM helpers: build elements without innerHTML, so text from the API is never parsed as HTML.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node, ...children) {
  node.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

/** Shows a message in the page's live region (read out by screen readers). kind: info | error | ok. */
export function notice(node, kind, text) {
  clear(node, text ? el('p', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text) : null);
}

export function money(amount, currency) {
  if (amount === null || amount === undefined) return '–';
  return `${currency === 'GBP' ? '£' : (currency || '') + ' '}${amount}`;
}
