// Marketing: trends (shown as a table of whatever signals trend-analysis answers) and a SKU's demand
// forecast as a chart — P50 line inside the P10–P90 band — with the same numbers in a table.
import { api, isUnavailable } from './api.js';
import { trendsChartBox, drawTrendCharts } from './trends-chart.js';
import { el, clear, notice } from './dom.js';

const $ = (id) => document.getElementById(id);
let chart = null;

const pct = (v) => (v === null || v === undefined ? '–' : String(v));

function momentumView(m) {
  if (!m) return el('p', {}, 'No momentum signal for this window yet.');
  return el('dl', { class: 'facts' },
    el('dt', {}, 'Momentum'), el('dd', {}, `${pct(m.momentum)} (score ${pct(m.score)})`),
    el('dt', {}, 'Anomaly'), el('dd', {}, m.anomaly || 'NONE'),
    el('dt', {}, 'Views / carts / purchases'), el('dd', {}, `${m.views} / ${m.carts} / ${m.purchases}`),
    el('dt', {}, 'Window (UTC)'), el('dd', {}, `${m.windowStart} – ${m.windowEnd}`));
}

export async function trends(event) {
  event?.preventDefault();
  const category = $('trends-category').value.trim();
  const window = $('trends-window').value;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(category)) {
    $('trends-category').setAttribute('aria-invalid', 'true');
    notice($('trends-status'), 'error', 'A category is 1 to 64 letters, digits, dashes or underscores.');
    return;
  }
  $('trends-category').removeAttribute('aria-invalid');
  try {
    const t = await api(`/api/v1/trends?category=${encodeURIComponent(category)}&window=${window}`);
    notice($('trends-status'), 'info', '');
    const rising = t.rising?.products || [];
    const index = t.priceIndex?.products || [];
    clear($('trends'), el('h3', {}, `${t.category} (${t.window})`), momentumView(t.momentum),
      el('h4', {}, 'Rising products'), rising.length ? trendsChartBox('trends-rising-chart',
        'Rising products chart: momentum per product (the list below has the numbers)') : null,
      rising.length ? el('ol', {}, rising.map((p) =>
        el('li', {}, `${p.sku}: momentum ${pct(p.momentum)}, score ${pct(p.score)}`))) : el('p', {}, 'None yet.'),
      el('h4', {}, `Competitor price index${t.priceIndex?.average ? ` (average ${t.priceIndex.average})` : ''}`),
      index.length ? trendsChartBox('trends-index-chart',
        'Competitor price index chart: our price divided by the lowest competitor price per product; 1 = level') : null,
      index.length ? el('div', { class: 'table-wrap' }, el('table', {},
        el('thead', {}, el('tr', {}, ['SKU', 'Our price', 'Lowest competitor', 'Index'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, index.map((p) => el('tr', {}, el('th', { scope: 'row' }, p.sku), el('td', {}, p.ourPrice),
          el('td', {}, `${p.lowestCompetitorPrice} (${p.lowestCompetitor})`), el('td', {}, p.index))))))
        : el('p', {}, 'No competitor prices yet.'));
    drawTrendCharts(rising, index);
  } catch (e) {
    clear($('trends'));
    notice($('trends-status'), isUnavailable(e) ? 'info' : 'error', e.status === 404 && e.problem.type?.endsWith('/not-found')
      && !e.problem.detail?.includes('no endpoint') ? `Nothing is known about ${category} yet.`
      : isUnavailable(e) ? 'Trends are not available right now.' : `Trends could not be loaded: ${e.message}`);
  }
}

function draw(forecast) {
  const labels = forecast.periods.map((p) => p.weekStart);
  const series = (key) => forecast.periods.map((p) => Number(p[key]));
  if (chart) chart.destroy();
  if (!window.Chart) return;
  window.Chart.defaults.color = '#1b1b1f'; // axis and legend text at full contrast (the default grey is too light)
  chart = new window.Chart($('forecast-chart'), {
    type: 'line',
    data: {
      labels,
      datasets: [
        { label: 'P90', data: series('p90'), borderColor: '#5b8def', backgroundColor: 'rgba(11,87,208,0.15)', fill: '+1', pointRadius: 0 },
        { label: 'P10', data: series('p10'), borderColor: '#5b8def', backgroundColor: 'rgba(11,87,208,0.15)', fill: false, pointRadius: 0 },
        { label: 'P50 (median)', data: series('p50'), borderColor: '#0b57d0', borderWidth: 3, fill: false },
      ],
    },
    options: { responsive: true, maintainAspectRatio: false, animation: false,
      scales: { y: { beginAtZero: true, title: { display: true, text: 'units per week' } } } },
  });
}

async function forecast(event) {
  event.preventDefault();
  const sku = $('forecast-sku').value.trim().toUpperCase();
  if (!/^[A-Z0-9-]{1,20}$/.test(sku)) {
    $('forecast-sku').setAttribute('aria-invalid', 'true');
    notice($('forecast-status'), 'error', 'A product code is 1 to 20 letters, digits or dashes.');
    return;
  }
  $('forecast-sku').removeAttribute('aria-invalid');
  notice($('forecast-status'), 'info', 'Loading the forecast…');
  try {
    const f = await api(`/api/v1/forecasts/${encodeURIComponent(sku)}?horizon=8`);
    notice($('forecast-status'), 'ok', `Forecast for ${f.sku}, ${f.periods.length} weeks (model ${f.modelId}).`);
    clear($('forecast-table').tBodies[0], f.periods.map((p) => el('tr', {}, el('th', { scope: 'row' }, p.weekStart),
      el('td', {}, p.p10), el('td', {}, p.p50), el('td', {}, p.p90))));
    draw(f);
  } catch (e) {
    clear($('forecast-table').tBodies[0]);
    if (chart) { chart.destroy(); chart = null; }
    notice($('forecast-status'), 'error', `No forecast: ${e.message}`);
  }
}

export function startInsights() {
  $('forecast-form').addEventListener('submit', forecast);
  $('trends-form').addEventListener('submit', trends);
  return trends();
}
