// Admin console: search users, grant and revoke roles, enable and disable accounts, read the audit log.
import { startPage } from './layout.js';
import { api } from './api.js';
import { el, clear, notice } from './dom.js';

const ROLES = ['shopper', 'marketing', 'admin'];
const PAGE_SIZE = 20;
const status = document.getElementById('admin-status');
let query = '';
let page = 0;
let auditNext = null;

function roleBox(user, role) {
  const id = `role-${user.username}-${role}`;
  const box = el('input', { type: 'checkbox', id, checked: user.roles.includes(role) });
  box.addEventListener('change', () => changeAccess(box, user,
    `/api/v1/admin/users/${encodeURIComponent(user.id)}/roles/${role}`, box.checked ? 'PUT' : 'DELETE', undefined,
    `${box.checked ? 'Granted' : 'Revoked'} ${role} ${box.checked ? 'to' : 'from'} ${user.username}.`));
  return el('span', { class: 'role-choice' }, box, ' ', el('label', { for: id, class: 'inline' }, role), ' ');
}

function enabledBox(user) {
  const id = `enabled-${user.username}`;
  const box = el('input', { type: 'checkbox', id, checked: user.enabled });
  box.addEventListener('change', () => changeAccess(box, user,
    `/api/v1/admin/users/${encodeURIComponent(user.id)}/enabled`, 'PUT', { enabled: box.checked },
    `${user.username} ${box.checked ? 'may sign in again' : 'can no longer sign in'}.`));
  return el('span', {}, box, ' ', el('label', { for: id, class: 'inline' }, user.enabled ? 'enabled' : 'disabled'));
}

async function changeAccess(box, user, path, method, body, done) {
  box.disabled = true;
  try {
    await api(path, { method, body });
    notice(status, 'ok', done);
    await Promise.all([loadUsers(), loadAudit(true)]);
  } catch (e) {
    box.checked = !box.checked;
    notice(status, 'error', `Not changed: ${e.message}`);
  } finally {
    box.disabled = false;
  }
}

let usersRequest = 0;

async function loadUsers() {
  const params = new URLSearchParams({ q: query, page, size: PAGE_SIZE });
  const mine = ++usersRequest;
  try {
    const answer = await api(`/api/v1/admin/users?${params}`);
    if (mine !== usersRequest) return; // a newer search answered (or will answer): never show an older one
    const rows = answer.items.map((u) => el('tr', { dataset: { username: u.username } },
      el('th', { scope: 'row' }, u.username, el('br'), [u.firstName, u.lastName].filter(Boolean).join(' ')),
      el('td', {}, u.email || ''),
      el('td', {}, enabledBox(u)),
      el('td', {}, ROLES.map((r) => roleBox(u, r)))));
    clear(document.querySelector('#users tbody'), rows.length ? rows
      : el('tr', {}, el('td', { colspan: 4 }, 'No user matches.')));
    const from = answer.total === 0 ? 0 : page * PAGE_SIZE + 1;
    document.getElementById('users-range').textContent =
      `${from}–${page * PAGE_SIZE + answer.items.length} of ${answer.total}`;
    document.getElementById('users-prev').disabled = page === 0;
    document.getElementById('users-next').disabled = (page + 1) * PAGE_SIZE >= answer.total;
  } catch (e) {
    notice(status, 'error', `Users could not be loaded: ${e.message}`);
  }
}

function describe(entry) {
  switch (entry.action) {
    case 'GRANT_ROLE': return `granted ${entry.role}`;
    case 'REVOKE_ROLE': return `revoked ${entry.role}`;
    case 'ENABLE': return 'enabled the account';
    case 'DISABLE': return 'disabled the account';
    default: return entry.action;
  }
}

async function loadAudit(fromStart) {
  const params = new URLSearchParams({ limit: 20 });
  if (!fromStart && auditNext) params.set('before', auditNext);
  try {
    const answer = await api(`/api/v1/admin/audit?${params}`);
    const rows = answer.items.map((a) => el('tr', {},
      el('td', {}, el('time', { datetime: a.at }, a.at.replace('T', ' ').replace(/\.\d+Z$/, 'Z'))),
      el('td', {}, a.actorName || a.actorId), el('td', {}, describe(a)), el('td', {}, a.targetName || a.targetId)));
    const body = document.querySelector('#audit tbody');
    if (fromStart) clear(body);
    body.append(...rows);
    auditNext = answer.next;
    document.getElementById('audit-more').hidden = !auditNext;
  } catch (e) {
    notice(status, 'error', `The audit log could not be loaded: ${e.message}`);
  }
}

if (await startPage('admin')) {
  document.getElementById('user-search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    query = document.getElementById('user-search').value.trim();
    page = 0;
    loadUsers();
  });
  document.getElementById('users-prev').addEventListener('click', () => { page = Math.max(0, page - 1); loadUsers(); });
  document.getElementById('users-next').addEventListener('click', () => { page += 1; loadUsers(); });
  document.getElementById('audit-more').addEventListener('click', () => loadAudit(false));
  await Promise.all([loadUsers(), loadAudit(true)]);
}
