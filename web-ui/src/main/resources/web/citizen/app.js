// The citizen's and the kiosk's single page: start → questions → documents → review → receipt, one thing per view.
// State lives in memory only (no cookies, no localStorage): closing the tab or "start over" leaves nothing behind.
import { h, show, announce, focusHeading } from '../shared/dom.js';
import { LANGUAGES, useLanguage, languageOf, lang, t } from '../shared/i18n.js';
import { api } from './api.js';
import { FormModel } from './form-model.js';
import { renderStart } from './start-view.js';
import { renderChat } from './chat-view.js';
import { renderDocuments } from './documents-view.js';
import { renderReview, renderReceipt } from './review-view.js';
import { Kiosk } from './kiosk.js';

const VIEWS = { start: renderStart, chat: renderChat, documents: renderDocuments, review: renderReview, receipt: renderReceipt };

export const app = {
  kiosk: false,
  config: null,
  forms: [],
  model: null,
  sessionId: null,
  state: null,
  messages: [],
  documents: [],
  submission: null,
  view: 'start',
  notice: null,
  main: null,
  kioskControl: null,

  /** Shows a view; views are functions (app) → element. */
  async go(view, { focus = true } = {}) {
    app.view = view;
    app.kioskControl?.stopCamera();
    document.title = `${t(`title.${view}`)} – buki`;
    const content = await VIEWS[view](app);
    show(app.main, content);
    renderHeaderActions();
    if (focus) focusHeading(app.main);
  },

  /** Takes a {reply, state} answer of the assistant. */
  applyTurn(result) {
    if (result?.state) app.state = result.state;
  },

  async startSession(formId) {
    app.model = await FormModel.load(formId, lang());
    const created = await api.createSession(formId, lang(), app.kiosk ? 'kiosk' : 'web');
    app.sessionId = created.sessionId;
    document.body.dataset.session = created.sessionId; // the same bearer id the page holds in memory; tests read it
    app.state = created.state;
    app.messages = [{ who: 'assistant', text: created.reply }];
    app.documents = [];
    app.submission = null;
    await app.go('chat');
    app.kioskControl?.speak(created.reply);
  },

  /** Forgets everything in this page (after delete, timeout or start over). */
  forget() {
    for (const doc of app.documents) if (doc.previewUrl) URL.revokeObjectURL(doc.previewUrl);
    delete document.body.dataset.session;
    Object.assign(app, { model: null, sessionId: null, state: null, messages: [], documents: [], submission: null });
  },

  problemText(e) {
    if (e?.code === 'OFFLINE') return t('error.offline');
    return t('error.generic');
  },
};

function renderHeaderActions() {
  const bar = document.getElementById('header-actions');
  const items = [];
  items.push(h('button', { type: 'button', class: 'btn btn--quiet', onclick: () => chooseLanguage() }, t('header.language')));
  if (app.kioskControl?.canSpeak()) items.push(app.kioskControl.speechToggle());
  if (app.sessionId && !app.kiosk) {
    items.push(h('button', { type: 'button', class: 'btn btn--quiet', onclick: downloadData }, t('data.download')));
  }
  if (app.sessionId) {
    items.push(h('button', { type: 'button', class: 'btn btn--quiet', onclick: confirmDelete }, t('data.delete')));
  }
  if (app.kiosk) {
    items.push(h('button', { type: 'button', class: 'btn btn--quiet', id: 'start-over', onclick: () => app.kioskControl.wipe('startOver') }, t('kiosk.startOver')));
  }
  show(bar, items);
  document.querySelector('.skip-link').textContent = t('skip');
  document.querySelector('.brand small').textContent = t('tagline');
  document.getElementById('footer-text').textContent = t('footer');
}

