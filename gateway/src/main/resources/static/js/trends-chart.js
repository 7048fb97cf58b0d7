// Marketing: the trends dashboard's charts — momentum of the rising products and the competitor price index
// (our price ÷ the lowest competitor's; above 1 we are dearer). The lists and tables beside them hold the numbers.
import { el } from './dom.js';

const charts = {};

export function trendsChartBox(id, label) {
  return el('div', { class: 'chart-box chart-box-small' }, el('canvas', { id, role: 'img', 'aria-label': label }));
}

function bar(id, labels, label, data, colours, options = {}) {
  charts[id]?.destroy();
  delete charts[id];
  const canvas = document.getElementById(id);
  if (!window.Chart || !canvas) return;
  window.Chart.defaults.color = '#1b1b1f';
  charts[id] = new window.Chart(canvas, {
    type: 'bar',
    data: { labels, datasets: [{ label, data, backgroundColor: colours, borderColor: '#0b57d0', borderWidth: 1 }] },
    options: { responsive: true, maintainAspectRatio: false, animation: false, indexAxis: 'y', ...options },
  });
}

export function drawTrendCharts(rising, index) {
  bar('trends-rising-chart', rising.map((p) => p.sku), 'momentum', rising.map((p) => Number(p.momentum)), 'rgba(11,87,208,0.55)',
    { scales: { y: { ticks: { autoSkip: false } }, x: { beginAtZero: true, title: { display: true, text: 'momentum' } } } });
  bar('trends-index-chart', index.map((p) => p.sku), 'price index (1 = level with the lowest competitor)',
    index.map((p) => Number(p.index)), index.map((p) => (Number(p.index) > 1 ? 'rgba(165,14,14,0.55)' : 'rgba(20,108,46,0.55)')),
    { scales: { y: { ticks: { autoSkip: false } }, x: { beginAtZero: true, title: { display: true, text: 'our price ÷ lowest competitor price' } } } });
}
