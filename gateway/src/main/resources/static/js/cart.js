// The cart: lines (product, quantity and the signed quote it was added with) and promotion codes, kept in
// sessionStorage for this tab. Its total comes from pricing (POST /api/v1/orders/price) so that codes and
// order-level promotions are applied exactly as checkout would; while that endpoint is missing the page
// shows the sum of the quotes and says so.
import { api, ApiError } from './api.js';
import { el, clear, notice, money } from './dom.js';

const KEY = 'pf.cart';
const status = () => document.getElementById('cart-status');
let requote = null;
let pricingRun = 0;

function load() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY)) || { lines: [], codes: [] };
  } catch {
    return { lines: [], codes: [] };
  }
}

function save(state) {
  sessionStorage.setItem(KEY, JSON.stringify(state));
  render(state);
}

/** Quotes expire: ask for a fresh one for every line whose quote ends within 15 s. */
async function freshQuotes(state) {
  const soon = Date.now() + 15000;
  const lines = await Promise.all(state.lines.map(async (line) =>
    (Date.parse(line.quote.expiresAt) > soon ? line : { ...line, quote: await requote(line.sku) })));
  const next = { ...state, lines };
  sessionStorage.setItem(KEY, JSON.stringify(next));
  return next;
}

function fallbackTotal(state) {
  const currency = state.lines[0]?.quote.currency;
  const cents = state.lines.reduce((sum, l) => sum + Math.round(Number(l.quote.price) * 100) * l.quantity, 0);
  return { currency, total: (cents / 100).toFixed(2) };
}

function orderView(priced) {
  const discounts = (priced.discounts || []).map((d) =>
    el('li', {}, `${d.name || 'Promotion'}${d.code ? ` (code ${d.code})` : ''}: −${money(d.amount, priced.currency)}`));
  const lineDiscounts = (priced.lines || []).flatMap((l) => (l.discounts || []).map((d) =>
    el('li', {}, `${l.sku}: ${d.name || 'Promotion'}${d.code ? ` (code ${d.code})` : ''} −${money(d.amount, priced.currency)}`)));
  return el('div', { class: 'card', id: 'order-total' },
    el('p', {}, `Subtotal ${money(priced.subtotal, priced.currency)}`),
    discounts.length || lineDiscounts.length ? el('ul', { id: 'order-discounts' }, lineDiscounts, discounts) : null,
    priced.discountTotal && Number(priced.discountTotal) > 0
      ? el('p', {}, `You save ${money(priced.discountTotal, priced.currency)}`) : null,
    el('p', { class: 'price' }, 'Total ', el('span', { id: 'order-total-amount' }, money(priced.total, priced.currency))));
}

async function price(state) {
  const run = ++pricingRun;
  const order = document.getElementById('order');
  if (!state.lines.length) {
    clear(order);
    return;
  }
  notice(order, 'info', 'Pricing your order…');
  try {
    const fresh = await freshQuotes(state);
    const priced = await api('/api/v1/orders/price', {
      method: 'POST',
      body: { lines: fresh.lines.map((l) => ({ quoteToken: l.quote.signature, quantity: l.quantity })),
        codes: fresh.codes, channel: 'web' },
    });
    if (run === pricingRun) clear(order, orderView(priced));
  } catch (e) {
    if (run !== pricingRun) return;
    if (e instanceof ApiError && e.status === 404 && !e.problem.type?.includes('unknown')) {
      const sum = fallbackTotal(state);
      clear(order, el('p', { class: 'notice', role: 'status', id: 'order-fallback' },
        'Exact order pricing is not available yet, so promotion codes are not applied: this is the sum of your quoted prices.'),
      el('p', { class: 'price' }, 'Total ', el('span', { id: 'order-total-amount' }, money(sum.total, sum.currency))));
    } else {
      const fields = e instanceof ApiError ? e.fieldErrors.map((f) => `${f.field}: ${f.message}`) : [];
      clear(order, el('div', { class: 'notice notice-error', role: 'alert', id: 'order-error' },
        el('p', {}, `The order could not be priced: ${e.message}`), fields.length ? el('ul', {}, fields.map((f) => el('li', {}, f))) : null));
    }
  }
}

function render(state) {
  const rows = state.lines.map((line, index) => el('tr', { dataset: { sku: line.sku } },
    el('th', { scope: 'row' }, line.name), el('td', {}, String(line.quantity)),
    el('td', {}, money(line.quote.price, line.quote.currency)),
    el('td', {}, money((Math.round(Number(line.quote.price) * 100) * line.quantity / 100).toFixed(2), line.quote.currency)),
    el('td', {}, el('button', { type: 'button', class: 'danger', 'aria-label': `Remove ${line.name}`,
      onclick: () => save({ ...state, lines: state.lines.filter((_, i) => i !== index) }) }, 'Remove'))));
  clear(document.querySelector('#cart tbody'), rows.length ? rows
    : el('tr', {}, el('td', { colspan: 5 }, 'Your cart is empty.')));
  clear(document.getElementById('codes'), state.codes.map((code) => el('li', {}, code, ' ',
    el('button', { type: 'button', class: 'secondary', 'aria-label': `Remove code ${code}`,
      onclick: () => save({ ...state, codes: state.codes.filter((c) => c !== code) }) }, 'Remove'))));
  price(state);
}

export const cart = {
  start(quoteFn) {
    requote = quoteFn;
    document.getElementById('code-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const input = document.getElementById('promo-code');
      const code = input.value.trim().toUpperCase();
      if (!/^[A-Z0-9_-]{1,40}$/.test(code)) {
        input.setAttribute('aria-invalid', 'true');
        notice(status(), 'error', 'A code is 1 to 40 letters, digits, dashes or underscores.');
        return;
      }
      input.removeAttribute('aria-invalid');
      input.value = '';
      const state = load();
      if (!state.codes.includes(code)) save({ ...state, codes: [...state.codes, code] });
    });
    render(load());
  },

  add(line) {
    const state = load();
    const existing = state.lines.find((l) => l.sku === line.sku);
    const lines = existing
      ? state.lines.map((l) => (l.sku === line.sku ? { ...l, quantity: Math.min(99, l.quantity + line.quantity), quote: line.quote } : l))
      : [...state.lines, line];
    notice(status(), 'ok', `${line.name} added to your cart.`);
    save({ ...state, lines });
  },
};
