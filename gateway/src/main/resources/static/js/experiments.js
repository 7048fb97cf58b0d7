// Marketing: price experiments — create (arms, the first the control; holdout; window), list, end, and results
// per arm with 95 % confidence intervals (table + chart whose bars run from the interval's low to its high).
import { api, ApiError, isUnavailable } from './api.js';
import { el, clear, notice } from './dom.js';
import { clearFieldErrors, showFieldErrors } from './forms.js';
import { drawResults } from './experiment-chart.js';

const $ = (id) => document.getElementById(id);
const FIELDS = { name: 'exp-name', sku: 'exp-sku', category: 'exp-category', target: 'exp-sku', arms: 'exp-arm-0-name',
  holdoutPercent: 'exp-holdout', startsAt: 'exp-starts', endsAt: 'exp-ends' };
const toInstant = (local) => (local ? `${local.length === 16 ? local + ':00' : local}Z` : '');
const toLocal = (instant) => (instant ? instant.slice(0, 16) : '');
const when = (i) => (i ? i.slice(0, 16).replace('T', ' ') : '–');
const pct = (v) => `${Number(v) > 0 ? '+' : ''}${v} %`;
let results = null;
/** The API's status (RUNNING, ENDED, …) in lower case, as the promotions show theirs. */
const state = (x) => String(x.status ?? '').toLowerCase();

function armRow(i, arm) {
  const id = (f) => `exp-arm-${i}-${f}`;
  return el('div', { class: 'row arm', dataset: { index: i } },
    el('div', { class: 'field' }, el('label', { for: id('name') }, i === 0 ? 'Control arm name' : `Arm ${i + 1} name`),
      el('input', { id: id('name'), maxlength: 40, value: arm.name })),
    el('div', { class: 'field' }, el('label', { for: id('priceChangePercent') }, i === 0 ? 'Control price change %' : `Arm ${i + 1} price change %`),
      el('input', { id: id('priceChangePercent'), inputmode: 'decimal', value: arm.priceChangePercent })),
    i >= 2 ? el('button', { type: 'button', class: 'secondary', 'aria-label': `Remove arm ${i + 1}`,
      onclick: () => drawArms(readArms().filter((_, j) => j !== i)) }, 'Remove') : null);
}

function readArms() {
  return [...document.querySelectorAll('#exp-arms .arm')].map((_, i) => ({
    name: $(`exp-arm-${i}-name`).value.trim(), priceChangePercent: $(`exp-arm-${i}-priceChangePercent`).value.trim() }));
}

function drawArms(arms) {
  clear($('exp-arms'), arms.map((a, i) => armRow(i, a)));
}

function resetForm() {
  $('exp-form').reset();
  clearFieldErrors($('exp-form'));
  drawArms([{ name: 'control', priceChangePercent: '0' }, { name: 'minus-5', priceChangePercent: '-5' }]);
  const now = new Date();
  now.setUTCSeconds(0, 0);
  $('exp-starts').value = toLocal(now.toISOString());
  $('exp-ends').value = toLocal(new Date(now.getTime() + 14 * 864e5).toISOString());
}

function inputFor(field) {
  const arm = /^arms\[(\d+)]\.?(\w+)?$/.exec(field);
  if (arm) return $(`exp-arm-${arm[1]}-${arm[2] === 'priceChangePercent' ? 'priceChangePercent' : 'name'}`);
  return FIELDS[field] ? $(FIELDS[field]) : null;
}

async function end(x) {
  try {
    await api(`/api/v1/pricing/experiments/${x.id}/end`, { method: 'POST' });
    notice($('exp-status'), 'ok', `“${x.name}” has ended.`);
  } catch (e) {
    notice($('exp-status'), 'error', `“${x.name}” was not ended: ${e.message}`);
  }
  await list();
}

