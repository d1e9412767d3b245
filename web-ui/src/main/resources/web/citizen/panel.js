// "Your form": every field of state.filled and state.missing in the order the form asks them, each answer editable.
// An edit is an answer for one named field: {text, path} to the messages endpoint.
import { h, uid, announce } from '../shared/dom.js';
import { t, lang } from '../shared/i18n.js';
import { api } from './api.js';
import { answerInput } from './answer-input.js';
import { errorBox } from './parts.js';

/** The paths to show: answered and open ones, sorted by the form's plan. */
export function fieldPaths(app) {
  const filled = Object.keys(app.state?.filled || {});
  const missing = (app.state?.missing || []).filter((p) => !filled.includes(p));
  return [...filled, ...missing].sort((a, b) => app.model.rank(a) - app.model.rank(b) || a.localeCompare(b));
}

const loose = (v) => String(v ?? '').replace(/\s+/g, '').toLocaleLowerCase();

/** The assistant did not take the value for this field (it answered something else): nothing is claimed as saved. */
export class NotApplied extends Error {}

/**
 * Answers the field being asked right now (state.next) and takes the new state; returns the reply, or throws NotApplied.
 * Any other field is changed in the conversation (changeInConversation): the messages API has no field address, and
 * a value sent beside the question asked would land in the wrong field.
 */
export async function answerField(app, path, text) {
  const before = app.state?.filled?.[path];
  const result = await api.message(app.sessionId, { text });
  app.applyTurn(result);
  const after = app.state?.filled?.[path];
  if (after === undefined || (loose(after) === loose(before) && loose(after) !== loose(text))) {
    throw new NotApplied(result.reply || '');
  }
  return result.reply;
}

/** Opens the conversation with "Label: value" written in, for the citizen to complete and send. */
export function changeInConversation(app, path, value) {
  const shown = value === undefined || value === null ? '' : app.model.display(path, value, lang(), { yes: t('yes'), no: t('no') });
  app.prefill = `${app.model.label(path)}: ${shown}`;
  return app.go('chat', { focus: false });
}

/** The message for a failed edit: what the assistant said, or how to correct it in the chat. */
export function editProblem(app, e, label) {
  if (e instanceof NotApplied) return t('panel.notApplied', { field: label });
  return app.problemText(e);
}

/**
 * @param app
 * @param onChanged called after an edit was saved (the view refreshes what depends on the state)
 * @param headingLevel 'h2' in the chat's side panel, 'h2' on the review page
 */
export function formPanel(app, onChanged, { heading = true, id = 'form-panel' } = {}) {
  const paths = fieldPaths(app);
  const filled = app.state?.filled || {};
  const done = paths.filter((p) => p in filled).length;
  const list = h('dl', { class: 'summary' }, paths.map((p) => row(app, p, filled, onChanged)));
  return h('div', { id },
    heading ? h('h2', { id: `${id}-h` }, t('panel.heading')) : null,
    h('p', { class: 'progress-text', id: `${id}-progress` }, t('panel.progress', { filled: done, total: paths.length })),
    h('progress', { max: String(Math.max(paths.length, 1)), value: String(done), 'aria-labelledby': `${id}-progress` }),
    list);
}

function row(app, path, filled, onChanged) {
  const answered = path in filled;
  const label = app.model.label(path);
  const value = answered ? app.model.display(path, filled[path], lang(), { yes: t('yes'), no: t('no') }) : t('panel.empty');
  const editArea = h('div', { class: 'edit-form' });
  const button = h('button', { type: 'button', class: 'btn btn--quiet summary__action', 'data-edit': path,
    'aria-expanded': 'false', 'aria-label': t('panel.changeLabel', { field: label }) }, t('panel.change'));
  const classes = ['summary__row', answered ? '' : 'summary__row--open', app.state?.next === path ? 'summary__row--current' : ''].join(' ');
  // open fields are asked by the dialogue in its order; only given answers can be changed here
  const container = h('div', { class: classes, 'data-path': path },
    h('dt', {}, label), h('dd', {}, h('span', { class: 'summary__text', dir: 'auto' }, value), answered ? button : null, editArea));
  button.addEventListener('click', () => {
    if (app.state?.next !== path) {
      changeInConversation(app, path, filled[path]);
      return;
    }
    if (button.getAttribute('aria-expanded') === 'true') {
      editArea.replaceChildren();
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    button.setAttribute('aria-expanded', 'true');
    const form = answerInput(app.model, path, async (text) => {
      try {
        await answerField(app, path, text);
        announce(t('panel.saved'));
        await onChanged(path);
      } catch (e) {
        editArea.prepend(errorBox(editProblem(app, e, label)));
      }
    }, { label: t('panel.newValue', { field: label }), value: answered ? filled[path] : undefined, submitLabel: t('panel.save') });
    editArea.replaceChildren(form);
    form.querySelector('input').focus();
  });
  return container;
}

/** Opens the editor of one field (from a finding's "fix this"). */
export function openEditor(container, path) {
  const button = container.querySelector(`[data-edit="${CSS.escape(path)}"]`);
  if (!button) return false;
  if (button.getAttribute('aria-expanded') !== 'true') button.click();
  else button.focus();
  return true;
}

export { uid };
