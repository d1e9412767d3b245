// Review: every answer (editable), the documents, the check's findings explained with a way to fix each, then send.
// Receipt: the number, what happens next, the responsible office; printable.
import { h, show, announce } from '../shared/dom.js';
import { t, pick } from '../shared/i18n.js';
import { api } from './api.js';
import { formPanel, openEditor } from './panel.js';
import { stepsNav, takeNotice, errorBox } from './parts.js';

export function renderReview(app) {
  const findingsArea = h('div', { id: 'findings', 'aria-live': 'polite' }, h('p', {}, t('review.checking')));
  const answers = h('div', { id: 'answers' });
  const status = h('div', { id: 'submit-status' });
  let findings = [];

  const refresh = async () => {
    show(answers, formPanel(app, async () => refresh(), { heading: false, id: 'review-panel' }));
    findingsArea.dataset.done = 'false';
    findings = await runCheck(app, findingsArea, answers);
    findingsArea.dataset.done = 'true';
  };

  const submit = async (event) => {
    const button = event.currentTarget;
    button.disabled = true;
    show(status, h('p', { role: 'status' }, t('review.sending')));
    try {
      app.submission = await api.submit(app.sessionId);
      await app.go('receipt');
    } catch (e) {
      button.disabled = false;
      show(status, errorBox(e.status === 409 ? t('review.blocked') : app.problemText(e)));
      status.querySelector('[role=alert]')?.scrollIntoView({ block: 'center' });
    }
  };

  refresh();
  const docs = app.documents.filter((d) => !d.result.document?.error);
  return h('div', {},
    stepsNav('review'),
    takeNotice(app),
    h('h1', {}, t('review.heading')),
    h('p', {}, t('review.intro')),
    h('section', { class: 'section', 'aria-labelledby': 'findings-h' }, h('h2', { id: 'findings-h' }, t('review.findings')), findingsArea),
    h('section', { class: 'section', 'aria-labelledby': 'answers-h' }, h('h2', { id: 'answers-h' }, t('review.answers')), answers),
    h('section', { class: 'section', 'aria-labelledby': 'docs-h' }, h('h2', { id: 'docs-h' }, t('review.documents')),
      docs.length ? h('ul', {}, docs.map((d) => h('li', {}, h('span', { class: 'ltr' }, d.name)))) : h('p', {}, t('review.noDocuments')),
      h('button', { type: 'button', class: 'btn btn--secondary', onclick: () => app.go('documents') }, t('chat.toDocuments'))),
    status,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'btn', id: 'submit', onclick: submit }, t('review.submit')),
      h('button', { type: 'button', class: 'btn btn--secondary', onclick: () => app.go('chat') }, t('review.back'))));
}

async function runCheck(app, area, answers) {
  let result;
  try {
    result = await api.check(app.sessionId);
  } catch (e) {
    show(area, e.status === 404 ? h('p', {}, t('review.noCheck')) : errorBox(app.problemText(e)));
    return [];
  }
  const findings = result?.findings || [];
  const hints = screening(result?.screening || []);
  if (!findings.length) {
    show(area, h('div', { class: 'alert alert--success', role: 'status' }, h('p', {}, t('review.ok'))), hints);
    return findings;
  }
  show(area, h('p', {}, t('review.problems')), findings.map((f) => findingBox(app, f, answers)), hints);
  announce(t('review.problemCount', { count: findings.length }));
  return findings;
}

/** Further benefits the family might be entitled to (the check's screening): a reason, and that the office decides. */
function screening(hints) {
  if (!hints.length) return null;
  return h('div', { class: 'alert', id: 'screening' }, h('h3', {}, t('review.screening')),
    h('ul', {}, hints.map((x) => h('li', { dir: 'auto' }, pick(x.reason), ' ', h('span', { class: 'hint' }, pick(x.disclaimer))))));
}

function findingBox(app, finding, answers) {
  const error = finding.severity === 'error';
  const fields = (finding.fields || []).filter((p) => !p.startsWith('documents['));
  return h('div', { class: `finding ${error ? 'finding--error' : ''}`, 'data-code': finding.code },
    h('h3', {}, `${error ? t('review.error') : t('review.warning')}: `, fields.map((p) => app.model.label(p)).join(', ') || t(`finding.${finding.code}`)),
    h('p', { dir: 'auto' }, pick(finding.message) || finding.code),
    h('p', { class: 'hint' }, t('review.howToFix')),
    finding.code === 'MISSING_DOCUMENT'
      ? h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn btn--secondary', 'data-fix': 'documents',
        onclick: () => app.go('documents') }, t('chat.toDocuments')))
      : fields.length ? h('div', { class: 'actions' }, fields.map((p) => h('button', { type: 'button', class: 'btn btn--secondary', 'data-fix': p,
        onclick: () => openEditor(answers, p) || app.go('chat') }, t('review.fixField', { field: app.model.label(p) })))) : null);
}

export function renderReceipt(app) {
  const office = responsibleOffice(app);
  return h('div', {},
    stepsNav('receipt'),
    h('div', { class: 'alert alert--success', role: 'status' }, h('h1', {}, t('receipt.heading'))),
    h('p', {}, t('receipt.number')),
    h('p', { class: 'receipt-number', id: 'receipt-number' }, app.submission?.receipt || ''),
    h('h2', {}, t('receipt.next')),
    h('p', {}, t('receipt.nextText')),
    office ? h('section', { 'aria-labelledby': 'office-h' }, h('h2', { id: 'office-h' }, t('receipt.office')),
      h('address', {}, office.name, h('br'), office.address, office.phone ? [h('br'), office.phone] : null, office.email ? [h('br'), office.email] : null)) : null,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'btn', onclick: () => window.print() }, t('receipt.print')),
      h('button', { type: 'button', class: 'btn btn--secondary', onclick: () => { app.forget(); app.go('start'); } }, t('receipt.new'))));
}

/** The office of form.json, or the variant whose postal-code rule matches the application. */
function responsibleOffice(app) {
  const form = app.model?.form || {};
  const filled = app.state?.filled || {};
  const variant = (form.variants || []).find((v) => v.when?.startsWith && String(filled[v.when.path] || '').startsWith(v.when.startsWith));
  return variant?.office || form.office || null;
}
