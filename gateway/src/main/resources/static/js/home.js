import { startPage } from './layout.js';
import { el, clear } from './dom.js';

const PLACES = {
  shopper: ['/shop.html', 'Go to the shop'],
  marketing: ['/marketing.html', 'Open the marketing console'],
  admin: ['/admin.html', 'Open the admin console'],
};

const me = await startPage();
const status = document.getElementById('home-status');
if (me) {
  const places = Object.entries(PLACES).filter(([role]) => me.roles.includes(role))
    .map(([, [href, label]]) => el('li', {}, el('a', { href }, label)));
  clear(status, el('p', { id: 'welcome' }, `Welcome, ${me.name}.`),
    places.length ? el('ul', {}, places) : el('p', {}, 'Your account has no Priceflow role yet.'));
} else if (document.getElementById('sign-in')) {
  clear(status, el('p', {}, 'Sign in to see your prices, or the console your role opens.'));
}
