// Questions: the conversation (streamed replies), an answer control fitted to the asked field, and beside it the form
// filling up. The log is kept across turns, so screen readers announce only what is new.
import { h, show, announce } from '../shared/dom.js';
import { t, pick } from '../shared/i18n.js';
import { api } from './api.js';
import { answerInput } from './answer-input.js';
import { formPanel } from './panel.js';
import { stepsNav, takeNotice, errorBox } from './parts.js';

export function renderChat(app) {
  const log = h('ol', { class: 'chat-log', id: 'chat-log' }, app.messages.map(bubble));
  const logRegion = h('div', { role: 'log', 'aria-live': 'polite', 'aria-label': t('chat.log') }, log);
  const answerArea = h('div', { class: 'answer', id: 'answer-area' });
  // focusable, so keyboard users can scroll the form when it is taller than the screen
  const panel = h('aside', { class: 'panel', 'aria-labelledby': 'form-panel-h', tabindex: '0' });
  const status = h('div', { id: 'chat-status' });

  const refresh = (focus) => {
    show(panel, formPanel(app, async () => refresh(false)));
    show(answerArea, answerArea_(app, send));
    if (app.prefill) {
      // a change asked for elsewhere ("Label: value"): written in, for the citizen to complete and send
      const input = answerArea.querySelector('input[name=answer]');
      input.value = app.prefill;
      app.prefill = null;
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    } else if (focus) {
      answerArea.querySelector('form')?.focusInput?.();
    }
  };

  async function send(text, shown) {
    status.replaceChildren();
    app.messages.push({ who: 'citizen', text: shown });
    log.append(bubble({ who: 'citizen', text: shown }));
    const pending = bubble({ who: 'assistant', text: t('chat.thinking') });
    pending.setAttribute('aria-busy', 'true');
    log.append(pending);
    pending.scrollIntoView({ block: 'nearest' });
    const textNode = pending.querySelector('.msg__text');
    try {
      const result = await api.message(app.sessionId, { text }, (soFar) => { textNode.textContent = soFar || t('chat.thinking'); });
      app.applyTurn(result);
      app.messages.push({ who: 'assistant', text: result.reply });
      textNode.textContent = result.reply;
      pending.removeAttribute('aria-busy');
      app.kioskControl?.speak(result.reply);
    } catch (e) {
      pending.remove();
      status.replaceChildren(errorBox(app.problemText(e)));
    }
    refresh(true);
  }

  const view = h('div', {},
    stepsNav('chat'),
    takeNotice(app),
    h('div', { class: 'chat-layout' },
      h('section', { 'aria-labelledby': 'chat-h' },
        h('h1', { id: 'chat-h' }, pick(app.model.form.title) || app.model.id),
        logRegion, status, answerArea,
        h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'btn btn--secondary', id: 'to-documents', onclick: () => app.go('documents') }, t('chat.toDocuments')),
          h('button', { type: 'button', class: 'btn btn--secondary', id: 'to-review', onclick: () => app.go('review') }, t('chat.toReview')))),
      panel));
  refresh(false);
  return view;
}

function bubble(message) {
  const assistant = message.who === 'assistant';
  return h('li', { class: `msg ${assistant ? 'msg--assistant' : 'msg--citizen'}`, dir: 'auto' },
    h('span', { class: 'msg__who' }, assistant ? t('chat.assistant') : t('chat.you')),
    h('span', { class: 'msg__text' }, message.text));
}

/** The control for state.next, or — when every question is answered — the way on to documents and review. */
function answerArea_(app, send) {
  const next = app.state?.next;
  if (!next) {
    // every question answered: the way on, and still a line to buki (corrections, questions)
    return h('div', {},
      h('div', { class: 'alert alert--success', role: 'status' },
        h('p', {}, app.state?.complete ? t('chat.done') : t('chat.waiting')),
        h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'btn', id: 'done-review', onclick: () => app.go('review') }, t('chat.toReview')))),
      answerInput(app.model, '', send, { label: t('chat.message') }));
  }
  const question = app.model.question(next);
  const help = app.model.help(next);
  return h('div', {},
    h('h2', { id: 'question-h', class: 'question', dir: 'auto', 'data-path': next }, question || app.model.label(next)),
    app.kioskControl?.canSpeak() ? h('button', { type: 'button', class: 'btn btn--quiet', onclick: () => app.kioskControl.speak(question || lastReply(app), true) }, t('chat.readAloud')) : null,
    help ? h('details', {}, h('summary', {}, t('chat.help')), h('p', {}, help)) : null,
    answerInput(app.model, next, send, { label: app.model.label(next) }));
}

function lastReply(app) {
  const last = [...app.messages].reverse().find((m) => m.who === 'assistant');
  return last ? last.text : '';
}

export { announce };
