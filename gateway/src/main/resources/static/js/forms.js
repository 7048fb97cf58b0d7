// Field errors from a problem+json answer ({errors: [{field, message}]}) shown next to their inputs.
import { el, notice } from './dom.js';

export function clearFieldErrors(form) {
  form.querySelectorAll('.field-error').forEach((n) => n.remove());
  form.querySelectorAll('[aria-invalid]').forEach((n) => { n.removeAttribute('aria-invalid'); n.removeAttribute('aria-describedby'); });
}

/**
 * Puts each error under the input that `inputFor(field)` names; errors without an input go to the status
 * line. Focuses the first invalid input so keyboard users land on it.
 */
export function showFieldErrors(form, status, error, inputFor) {
  clearFieldErrors(form);
  const loose = [];
  let first = null;
  for (const { field, message } of error.fieldErrors) {
    const input = inputFor(field);
    if (!input) { loose.push(`${field}: ${message}`); continue; }
    const id = `${input.id}-error`;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', id);
    input.closest('.field, div').append(el('p', { class: 'field-error', id }, message));
    first = first || input;
  }
  notice(status, 'error', error.fieldErrors.length
    ? `Not saved: please correct the ${error.fieldErrors.length === 1 ? 'field' : 'fields'} marked.${loose.length ? ' ' + loose.join('; ') : ''}`
    : `Not saved: ${error.message}`);
  first?.focus();
}
