// Marketing: what-if simulation (POST /api/v1/pricing/simulations) — expected units, revenue and margin per
// day for the current prices against a proposed promotion (or an existing one), as a chart and a totals table.
import { api, isUnavailable } from './api.js';
import { el, clear, notice, money } from './dom.js';
import { clearFieldErrors, showFieldErrors } from './forms.js';

const $ = (id) => document.getElementById(id);
const FIELDS = { from: 'whatif-from', to: 'whatif-to', channel: 'whatif-channel', 'promotion.kind': 'whatif-kind',
  'promotion.value': 'whatif-value', 'promotion.sku': 'whatif-sku', 'promotion.category': 'whatif-category',
  promotion: 'whatif-sku', promotionId: 'whatif-promotionId' };
const METRICS = { units: 'Units', revenue: 'Revenue', margin: 'Margin' };
let chart = null;
let result = null;

const day = (d) => d.toISOString().slice(0, 10);
const mode = () => document.querySelector('input[name="whatif-mode"]:checked').value;
const metric = () => document.querySelector('input[name="whatif-metric"]:checked').value;
const signed = (n, text) => (Number(n) > 0 ? `+${text}` : text);
const percent = (p) => (p === null || p === undefined || Number.isNaN(Number(p)) ? '–' : signed(p, `${Number(p).toFixed(1)} %`));

function showMode() {
  $('whatif-proposed').hidden = mode() !== 'proposed';
  $('whatif-existing').hidden = mode() !== 'existing';
}

async function loadPromotions() {
  try {
    const promos = (await api('/api/v1/promotions')).filter((p) => p.status !== 'archived');
    clear($('whatif-promotionId'), promos.length ? promos.map((p) => el('option', { value: p.id }, `${p.name} (${p.status.replace('_', ' ')})`))
      : el('option', { value: '' }, 'No promotions yet'));
  } catch {
    clear($('whatif-promotionId'), el('option', { value: '' }, 'Promotions could not be loaded'));
  }
}

function request() {
  const body = { from: $('whatif-from').value, to: $('whatif-to').value, channel: $('whatif-channel').value };
  if (mode() === 'existing') {
    body.promotionId = $('whatif-promotionId').value || null;
  } else {
    const sku = $('whatif-sku').value.trim().toUpperCase();
    const category = $('whatif-category').value.trim();
    body.promotion = { kind: $('whatif-kind').value, value: $('whatif-value').value.trim() || undefined };
    if (sku) body.promotion.sku = sku;
    if (category) body.promotion.category = category;
  }
  return body;
}

function draw() {
  if (chart) chart.destroy();
  chart = null;
  if (!window.Chart || !result) return;
  const key = metric();
  const series = (side) => result.days.map((d) => Number(d[side]?.[key] ?? 0));
  window.Chart.defaults.color = '#1b1b1f';
  chart = new window.Chart($('whatif-chart'), {
    type: 'line',
    data: { labels: result.days.map((d) => d.date), datasets: [
      { label: `${METRICS[key]}, current`, data: series('current'), borderColor: '#44474f', borderDash: [6, 4], pointRadius: 2, fill: false },
      { label: `${METRICS[key]}, proposed`, data: series('proposed'), borderColor: '#0b57d0', borderWidth: 3, pointRadius: 2, fill: false },
    ] },
    options: { responsive: true, maintainAspectRatio: false, animation: false,
      scales: { y: { beginAtZero: true, title: { display: true, text: key === 'units' ? 'units per day' : `${result.currency} per day` } } } },
  });
}

function totals(r) {
  const unitsPercent = Number(r.current.units) ? (Number(r.change.units) / Number(r.current.units)) * 100 : null;
  const row = (key, fmt, pct) => el('tr', { dataset: { measure: key } }, el('th', { scope: 'row' }, METRICS[key]),
    el('td', {}, fmt(r.current[key])), el('td', {}, fmt(r.proposed[key])),
    el('td', {}, signed(r.change[key], fmt(r.change[key]))), el('td', {}, percent(pct)));
  const cash = (v) => money(v, r.currency);
  return [row('units', (v) => String(v), unitsPercent), row('revenue', cash, r.change.revenuePercent),
    row('margin', cash, r.change.marginPercent)];
}

async function run(event) {
  event.preventDefault();
  const form = $('whatif-form');
  clearFieldErrors(form);
  $('whatif-run').disabled = true;
  notice($('whatif-status'), 'info', 'Simulating…');
  try {
    result = await api('/api/v1/pricing/simulations', { method: 'POST', body: request() });
    const r = result;
    notice($('whatif-status'), 'ok', `Simulated ${r.days.length} days, ${r.from} to ${r.to}.`);
    const skus = Array.isArray(r.skus) ? `${r.skus.length} products (${r.skus.slice(0, 8).join(', ')}${r.skus.length > 8 ? ', …' : ''})`
      : `${r.skus} ${Number(r.skus) === 1 ? 'product' : 'products'}`;
    $('whatif-summary').textContent = `${skus}; expected demand from ${String(r.source).toLowerCase().replaceAll('_', ' ')}; amounts in ${r.currency}.`;
    clear($('whatif-totals').tBodies[0], totals(r));
    clear($('whatif-notes'), (r.notes || []).map((n) => el('li', {}, n)));
    $('whatif-result').hidden = false;
    draw();
  } catch (e) {
    result = null;
    $('whatif-result').hidden = true;
    if (chart) { chart.destroy(); chart = null; }
    if (e.fieldErrors?.length) {
      showFieldErrors(form, $('whatif-status'), e, (f) => (FIELDS[f] ? $(FIELDS[f]) : null));
      const loose = e.fieldErrors.filter((f) => !FIELDS[f.field]).map((f) => `${f.field}: ${f.message}`);
      notice($('whatif-status'), 'error', `Not simulated: please correct the ${e.fieldErrors.length === 1 ? 'field' : 'fields'} marked.`
        + (loose.length ? ` ${loose.join('; ')}` : ''));
    } else {
      notice($('whatif-status'), isUnavailable(e) || e.status === 403 ? 'info' : 'error', isUnavailable(e) || e.status === 403
        ? `What-if simulation is not available right now (pricing answered ${e.status}: ${e.message}).`
        : `Not simulated: ${e.message}`);
    }
  } finally {
    $('whatif-run').disabled = false;
  }
}

export function startWhatIf() {
  const today = new Date();
  $('whatif-from').value = day(today);
  $('whatif-to').value = day(new Date(today.getTime() + 13 * 864e5));
  document.querySelectorAll('input[name="whatif-mode"]').forEach((r) => r.addEventListener('change', showMode));
  document.querySelectorAll('input[name="whatif-metric"]').forEach((r) => r.addEventListener('change', draw));
  $('whatif-form').addEventListener('submit', run);
  showMode();
  return loadPromotions();
}
