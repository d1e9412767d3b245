// Start: the language (native names), then one form to apply for — or a description from which buki picks the form.
import { h, uid } from '../shared/dom.js';
import { LANGUAGES, lang, t, pick } from '../shared/i18n.js';
import { api } from './api.js';
import { stepsNav, takeNotice, errorBox } from './parts.js';
import { switchLanguage } from './app.js';

export async function renderStart(app) {
  const titles = await formTitles(app.forms);
  const status = h('div', { id: 'start-status' });
  const start = async (formId) => {
    status.replaceChildren();
    try {
      await app.startSession(formId);
    } catch (e) {
      status.replaceChildren(errorBox(app.problemText(e)));
    }
  };
  return h('div', {},
    stepsNav('start'),
    takeNotice(app),
    h('h1', {}, t('start.heading')),
    h('p', {}, t('start.intro')),
    h('section', { class: 'section', 'aria-labelledby': 'lang-h' },
      h('h2', { id: 'lang-h' }, t('start.language')),
      h('ul', { class: 'lang-list', id: 'languages' }, LANGUAGES.map((l) => h('li', {},
        h('button', { type: 'button', class: 'btn btn--secondary', lang: l.code, dir: l.dir, 'data-lang': l.code,
          'aria-pressed': String(l.code === lang()), onclick: () => switchLanguage(l.code) }, l.name))))),
    h('section', { class: 'section', 'aria-labelledby': 'forms-h' },
      h('h2', { id: 'forms-h' }, t('start.forms')),
      status,
      h('ul', { class: 'choice-list' }, app.forms.map((f) => {
        const headingId = uid('form');
        return h('li', {}, h('div', { class: 'card' },
          h('h3', { id: headingId }, titles[f.id] || pick(f.title) || f.id),
          h('p', {}, t(`form.${f.id}.desc`)),
          h('button', { type: 'button', class: 'btn', 'data-form': f.id, 'aria-describedby': headingId, onclick: () => start(f.id) }, t('start.begin'))));
      }))),
    describeSection(app, titles, start, status));
}

function describeSection(app, titles, start, status) {
  const input = h('textarea', { class: 'input', id: 'describe', rows: '3', 'aria-describedby': 'describe-hint' });
  const submit = async (event) => {
    event.preventDefault();
    const formId = suggestForm(input.value, app.forms.map((f) => f.id));
    if (!formId) {
      status.replaceChildren(errorBox(t('start.noMatch')));
      status.scrollIntoView({ block: 'center' });
      return;
    }
    app.notice = { kind: 'info', text: t('start.suggested', { form: titles[formId] || formId }) };
    await start(formId);
  };
  return h('section', { class: 'section', 'aria-labelledby': 'describe-h' },
    h('h2', { id: 'describe-h' }, t('start.describe')),
    h('form', { onsubmit: submit },
      h('div', { class: 'field' },
        h('label', { for: 'describe' }, t('start.describeLabel')),
        h('span', { class: 'hint', id: 'describe-hint' }, t('start.describeHint')),
        input),
      h('button', { type: 'submit', class: 'btn btn--secondary' }, t('start.describeButton'))));
}

/** Keyword stems per form in the page language (UI strings "match.<form>"; each list also holds the German words). */
export function suggestForm(text, formIds) {
  const words = String(text || '').toLocaleLowerCase();
  if (!words.trim()) return null;
  let best = null;
  let bestHits = 0;
  for (const id of formIds) {
    const stems = [t(`match.${id}`)].join(',').split(',').map((s) => s.trim().toLocaleLowerCase()).filter(Boolean);
    const hits = stems.filter((s) => s !== `match.${id}` && words.includes(s)).length;
    if (hits > bestHits) { best = id; bestHits = hits; }
  }
  return best;
}

async function formTitles(forms) {
  const out = {};
  await Promise.all(forms.map(async (f) => {
    const file = await api.formFile(f.id, 'form.json');
    if (file?.title) out[f.id] = pick(file.title);
  }));
  return out;
}
