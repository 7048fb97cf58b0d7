// Marketing: promotions list with state and usage against limits and budget, create, edit (drafts and
// scheduled ones not started), approve (four-eyes), codes and limits, end now, archive.
import { api, ApiError } from './api.js';
import { el, clear, notice } from './dom.js';
import { clearFieldErrors, showFieldErrors } from './forms.js';
import { openCodes, startCodes } from './codes.js';
import { usageCell } from './usage.js';

const $ = (id) => document.getElementById(id);
const FIELDS = { name: 'promo-name', kind: 'promo-kind', value: 'promo-value', 'target.sku': 'promo-sku',
  'target.category': 'promo-category', target: 'promo-sku', startsAt: 'promo-starts', endsAt: 'promo-ends',
  status: 'promo-status' };

/** datetime-local value (read as UTC) <-> ISO instant. */
const toInstant = (local) => (local ? `${local.length === 16 ? local + ':00' : local}Z` : '');
const toLocal = (instant) => (instant ? instant.slice(0, 16) : '');
const offer = (p) => (p.kind === 'PERCENT_OFF' ? `${Number(p.value)} % off`
  : p.kind === 'AMOUNT_OFF' ? `£${Number(p.value).toFixed(2)} off` : `£${Number(p.value).toFixed(2)} fixed`);
const editable = (p) => p.status === 'draft' || (p.status === 'scheduled' && Date.parse(p.startsAt) > Date.now());

function resetForm() {
  const form = $('promo-form');
  form.reset();
  clearFieldErrors(form);
  $('promo-id').value = '';
  $('promo-version').value = '';
  const now = new Date();
  now.setUTCSeconds(0, 0);
  $('promo-starts').value = toLocal(now.toISOString());
  $('promo-ends').value = toLocal(new Date(now.getTime() + 7 * 864e5).toISOString());
  $('promo-form-heading').textContent = 'New promotion';
  $('promo-save').textContent = 'Save promotion';
}

function edit(p) {
  resetForm();
  $('promo-id').value = p.id;
  $('promo-version').value = p.version;
  $('promo-name').value = p.name;
  $('promo-kind').value = p.kind;
  $('promo-value').value = p.value;
  $('promo-sku').value = p.target.sku || '';
  $('promo-category').value = p.target.category || '';
  $('promo-starts').value = toLocal(p.startsAt);
  $('promo-ends').value = toLocal(p.endsAt);
  $('promo-status').value = p.status === 'draft' ? 'draft' : 'scheduled';
  $('promo-form-heading').textContent = `Edit “${p.name}”`;
  $('promo-save').textContent = 'Save changes';
  $('promo-name').focus();
}

/** Approve a promotion awaiting approval; a refusal (403: its creator; 409: not pending) is shown at the button. */
async function approve(p, button) {
  const cell = button.parentElement;
  cell.querySelector('.approve-error')?.remove();
  button.disabled = true;
  try {
    const approved = await api(`/api/v1/promotions/${p.id}/approve`, { method: 'POST' });
    notice($('promos-status'), 'ok', `“${p.name}” is approved (${approved?.status ?? 'scheduled'}).`);
    await list();
  } catch (e) {
    button.disabled = false;
    const id = `approve-error-${p.id}`;
    const why = e instanceof ApiError && e.status === 403
      ? 'Not approved: you created this promotion, so a second marketing user must approve it.'
      : `Not approved: ${e.message}`;
    cell.append(el('p', { class: 'field-error approve-error', id, role: 'alert' }, why));
    button.setAttribute('aria-describedby', id);
    button.focus();
  }
}

async function archive(p) {
  try {
    await api(`/api/v1/promotions/${p.id}/archive`, { method: 'POST' });
    notice($('promos-status'), 'ok', `“${p.name}” is archived.`);
  } catch (e) {
    notice($('promos-status'), 'error', `“${p.name}” was not archived: ${e.message}`);
  }
  await list();
}

async function end(p) {
  try {
    await api(`/api/v1/promotions/${p.id}/end`, { method: 'POST' });
    notice($('promos-status'), 'ok', `“${p.name}” has ended.`);
  } catch (e) {
    notice($('promos-status'), 'error', `“${p.name}” was not ended: ${e.message}`);
  }
  await list();
}