async function showResults(x) {
  try {
    results = await api(`/api/v1/pricing/experiments/${x.id}/results`);
    $('exp-results').hidden = false;
    $('exp-results').dataset.id = x.id;
    $('exp-results-heading').textContent = `Results of “${x.name}”`;
    $('exp-results-meta').textContent = `Updated ${when(results.updatedAt)} UTC; amounts in ${results.currency}. `
      + 'A difference whose interval excludes 0 is unlikely to be chance (95 %).'
      + (results.method ? ` Method: ${results.method}.` : '')
      + ((results.arms || []).every((a) => !Number(a.visitors)) ? ' No visitors yet, so every interval is empty.' : '');
    drawResults(results, $('exp-metric').value);
    $('exp-results-heading').focus();
  } catch (e) {
    notice($('exp-status'), 'error', `No results for “${x.name}”: ${e.message}`);
  }
}

export async function list() {
  try {
    const all = await api('/api/v1/pricing/experiments');
    clear(document.querySelector('#experiments tbody'), all.length ? all.map((x) => el('tr', { dataset: { id: x.id, name: x.name } },
      el('th', { scope: 'row' }, x.name), el('td', {}, x.sku ? `SKU ${x.sku}` : `Category ${x.category}`),
      el('td', {}, (x.arms || []).map((a) => `${a.name} ${pct(a.priceChangePercent)}${a.weightPercent !== undefined ? ` (${a.weightPercent} % traffic)` : ''}`).join(', ')),
      el('td', {}, `${x.holdoutPercent} %`), el('td', {}, `${when(x.startsAt)} – ${when(x.endsAt)}`),
      el('td', {}, el('span', { class: 'badge exp-state', dataset: { state: state(x) } }, state(x))),
      el('td', { class: 'actions' }, el('button', { type: 'button', class: 'secondary', onclick: () => showResults(x),
        'aria-label': `Results of ${x.name}` }, 'Results'), ' ',
      state(x) !== 'ended' ? el('button', { type: 'button', class: 'danger', onclick: () => end(x),
        'aria-label': `End ${x.name}` }, 'End') : null)))
      : el('tr', {}, el('td', { colspan: 7 }, 'No experiments yet.')));
  } catch (e) {
    notice($('exp-status'), isUnavailable(e) || e.status === 403 ? 'info' : 'error', isUnavailable(e) || e.status === 403
      ? `Experiments are not available right now (pricing answered ${e.status}: ${e.message}).`
      : `Experiments could not be loaded: ${e.message}`);
  }
}

async function save(event) {
  event.preventDefault();
  const sku = $('exp-sku').value.trim().toUpperCase();
  const category = $('exp-category').value.trim();
  const body = { name: $('exp-name').value.trim(), sku: sku || null, category: category || null, arms: readArms(),
    holdoutPercent: $('exp-holdout').value.trim(), startsAt: toInstant($('exp-starts').value), endsAt: toInstant($('exp-ends').value) };
  try {
    const saved = await api('/api/v1/pricing/experiments', { method: 'POST', body });
    resetForm();
    notice($('exp-form-status'), 'ok', `Started “${saved?.name ?? body.name}” (${saved ? state(saved) : 'saved'}).`);
    await list();
  } catch (e) {
    if (e instanceof ApiError && !e.fieldErrors.length && (isUnavailable(e) || e.status === 403)) {
      notice($('exp-form-status'), 'error', `Not saved: experiments are not available right now (pricing answered ${e.status}: ${e.message}).`);
    } else {
      showFieldErrors($('exp-form'), $('exp-form-status'), e, inputFor);
    }
  }
}

export function startExperiments() {
  resetForm();
  $('exp-form').addEventListener('submit', save);
  $('exp-add-arm').addEventListener('click', () => {
    const arms = readArms();
    drawArms([...arms, { name: `arm-${arms.length + 1}`, priceChangePercent: '' }]);
    $(`exp-arm-${arms.length}-name`).focus();
  });
  $('exp-metric').addEventListener('change', () => results && drawResults(results, $('exp-metric').value));
  return list();
}

