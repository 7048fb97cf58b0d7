// How a personal price and its explanation are shown, for search results, product lookups and recommendations.
import { el, money } from './dom.js';

/** "Why this price": every step from list price to the price, with the running price after it. */
export function explanation(steps, currency, sku) {
  if (!steps || steps.length === 0) return null;
  return el('details', { class: 'why', id: `why-${sku}` },
    el('summary', {}, 'Why this price?'),
    el('ol', {}, steps.map((s) => el('li', { dataset: { rule: s.rule } },
      el('strong', {}, s.detail || s.rule), ' → ', money(s.priceAfter, currency)))));
}

export function priceLine(price, listPrice, currency) {
  const reduced = listPrice && price && Number(price) < Number(listPrice);
  return el('p', {}, el('span', { class: 'price' }, money(price, currency)),
    reduced ? el('span', { class: 'list-price' }, el('span', { class: 'visually-hidden' }, 'was '),
      money(listPrice, currency)) : null);
}
