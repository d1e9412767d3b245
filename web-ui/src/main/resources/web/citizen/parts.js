// Pieces every citizen view shows: the step indicator and a one-time notice (deleted, wiped, error).
import { h } from '../shared/dom.js';
import { t } from '../shared/i18n.js';

const STEPS = ['start', 'chat', 'documents', 'review', 'receipt'];

export function stepsNav(current) {
  return h('ol', { class: 'steps', 'aria-label': t('steps.label') },
    STEPS.map((s) => h('li', { 'aria-current': s === current ? 'step' : null }, t(`step.${s}`))));
}

/** The notice waiting for the next view, shown once. */
export function takeNotice(app) {
  const notice = app.notice;
  app.notice = null;
  if (!notice) return null;
  return h('div', { class: `alert alert--${notice.kind}`, role: notice.kind === 'danger' ? 'alert' : 'status' }, h('p', {}, notice.text));
}

export function errorBox(text) {
  return h('div', { class: 'alert alert--danger', role: 'alert' }, h('p', {}, text));
}
