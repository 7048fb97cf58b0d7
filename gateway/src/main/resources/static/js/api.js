// Calls to the gateway's API with the signed-in user's token. Errors come back as ApiError carrying the
// RFC 9457 problem document (or a made-up one when the answer was not a problem), so pages can show
// `detail` and field errors.
import { accessToken, refresh } from './auth.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `request failed (${status})`);
    this.status = status;
    this.problem = problem || {};
  }

  /** Field errors of a validation problem: [{field, message}]. */
  get fieldErrors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

async function send(path, options, token) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  return fetch(path, {
    method: options.method || 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
}

/** JSON of a successful answer (null for 204); throws ApiError otherwise. Retries once after a 401. */
export async function api(path, options = {}) {
  let response;
  try {
    response = await send(path, options, await accessToken());
    if (response.status === 401) {
      const renewed = await refresh().then((t) => t.access).catch(() => null);
      if (renewed) response = await send(path, options, renewed);
    }
  } catch (e) {
    throw new ApiError(0, { title: 'Network error', detail: 'the gateway could not be reached; try again' });
  }
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) throw new ApiError(response.status, body && typeof body === 'object' ? body : null);
  return body;
}

/** True when the endpoint itself is not there (yet) or its service is down: pages show a notice instead. */
export function isUnavailable(error) {
  return error instanceof ApiError && [404, 501, 502, 503, 504].includes(error.status);
}

/**
 * A non-JSON answer (e.g. text/csv) fetched with the bearer token, so a download never needs the token in a
 * URL. Resolves to {text, type, filename}; throws ApiError like api().
 */
export async function apiText(path, accept = 'text/csv') {
  let response;
  try {
    const get = (token) => fetch(path, { headers: { Accept: `${accept}, application/problem+json`, Authorization: `Bearer ${token}` } });
    response = await get(await accessToken());
    if (response.status === 401) {
      const renewed = await refresh().then((t) => t.access).catch(() => null);
      if (renewed) response = await get(renewed);
    }
  } catch (e) {
    throw new ApiError(0, { title: 'Network error', detail: 'the gateway could not be reached; try again' });
  }
  const text = await response.text();
  if (!response.ok) {
    let problem = null;
    try { problem = JSON.parse(text); } catch { problem = null; }
    throw new ApiError(response.status, problem && typeof problem === 'object' ? problem : null);
  }
  const disposition = response.headers.get('Content-Disposition') || '';
  const named = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return { text, type: response.headers.get('Content-Type') || accept, filename: named ? decodeURIComponent(named[1]) : null };
}

/** Offers `text` to the user as a file download (a Blob URL, revoked right after the click). */
export function saveFile(text, filename, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
