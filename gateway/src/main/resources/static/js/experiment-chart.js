// Marketing: an experiment's results as a table and a chart. Each bar spans the 95 % confidence interval
// (low..high, a floating bar) and the dot is the estimate, so overlapping intervals are seen as overlapping.
import { el, clear, money } from './dom.js';

const $ = (id) => document.getElementById(id);
const LABELS = { conversionRate: 'Conversion rate (%)', revenuePerVisitor: 'Revenue per visitor',
  profitPerVisitor: 'Profit per visitor' };
let chart = null;

/** Conversion rates are fractions (0..1), shown as percentages; money per visitor in the currency. */
const rate = (v) => (v === null || v === undefined ? '–' : `${(Number(v) * 100).toFixed(2)} %`);
const points = (v) => (v === null || v === undefined ? '–' : `${Number(v) > 0 ? '+' : ''}${(Number(v) * 100).toFixed(2)} pp`);
const ci = (pair, fmt) => (Array.isArray(pair) && pair.length === 2 ? ` [${fmt(pair[0])} – ${fmt(pair[1])}]` : '');
const scale = (metric) => (metric === 'conversionRate' ? 100 : 1);

function rows(r) {
  const cash = (v) => money(v, r.currency);
  const groups = [...(r.arms || []).map((a, i) => ({ ...a, role: i === 0 ? 'control' : 'arm' })),
    ...(r.holdout ? [{ name: 'holdout', ...r.holdout, role: 'holdout' }] : [])];
  return groups.map((a) => {
    const vs = a.vsControl;
    const excludesZero = vs?.ci95 && (Number(vs.ci95[0]) > 0 || Number(vs.ci95[1]) < 0);
    return el('tr', { dataset: { arm: a.name, role: a.role } },
      el('th', { scope: 'row' }, a.role === 'control' ? `${a.name} (control)` : a.name),
      el('td', {}, a.visitors ?? '–'), el('td', {}, a.buyers ?? '–'), el('td', {}, a.units ?? '–'),
      el('td', {}, rate(a.conversionRate) + ci(a.conversionRateCi95, rate)),
      el('td', {}, cash(a.revenuePerVisitor) + ci(a.revenuePerVisitorCi95, cash)),
      el('td', {}, cash(a.profitPerVisitor) + ci(a.profitPerVisitorCi95, cash)),
      el('td', {}, a.role === 'control' ? '(control)' : vs ? `${points(vs.conversionRateDiff)}${ci(vs.ci95, points)}`
        + (excludesZero ? ' — interval excludes 0' : '') : '–'));
  });
}

export function drawResults(r, metric) {
  clear($('exp-results-table').tBodies[0], rows(r));
  if (chart) chart.destroy();
  chart = null;
  if (!window.Chart) return;
  const groups = [...(r.arms || []), ...(r.holdout ? [{ name: 'holdout', ...r.holdout }] : [])];
  const k = scale(metric);
  const num = (v) => (v === null || v === undefined ? null : Number(v) * k);
  window.Chart.defaults.color = '#1b1b1f';
  chart = new window.Chart($('exp-chart'), {
    type: 'bar',
    data: {
      labels: groups.map((g) => g.name),
      datasets: [
        { type: 'bar', label: '95 % confidence interval', backgroundColor: 'rgba(11,87,208,0.25)', borderColor: '#0b57d0',
          borderWidth: 1, data: groups.map((g) => (Array.isArray(g[`${metric}Ci95`]) ? g[`${metric}Ci95`].map(num) : null)) },
        { type: 'line', label: 'estimate', showLine: false, pointRadius: 6, pointStyle: 'rectRot',
          borderColor: '#1b1b1f', backgroundColor: '#1b1b1f', data: groups.map((g) => num(g[metric])) },
      ],
    },
    options: { responsive: true, maintainAspectRatio: false, animation: false,
      scales: { y: { beginAtZero: metric === 'conversionRate', title: { display: true, text: metric === 'conversionRate' ? LABELS[metric]
        : `${LABELS[metric]} (${r.currency})` } } } },
  });
}
