// Storefront: search, personal prices with their explanation, recommendations, and a cart priced by pricing.
import { startPage } from './layout.js';
import { api, ApiError, isUnavailable } from './api.js';
import { el, clear, notice, money } from './dom.js';
import { explanation, priceLine } from './price-view.js';
import { cart } from './cart.js';

const SKU = /^[A-Za-z0-9-]{1,20}$/;
const searchStatus = document.getElementById('search-status');

// At most this many price requests in flight: a page of search results must not burst pricing (and trip the
// gateway's circuit breaker for everyone) with one request per product at once.
const MAX_PRICE_REQUESTS = 4;
let inFlight = 0;
const waiting = [];

async function quote(sku) {
  if (inFlight >= MAX_PRICE_REQUESTS) await new Promise((resolve) => waiting.push(resolve));
  inFlight += 1;
  try {
    return await api(`/api/v1/prices/${encodeURIComponent(sku)}?channel=web`);
  } finally {
    inFlight -= 1;
    waiting.shift()?.();
  }
}

function addToCart(product, q, quantityInput) {
  const quantity = Number.parseInt(quantityInput.value, 10);
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > 99) {
    quantityInput.setAttribute('aria-invalid', 'true');
    notice(document.getElementById('cart-status'), 'error', 'Quantity must be a whole number from 1 to 99.');
    return;
  }
  quantityInput.removeAttribute('aria-invalid');
  cart.add({ sku: product.sku, name: product.name || product.sku, quantity, quote: q });
}

/** A product card: name, personal price (fetched now), why, quantity and add-to-cart. */
function productCard(product) {
  const body = el('div', { class: 'price-box' });
  const card = el('li', { class: 'card product', dataset: { sku: product.sku } },
    el('h3', {}, product.name || product.sku), el('p', {}, `Code ${product.sku}`,
      product.category ? ` · ${product.category}` : ''), body);
  showPrice(product, body);
  return card;
}

function showPrice(product, body) {
  clear(body, el('p', {}, 'Loading your price…'));
  quote(product.sku).then((q) => {
    const qtyId = `qty-${product.sku}`;
    const qty = el('input', { id: qtyId, type: 'number', min: 1, max: 99, value: 1, inputmode: 'numeric' });
    clear(body, priceLine(q.price, q.listPrice, q.currency),
      q.personalized ? el('p', { class: 'badge' }, 'Your personal price') : null,
      (q.appliedPromotions || []).map((p) => el('p', { class: 'badge applied-promotion' },
        `${p.name}: −${money(p.amountOff, q.currency)}`)),
      explanation(q.explanation, q.currency, product.sku),
      el('div', { class: 'row' }, el('div', {}, el('label', { for: qtyId }, 'Quantity'), qty),
        el('button', { type: 'button', id: `add-${product.sku}`, onclick: () => addToCart(product, q, qty) },
          'Add to cart')));
  }).catch((e) => {
    if (e instanceof ApiError && e.status === 404) {
      clear(body, el('p', { class: 'notice notice-error', role: 'alert' }, 'This product is not in the catalogue.'));
      return;
    }
    clear(body, el('p', { class: 'notice notice-error', role: 'alert' }, `No price right now: ${e.message}`),
      el('button', { type: 'button', class: 'secondary retry-price', onclick: () => showPrice(product, body) },
        'Try again'));
  });
}

async function search(q) {
  notice(searchStatus, 'info', 'Searching…');
  try {
    const answer = await api(`/api/v1/products/search?q=${encodeURIComponent(q)}`);
    const items = answer.items || [];
    notice(searchStatus, 'info', items.length ? `${items.length} products match “${q}”.` : `Nothing matches “${q}”.`);
    clear(document.getElementById('products'), items.map(productCard));
  } catch (e) {
    clear(document.getElementById('products'));
    notice(searchStatus, 'error', isUnavailable(e)
      ? 'Product search is not available right now. You can still open a product by its code below.'
      : `Search failed: ${e.message}`);
  }
}

function openSku(sku) {
  const input = document.getElementById('sku-lookup');
  if (!SKU.test(sku)) {
    input.setAttribute('aria-invalid', 'true');
    notice(searchStatus, 'error', 'A product code is 1 to 20 letters, digits or dashes, e.g. 85123A.');
    return;
  }
  input.removeAttribute('aria-invalid');
  notice(searchStatus, 'info', '');
  clear(document.getElementById('products'), productCard({ sku: sku.toUpperCase() }));
}

async function recommendations() {
  const status = document.getElementById('recs-status');
  try {
    const answer = await api('/api/v1/recommendations?context=home');
    const items = answer.items || [];
    if (answer.priceDegraded) notice(status, 'info', 'Prices shown are list prices: personal prices are unavailable right now.');
    else if (!items.length) notice(status, 'info', 'No recommendations yet.');
    clear(document.getElementById('recommendations'), items.map((item) =>
      el('li', { class: 'card recommendation', dataset: { sku: item.sku } },
        el('h3', {}, item.name || item.sku),
        priceLine(item.price, item.listPrice, item.currency),
        item.reasons?.length ? el('p', {}, item.reasons.join(' · ')) : null,
        explanation(item.priceExplanation, item.currency, `rec-${item.sku}`),
        el('button', { type: 'button', class: 'secondary', onclick: () => openSku(item.sku) }, 'See this product'))));
  } catch (e) {
    notice(status, isUnavailable(e) ? 'info' : 'error', isUnavailable(e)
      ? 'Recommendations are not available right now.' : `Recommendations failed: ${e.message}`);
  }
}

if (await startPage('shopper')) {
  document.getElementById('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const q = document.getElementById('product-search').value.trim();
    if (q) search(q);
  });
  document.getElementById('sku-form').addEventListener('submit', (event) => {
    event.preventDefault();
    openSku(document.getElementById('sku-lookup').value.trim());
  });
  cart.start(quote);
  recommendations();
}
