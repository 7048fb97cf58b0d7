// Marketing: a promotion's usage against its limits and budget (GET /api/v1/promotions/{id}/redemption),
// filled into its table cell once known. At most 4 of these calls run at a time.
import { api } from './api.js';
import { el, clear, money } from './dom.js';

const MAX_IN_FLIGHT = 4;
const waiting = [];
let inFlight = 0;

function next() {
  while (inFlight < MAX_IN_FLIGHT && waiting.length) {
    const job = waiting.shift();
    inFlight++;
    job().finally(() => { inFlight--; next(); });
  }
}

const queued = (job) => { waiting.push(job); next(); };

/** "3 / 1000" with a progress bar when there is a limit, else "3 (no limit)". */
function against(label, used, limit, format, cls) {
  const text = limit === null || limit === undefined
    ? `${label}: ${format(used)} (no ${label === 'Granted' ? 'budget' : 'limit'})`
    : `${label}: ${format(used)} / ${format(limit)}`;
  const bar = limit === null || limit === undefined || Number(limit) <= 0 ? null
    : el('progress', { max: Number(limit), value: Math.min(Number(used), Number(limit)), 'aria-label': text });
  return el('div', { class: `usage ${cls}` }, el('span', {}, text), bar ? ' ' : null, bar);
}

/** The redemption view as short lines: uses / max uses, per-user limit, granted / budget, codes. */
export function usageView(r) {
  const codes = r.codeMode === 'public' ? `Code ${r.publicCode}`
    : r.codeMode === 'unique' ? `${r.uniqueCodesUsed} of ${r.uniqueCodes} unique codes used` : 'No code (automatic)';
  return [
    against('Uses', r.uses, r.maxUses, (n) => String(n), 'usage-uses'),
    r.maxUsesPerUser ? el('div', { class: 'usage usage-per-user' }, `At most ${r.maxUsesPerUser} per shopper`) : null,
    against('Granted', r.granted, r.budget, (n) => money(n, 'GBP'), 'usage-budget'),
    el('div', { class: 'usage usage-codes' }, codes),
  ];
}

export function usageCell(p) {
  const cell = el('td', { class: 'usage-cell', 'aria-busy': 'true', dataset: { label: 'Usage' } }, '…');
  if (p.status === 'archived') {
    cell.removeAttribute('aria-busy');
    clear(cell, '–');
    return cell;
  }
  queued(() => api(`/api/v1/promotions/${p.id}/redemption`)
    .then((r) => clear(cell, usageView(r)))
    .catch((e) => clear(cell, el('span', { class: 'usage-unknown' }, `Usage unknown: ${e.message}`)))
    .finally(() => cell.removeAttribute('aria-busy')));
  return cell;
}
