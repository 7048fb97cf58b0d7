// What every page does first: finish a sign-in coming back from Keycloak, draw the role-aware navigation,
// and check that the signed-in user holds the page's role.
import { handleCallback, hasRole, login, logout, user } from './auth.js';
import { el, clear } from './dom.js';

const LINKS = [
  { href: '/shop.html', label: 'Shop', role: 'shopper' },
  { href: '/marketing.html', label: 'Marketing', role: 'marketing' },
  { href: '/admin.html', label: 'Admin', role: 'admin' },
];

function drawNav() {
  const nav = document.getElementById('site-nav');
  const me = user();
  const here = window.location.pathname;
  const links = LINKS.filter((l) => me && me.roles.includes(l.role)).map((l) =>
    el('li', {}, el('a', { href: l.href, 'aria-current': here === l.href ? 'page' : null }, l.label)));
  const account = me
    ? el('li', { class: 'account' }, el('span', { id: 'signed-in-as' }, `Signed in as ${me.username}`), ' ',
      el('button', { type: 'button', id: 'sign-out', onclick: logout }, 'Sign out'))
    : el('li', { class: 'account' }, el('button', { type: 'button', id: 'sign-in', onclick: () => login() }, 'Sign in'));
  clear(nav, el('ul', {}, el('li', {}, el('a', { href: '/index.html', class: 'brand' }, 'Priceflow')), links, account));
}

/**
 * Starts a page. With a role, a signed-out visitor is sent to Keycloak (and back here), and a signed-in user
 * without the role sees why. Resolves to the user when the page may show its content, else to null.
 */
export async function startPage(role) {
  const main = document.querySelector('main');
  try {
    await handleCallback();
  } catch (e) {
    drawNav();
    clear(main, el('p', { class: 'notice notice-error', role: 'alert' }, e.message),
      el('button', { type: 'button', onclick: () => login() }, 'Sign in again'));
    return null;
  }
  drawNav();
  if (!role) return user();
  if (!user()) {
    await login();
    return null;
  }
  if (!hasRole(role)) {
    clear(main, el('h1', {}, 'Not for this account'),
      el('p', { class: 'notice notice-error', role: 'alert', id: 'role-missing' },
        `This page needs the ${role} role, which ${user().username} does not have.`));
    return null;
  }
  return user();
}
