// Sign-in for every page: OpenID Connect authorization code flow with PKCE (S256) against Keycloak's public
// client priceflow-web. Hand-written (about 150 lines, no dependency) because the pages need only this flow;
// keycloak-js would add a silent-check iframe and third-party-cookie probing the pages do not use.
//
// Where things live: the PKCE verifier, state and nonce in sessionStorage for the one round trip to
// Keycloak (removed when used); the tokens in sessionStorage (this tab only, gone when it closes; never
// localStorage, never a cookie). Anything unexpected in the callback (state or nonce mismatch, error from
// Keycloak) clears the tokens: fail closed.
import { AUTH } from './config.js';

const TOKENS = 'pf.tokens';
const PENDING = 'pf.pkce';
const endpoint = (name) => `${AUTH.issuer}/protocol/openid-connect/${name}`;

export function base64url(bytes) {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function randomString(byteCount = 32) {
  return base64url(crypto.getRandomValues(new Uint8Array(byteCount)));
}

/** RFC 7636 S256: BASE64URL(SHA-256(ASCII(verifier))). */
export async function s256(verifier) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

export function decodeJwt(token) {
  const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const json = decodeURIComponent(Array.from(atob(part.padEnd(part.length + (4 - part.length % 4) % 4, '=')),
    (c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''));
  return JSON.parse(json);
}

function currentPage() {
  return window.location.origin + window.location.pathname;
}

function store(answer) {
  const now = Date.now();
  const tokens = {
    access: answer.access_token,
    refresh: answer.refresh_token,
    id: answer.id_token,
    expiresAt: now + answer.expires_in * 1000,
  };
  sessionStorage.setItem(TOKENS, JSON.stringify(tokens));
  return tokens;
}

function stored() {
  try {
    return JSON.parse(sessionStorage.getItem(TOKENS));
  } catch {
    return null;
  }
}

async function tokenRequest(params) {
  const response = await fetch(endpoint('token'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: AUTH.clientId, ...params }),
  });
  if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
  return response.json();
}

/** Sends the browser to Keycloak's login page; it comes back to this page with ?code=…&state=…. */
export async function login() {
  const verifier = randomString(48);
  const pending = { verifier, state: randomString(), nonce: randomString() };
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  const query = new URLSearchParams({
    client_id: AUTH.clientId,
    response_type: 'code',
    scope: 'openid',
    redirect_uri: currentPage(),
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await s256(verifier),
    code_challenge_method: 'S256',
  });
  window.location.assign(`${endpoint('auth')}?${query}`);
}

/** Finishes a sign-in if this page load is Keycloak's redirect back; otherwise does nothing. */
export async function handleCallback() {
  const params = new URLSearchParams(window.location.search);
  if (!params.has('state') || !(params.has('code') || params.has('error'))) return;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', currentPage() + window.location.hash);
  if (!pending || pending.state !== params.get('state')) {
    sessionStorage.removeItem(TOKENS);
    throw new Error('sign-in answer did not match this browser tab (state check failed); please sign in again');
  }
  if (params.has('error')) {
    sessionStorage.removeItem(TOKENS);
    throw new Error(`sign-in failed: ${params.get('error_description') || params.get('error')}`);
  }
  const answer = await tokenRequest({
    grant_type: 'authorization_code',
    code: params.get('code'),
    redirect_uri: currentPage(),
    code_verifier: pending.verifier,
  });
  if (!answer.id_token || decodeJwt(answer.id_token).nonce !== pending.nonce) {
    throw new Error('sign-in answer failed the nonce check; please sign in again');
  }
  store(answer);
}

let refreshing = null;

/** Exchanges the refresh token for new tokens once, however many callers ask at the same time. */
export function refresh() {
  if (!refreshing) {
    const tokens = stored();
    refreshing = (tokens?.refresh
      ? tokenRequest({ grant_type: 'refresh_token', refresh_token: tokens.refresh }).then(store)
      : Promise.reject(new Error('no refresh token')))
      .catch((e) => { sessionStorage.removeItem(TOKENS); throw e; })
      .finally(() => { refreshing = null; });
  }
  return refreshing;
}

/** A valid access token, refreshed when it is about to expire; null when signed out. */
export async function accessToken() {
  const tokens = stored();
  if (!tokens) return null;
  if (tokens.expiresAt - Date.now() > AUTH.refreshMarginSeconds * 1000) return tokens.access;
  try {
    return (await refresh()).access;
  } catch {
    return null;
  }
}

/** Who is signed in, from the access token: id (sub), username, display name and realm roles. */
export function user() {
  const tokens = stored();
  if (!tokens) return null;
  const c = decodeJwt(tokens.access);
  return {
    id: c.sub,
    username: c.preferred_username,
    name: c.name || c.preferred_username,
    roles: c.realm_access?.roles ?? [],
  };
}

export function hasRole(role) {
  return user()?.roles.includes(role) ?? false;
}

/** Forgets the tokens here and ends the Keycloak session, coming back to the home page. */
export function logout() {
  const tokens = stored();
  sessionStorage.removeItem(TOKENS);
  const query = new URLSearchParams({
    client_id: AUTH.clientId,
    post_logout_redirect_uri: `${window.location.origin}/index.html`,
  });
  if (tokens?.id) query.set('id_token_hint', tokens.id);
  window.location.assign(`${endpoint('logout')}?${query}`);
}