/** The language choice is the start page's first question; from any other view the header brings it back. */
async function chooseLanguage() {
  if (app.view === 'start') {
    document.getElementById('languages')?.querySelector('button')?.focus();
    return;
  }
  const dialog = h('dialog', { 'aria-labelledby': 'lang-dialog-h' },
    h('h2', { id: 'lang-dialog-h' }, t('start.language')),
    h('ul', { class: 'lang-list' }, LANGUAGES.map((l) => h('li', {},
      h('button', { type: 'button', class: 'btn btn--secondary', lang: l.code, dir: l.dir, 'aria-pressed': String(l.code === lang()),
        onclick: async () => { dialog.close(); dialog.remove(); await switchLanguage(l.code); } }, l.name)))),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn btn--quiet', onclick: () => { dialog.close(); dialog.remove(); } }, t('panel.cancel'))));
  document.body.append(dialog);
  dialog.showModal();
}

export async function switchLanguage(code) {
  await useLanguage(code);
  if (app.model) app.model = await FormModel.load(app.model.id, lang());
  const url = new URL(location.href);
  url.searchParams.set('lang', lang());
  history.replaceState(null, '', url);
  await app.go(app.view);
}

async function downloadData() {
  try {
    const blob = await api.exportData(app.sessionId);
    const url = URL.createObjectURL(blob);
    const link = h('a', { href: url, download: `buki-${app.model?.id || 'data'}.json`, class: 'visually-hidden' }, t('data.download'));
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (e) {
    app.notice = { kind: 'danger', text: app.problemText(e) };
    announce(app.notice.text);
    await app.go(app.view, { focus: false });
  }
}

function confirmDelete() {
  const dialog = h('dialog', { 'aria-labelledby': 'delete-h', 'aria-describedby': 'delete-text' },
    h('h2', { id: 'delete-h' }, t('data.delete')),
    h('p', { id: 'delete-text' }, t('data.deleteConfirm')),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'btn btn--danger', id: 'delete-yes', onclick: async () => { dialog.close(); dialog.remove(); await deleteData(); } }, t('data.deleteYes')),
      h('button', { type: 'button', class: 'btn btn--secondary', onclick: () => { dialog.close(); dialog.remove(); } }, t('panel.cancel'))));
  document.body.append(dialog);
  dialog.showModal();
}

export async function deleteData() {
  const id = app.sessionId;
  app.forget();
  try {
    if (id) await api.remove(id);
    app.notice = { kind: 'success', text: t('data.deleted') };
  } catch (e) {
    // an unknown session is as good as deleted; anything else must not be reported as deleted
    const gone = await api.application(id).then(() => false, (err) => err.status === 404);
    app.notice = { kind: gone ? 'success' : 'danger', text: gone ? t('data.deleted') : t('data.deleteFailed') };
  }
  await app.go('start');
}

function shell() {
  const main = h('main', { id: 'main', tabindex: '-1', class: 'page' });
  document.body.replaceChildren(
    h('a', { class: 'skip-link', href: '#main' }, t('skip')),
    h('header', { class: 'site-header' }, h('div', { class: 'site-header__inner' },
      h('a', { class: 'brand', href: app.kiosk ? '/?kiosk=1' : '/' }, 'buki', h('small', {}, t('tagline'))),
      h('div', { id: 'header-actions', class: 'actions' }))),
    main,
    h('footer', { class: 'site-footer' }, h('div', { class: 'site-footer__inner' }, h('p', { id: 'footer-text' }, t('footer')))));
  app.main = main;
}

async function boot() {
  const params = new URLSearchParams(location.search);
  app.config = await api.config();
  app.kiosk = params.get('kiosk') === '1' || app.config.kiosk === true;
  const chosen = languageOf(params.get('lang')) || (app.kiosk ? null : languageOf(navigator.language?.slice(0, 2)));
  await useLanguage(chosen ? chosen.code : 'de');
  shell();
  if (app.kiosk) {
    document.body.classList.add('kiosk');
    app.kioskControl = new Kiosk(app, app.config);
  }
  try {
    app.forms = (await api.forms()).forms || [];
  } catch (e) {
    app.forms = [];
    app.notice = { kind: 'danger', text: t('forms.unavailable') };
  }
  const form = params.get('form');
  if (form && app.forms.some((f) => f.id === form)) await app.startSession(form).catch(() => app.go('start'));
  else await app.go('start', { focus: false });
  document.body.dataset.ready = 'true';
}

boot();
