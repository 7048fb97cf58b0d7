// Marketing: the pricing policy of each category, read and edited (validation errors at the field).
import { api, ApiError, isUnavailable } from './api.js';
import { el, clear, notice } from './dom.js';
import { clearFieldErrors, showFieldErrors } from './forms.js';

const $ = (id) => document.getElementById(id);
const TEXT = ['targetMarginPercent', 'maxDailyChangePercent', 'personalizationMaxPercent', 'competitorWithinPercent'];

function edit(p) {
  const form = $('policy-form');
  clearFieldErrors(form);
  notice($('policy-form-status'), 'info', '');
  $('policy-category').value = p.category;
  $('policy-version').value = p.version;
  $('policy-objective').value = p.objective;
  $('policy-priceEnding').value = p.priceEnding;
  $('policy-personalizationAllowed').checked = p.personalizationAllowed;
  for (const f of TEXT) $(`policy-${f}`).value = p[f] ?? '';
  $('policy-form-heading').textContent = `Policy for ${p.category}`;
  form.hidden = false;
  $('policy-objective').focus();
}

async function list() {
  try {
    const policies = await api('/api/v1/pricing/policies');
    clear($('category-list'), policies.map((p) => el('option', { value: p.category })));
    clear(document.querySelector('#policies tbody'), policies.length ? policies.map((p) => el('tr', { dataset: { category: p.category } },
      el('th', { scope: 'row' }, p.category), el('td', {}, p.objective), el('td', {}, p.targetMarginPercent ?? '–'),
      el('td', {}, p.maxDailyChangePercent ?? '–'), el('td', {}, p.priceEnding),
      el('td', {}, p.personalizationAllowed ? p.personalizationMaxPercent ?? '–' : 'off'),
      el('td', {}, el('button', { type: 'button', class: 'secondary', onclick: () => edit(p),
        'aria-label': `Edit policy for ${p.category}` }, 'Edit'))))
      : el('tr', {}, el('td', { colspan: 7 }, 'No category has a policy yet.')));
  } catch (e) {
    notice($('policies-status'), isUnavailable(e) ? 'info' : 'error', isUnavailable(e)
      ? 'Pricing policies are not available right now.' : `Policies could not be loaded: ${e.message}`);
  }
}

async function save(event) {
  event.preventDefault();
  const category = $('policy-category').value;
  const body = { objective: $('policy-objective').value, priceEnding: $('policy-priceEnding').value,
    personalizationAllowed: $('policy-personalizationAllowed').checked, version: Number($('policy-version').value) };
  for (const f of TEXT) body[f] = $(`policy-${f}`).value.trim() || null;
  try {
    await api(`/api/v1/pricing/policies/${encodeURIComponent(category)}`, { method: 'PUT', body });
    $('policy-form').hidden = true;
    notice($('policies-status'), 'ok', `Policy for ${category} saved.`);
    await list();
  } catch (e) {
    if (e instanceof ApiError && e.status === 409) {
      notice($('policy-form-status'), 'error', `Not saved: ${e.message} Reload and try again.`);
    } else {
      showFieldErrors($('policy-form'), $('policy-form-status'), e, (field) => $(`policy-${field}`));
    }
  }
}

export function startPolicies() {
  $('policy-form').addEventListener('submit', save);
  $('policy-cancel').addEventListener('click', () => { $('policy-form').hidden = true; });
  return list();
}
