// The caseworker's single page: login → inbox (filters, status, findings) → application (findings, WBS income
// computation, documents with evidence boxes) → decision with a note. Hash routes (#/inbox, #/a/RECEIPT) keep "back".
import { h, show, announce, focusHeading } from '../shared/dom.js';
import { office } from './api.js';
import { renderApplication } from './application-view.js';

let strings = {};
const main = () => document.getElementById('main');
const state = { user: null, filter: { form: '', status: '', minFindings: '' } };

export function t(key, vars = {}) {
  return (strings[key] ?? key).replace(/\{(\w+)\}/g, (m, n) => (n in vars ? String(vars[n]) : m));
}

export function date(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

function shell() {
  document.body.replaceChildren(
    h('a', { class: 'skip-link', href: '#main' }, t('skip')),
    h('header', { class: 'site-header' }, h('div', { class: 'site-header__inner' },
      h('a', { class: 'brand', href: '#/inbox' }, 'buki', h('small', {}, t('title'))),
      h('div', { id: 'header-actions', class: 'actions' }))),
    h('main', { id: 'main', class: 'page', tabindex: '-1' }),
    h('footer', { class: 'site-footer' }, h('div', { class: 'site-footer__inner' }, h('p', {}, t('footer')))));
}

function header() {
  const bar = document.getElementById('header-actions');
  show(bar, state.user ? [h('span', {}, t('signedInAs', { user: state.user })),
    h('button', { type: 'button', class: 'btn btn--quiet', id: 'logout', onclick: logout }, t('logout'))] : []);
}

async function logout() {
  await office.logout();
  state.user = null;
  location.hash = '#/login';
}

function renderLogin(message) {
  const user = h('input', { class: 'input', id: 'username', name: 'username', autocomplete: 'username', required: true });
  const pass = h('input', { class: 'input', id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const status = h('div', { id: 'login-status' }, message ? h('div', { class: 'alert alert--danger', role: 'alert' }, h('p', {}, message)) : null);
  const submit = async (event) => {
    event.preventDefault();
    if (!user.value || !pass.value) {
      show(status, h('div', { class: 'alert alert--danger', role: 'alert' }, h('p', {}, t('login.required'))));
      return;
    }
    try {
      const result = await office.login(user.value.trim(), pass.value);
      state.user = result.username;
      pass.value = '';
      location.hash = '#/inbox';
    } catch (e) {
      show(status, h('div', { class: 'alert alert--danger', role: 'alert' }, h('p', {}, e.status === 401 ? t('login.failed') : t('error.generic'))));
      pass.focus();
    }
  };
  return h('div', {},
    h('h1', {}, t('login.heading')),
    h('p', {}, t('login.intro')),
    status,
    h('form', { onsubmit: submit, id: 'login-form' },
      h('div', { class: 'field' }, h('label', { for: 'username' }, t('login.username')), user),
      h('div', { class: 'field' }, h('label', { for: 'password' }, t('login.password')), pass),
      h('button', { type: 'submit', class: 'btn' }, t('login.submit'))));
}

function select(id, label, value, options) {
  return h('div', { class: 'field' }, h('label', { for: id }, label),
    h('select', { class: 'input', id, name: id }, options.map(([v, text]) => h('option', { value: v, selected: v === value }, text))));
}

async function renderInbox() {
  const { filter } = state;
  const list = await office.inbox(filter);
  const rows = list.applications || [];
  const apply = (event) => {
    event.preventDefault();
    const form = event.currentTarget;
    state.filter = { form: form.elements.form.value, status: form.elements.status.value, minFindings: form.elements.onlyFindings.checked ? '1' : '' };
    route();
  };
  return h('div', {},
    h('h1', {}, t('inbox.heading')),
    h('form', { class: 'filters', onsubmit: apply, 'aria-label': t('inbox.filters') },
      select('form', t('inbox.form'), filter.form, [['', t('inbox.all')], ...['wbs', 'but-lunch', 'but-trip'].map((f) => [f, t(`form.${f}`)])]),
      select('status', t('inbox.status'), filter.status, [['', t('inbox.all')], ...['received', 'accepted', 'returned'].map((s) => [s, t(`status.${s}`)])]),
      h('div', { class: 'field' }, h('input', { type: 'checkbox', id: 'onlyFindings', name: 'onlyFindings', checked: filter.minFindings === '1' }),
        ' ', h('label', { for: 'onlyFindings', class: 'label-inline' }, t('inbox.onlyFindings'))),
      h('button', { type: 'submit', class: 'btn btn--secondary' }, t('inbox.apply'))),
    rows.length === 0 ? h('p', { role: 'status' }, t('inbox.empty')) : h('table', { id: 'inbox' },
      h('caption', {}, t('inbox.caption', { count: rows.length })),
      h('thead', {}, h('tr', {}, [t('inbox.receipt'), t('inbox.form'), t('inbox.received'), t('inbox.language'), t('inbox.status')]
        .map((c) => h('th', { scope: 'col' }, c)), h('th', { scope: 'col', class: 'num' }, t('inbox.findings')))),
      h('tbody', {}, rows.map((a) => h('tr', { 'data-receipt': a.receipt },
        h('th', { scope: 'row' }, h('a', { href: `#/a/${encodeURIComponent(a.receipt)}`, 'aria-label': t('inbox.open', { receipt: a.receipt }) }, a.receipt)),
        h('td', {}, t(`form.${a.form}`)),
        h('td', {}, date(a.receivedAt)),
        h('td', {}, a.language || ''),
        h('td', {}, t(`status.${a.status}`)),
        h('td', { class: 'num' }, h('span', { class: `badge ${a.findingsCount > 0 ? 'badge--error' : 'badge--ok'}` }, String(a.findingsCount ?? 0))))))));
}

async function route() {
  const hash = location.hash || '#/inbox';
  let view;
  try {
    if (!state.user) {
      const me = await office.me().catch(() => null);
      // a cookie without its CSRF token (page reloaded) can read but not decide: log in again for a fresh token
      state.user = me && office.hasCsrf() ? me.username : null;
    }
    if (!state.user || hash === '#/login') view = renderLogin();
    else if (hash.startsWith('#/a/')) view = await renderApplication(decodeURIComponent(hash.slice(4)));
    else view = await renderInbox();
  } catch (e) {
    if (e.status === 401) { state.user = null; view = renderLogin(); }
    else view = h('div', {}, h('h1', {}, t('inbox.heading')), h('div', { class: 'alert alert--danger', role: 'alert' },
      h('p', {}, e.status === 404 ? t('error.notFound') : t('error.generic'))), h('p', {}, h('a', { href: '#/inbox' }, t('detail.back'))));
  }
  header();
  document.title = `${view.querySelector('h1')?.textContent || t('title')} – buki`;
  show(main(), view);
  focusHeading(main());
  announce(document.title);
  document.body.dataset.ready = 'true';
}

async function boot() {
  strings = await fetch('/web/caseworker/i18n/de.json').then((r) => r.json());
  shell();
  window.addEventListener('hashchange', route);
  await route();
}

boot();
