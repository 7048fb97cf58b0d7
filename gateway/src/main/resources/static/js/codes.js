// Marketing: one promotion's codes and limits — limits and a public code (PUT …/redemption), bulk unique codes
// (POST …/codes {count}) and their CSV (GET …/codes, fetched with the bearer token and saved from a Blob).
import { api, apiText, saveFile } from './api.js';
import { el, clear, notice } from './dom.js';
import { clearFieldErrors, showFieldErrors } from './forms.js';
import { usageView } from './usage.js';

const $ = (id) => document.getElementById(id);
const LIMITS = ['publicCode', 'maxUses', 'maxUsesPerUser', 'budget'];
let current = null; // {promotion, onChange}

function show(view) {
  clear($('codes-summary'), usageView(view));
  for (const f of LIMITS) $(`codes-${f}`).value = view[f] ?? '';
  $('codes-download').disabled = view.codeMode !== 'unique' && view.codeMode !== 'public';
}

/** Opens the panel for promotion `p`; `onChange` reloads the list after a change. */
export async function openCodes(p, onChange) {
  current = { promotion: p, onChange };
  const panel = $('codes-panel');
  panel.dataset.id = p.id;
  clearFieldErrors($('limits-form'));
  clearFieldErrors($('codes-form'));
  notice($('codes-status'), 'info', '');
  notice($('limits-status'), 'info', '');
  $('codes-heading').textContent = `Codes and limits of “${p.name}”`;
  panel.hidden = false;
  panel.setAttribute('aria-busy', 'true');
  $('codes-fields').disabled = true;
  try {
    show(await api(`/api/v1/promotions/${p.id}/redemption`));
    $('codes-fields').disabled = false;
  } catch (e) {
    notice($('codes-status'), 'error', `Usage could not be loaded: ${e.message}`);
  } finally {
    panel.setAttribute('aria-busy', 'false');
  }
  $('codes-heading').focus();
}

const intOrNull = (v) => (v.trim() === '' ? null : Number(v.trim()));

async function saveLimits(event) {
  event.preventDefault();
  const body = { publicCode: $('codes-publicCode').value.trim().toUpperCase() || null,
    maxUses: intOrNull($('codes-maxUses').value), maxUsesPerUser: intOrNull($('codes-maxUsesPerUser').value),
    budget: $('codes-budget').value.trim() || null };
  try {
    show(await api(`/api/v1/promotions/${current.promotion.id}/redemption`, { method: 'PUT', body }));
    clearFieldErrors($('limits-form'));
    notice($('limits-status'), 'ok', 'Limits saved.');
    await current.onChange();
  } catch (e) {
    showFieldErrors($('limits-form'), $('limits-status'), e, (field) => (LIMITS.includes(field) ? $(`codes-${field}`) : null));
  }
}

async function generate(event) {
  event.preventDefault();
  const form = $('codes-form');
  const raw = $('codes-count').value.trim();
  const count = Number(raw);
  if (!/^\d+$/.test(raw) || count < 1 || count > 10000) {
    showFieldErrors(form, $('codes-status'), { fieldErrors: [{ field: 'count', message: 'Give a whole number from 1 to 10,000.' }] },
      () => $('codes-count'));
    return;
  }
  clearFieldErrors(form);
  $('codes-generate').disabled = true;
  notice($('codes-status'), 'info', `Generating ${count} codes…`);
  try {
    const view = await api(`/api/v1/promotions/${current.promotion.id}/codes`, { method: 'POST', body: { count } });
    show(view);
    notice($('codes-status'), 'ok', `Generated ${view.generated ?? count} codes (${view.uniqueCodes} in all). Download them as CSV.`);
    await current.onChange();
  } catch (e) {
    showFieldErrors(form, $('codes-status'), e, (field) => (field === 'count' ? $('codes-count') : null));
  } finally {
    $('codes-generate').disabled = false;
  }
}

async function download() {
  const p = current.promotion;
  notice($('codes-status'), 'info', 'Downloading the codes…');
  try {
    const csv = await apiText(`/api/v1/promotions/${p.id}/codes`, 'text/csv');
    const lines = csv.text.split(/\r?\n/).filter((l) => l.trim() !== '');
    const codes = Math.max(0, lines.length - 1); // the first line is the header "code,uses"
    const name = csv.filename || `promotion-${p.id}-codes.csv`;
    saveFile(csv.text, name, 'text/csv');
    $('codes-status').dataset.lines = String(lines.length);
    notice($('codes-status'), 'ok', `Downloaded ${name}: ${codes} codes (${lines.length} lines with the header).`);
  } catch (e) {
    notice($('codes-status'), 'error', `The codes could not be downloaded: ${e.message}`);
  }
}

export function startCodes() {
  $('limits-form').addEventListener('submit', saveLimits);
  $('codes-form').addEventListener('submit', generate);
  $('codes-download').addEventListener('click', download);
  $('codes-close').addEventListener('click', () => { $('codes-panel').hidden = true; current = null; });
}