const button = (label, cls, onclick, aria, extra = {}) =>
  el('button', { type: 'button', class: cls, onclick, 'aria-label': aria, ...extra }, label);

function actions(p) {
  const live = p.status === 'scheduled' || p.status === 'active';
  return el('td', { class: 'actions' },
    editable(p) ? button('Edit', 'secondary', () => edit(p), `Edit ${p.name}`) : null,
    p.status === 'pending_approval' ? button('Approve', '', (ev) => approve(p, ev.currentTarget), `Approve ${p.name}`,
      { class: 'approve', dataset: { id: p.id } }) : null,
    p.status !== 'ended' && p.status !== 'archived' ? button('Codes & limits', 'secondary', () => openCodes(p, list),
      `Codes and limits of ${p.name}`) : null,
    live ? button('End now', 'danger', () => end(p), `End ${p.name}`) : null,
    ['draft', 'pending_approval', 'ended'].includes(p.status) ? button('Archive', 'secondary', () => archive(p),
      `Archive ${p.name}`) : null);
}

export async function list() {
  const status = $('promo-filter').value;
  try {
    const promos = (await api(`/api/v1/promotions${status ? `?status=${status}` : ''}`))
      .filter((p) => status || p.status !== 'archived');
    const rows = promos.map((p) => el('tr', { dataset: { id: p.id, name: p.name } },
      el('th', { scope: 'row' }, p.name), el('td', { dataset: { label: 'Offer' } }, offer(p)),
      el('td', { dataset: { label: 'For' } }, p.target.sku ? `SKU ${p.target.sku}` : `Category ${p.target.category}`),
      el('td', { dataset: { label: 'From – to (UTC)' } }, `${p.startsAt.slice(0, 16).replace('T', ' ')} – ${p.endsAt.slice(0, 16).replace('T', ' ')}`),
      el('td', { dataset: { label: 'State' } }, el('span', { class: 'badge promo-state', dataset: { state: p.status } }, p.status.replace('_', ' '))),
      usageCell(p), actions(p)));
    clear(document.querySelector('#promotions tbody'), rows.length ? rows
      : el('tr', {}, el('td', { colspan: 7 }, 'No promotions.')));
  } catch (e) {
    notice($('promos-status'), 'error', `Promotions could not be loaded: ${e.message}`);
  }
}

async function save(event) {
  event.preventDefault();
  const form = $('promo-form');
  const id = $('promo-id').value;
  const sku = $('promo-sku').value.trim();
  const category = $('promo-category').value.trim();
  const body = {
    name: $('promo-name').value.trim(), kind: $('promo-kind').value, value: $('promo-value').value.trim(),
    target: { sku: sku || undefined, category: category || undefined },
    startsAt: toInstant($('promo-starts').value), endsAt: toInstant($('promo-ends').value), status: $('promo-status').value,
  };
  if (id) body.version = Number($('promo-version').value);
  try {
    const saved = await api(id ? `/api/v1/promotions/${id}` : '/api/v1/promotions', { method: id ? 'PUT' : 'POST', body });
    resetForm();
    notice($('promo-form-status'), 'ok', saved?.status === 'pending_approval'
      ? `Saved “${saved.name}” (pending approval): its discount needs a second marketing user's approval before it prices.`
      : `Saved “${saved?.name ?? body.name}” (${saved?.status ?? body.status}).`);
    await list();
  } catch (e) {
    if (e instanceof ApiError && e.status === 409) {
      notice($('promo-form-status'), 'error', `Not saved: ${e.message} Reload the list and try again.`);
    } else {
      showFieldErrors(form, $('promo-form-status'), e, (field) => (FIELDS[field] ? $(FIELDS[field]) : null));
    }
  }
}

export function startPromotions() {
  resetForm();
  $('promo-form').addEventListener('submit', save);
  $('promo-reset').addEventListener('click', resetForm);
  $('promo-filter').addEventListener('change', list);
  startCodes();
  return list();
}
