// One answer control fitted to the kind of field: quick replies for yes/no and choices, dates and amounts read the way
// people type them (with a live "understood as …"), free text for everything else.
import { h, uid } from '../shared/dom.js';
import { t, lang } from '../shared/i18n.js';
import { parseDate, parseMoney, formatValue } from '../shared/values.js';

/**
 * @param model   FormModel of the session's form
 * @param path    the field being answered
 * @param onSend  async (text, displayText) => void
 * @param options {label, value, compact}
 */
export function answerInput(model, path, onSend, options = {}) {
  const kind = model.kind(path);
  const id = uid('answer');
  const hintId = `${id}-hint`;
  const understoodId = `${id}-understood`;
  const errorId = `${id}-error`;
  const input = h('input', {
    class: 'input', id, name: 'answer', type: kind === 'email' ? 'email' : 'text', autocomplete: autocompleteOf(path, kind),
    inputmode: { date: 'numeric', money: 'decimal', integer: 'numeric', number: 'decimal', phone: 'tel', postalCode: 'numeric' }[kind] || null,
    'aria-describedby': `${hintId} ${understoodId} ${errorId}`, spellcheck: kind === 'text' ? null : 'false', dir: 'auto',
  });
  if (options.value !== undefined && options.value !== null) input.value = editableText(kind, options.value);
  const understood = h('p', { class: 'understood', id: understoodId, 'aria-live': 'polite' });
  const error = h('p', { class: 'error-text', id: errorId, role: 'alert' });
  const hint = h('span', { class: 'hint', id: hintId, dir: 'auto' }, hintOf(model, path, kind));
  const parse = () => (kind === 'date' ? parseDate(input.value) : kind === 'money' ? parseMoney(input.value) : undefined);
  input.addEventListener('input', () => {
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    const value = parse();
    understood.textContent = value === undefined || value === null ? '' : t('value.understood', { value: formatValue(kind, value, lang(), yesNo()) });
  });

  const send = async (text, shown) => {
    for (const b of form.querySelectorAll('button, input')) b.disabled = true;
    try {
      await onSend(text, shown ?? text);
    } finally {
      for (const b of form.querySelectorAll('button, input')) b.disabled = false;
    }
  };
  const submit = async (event) => {
    event.preventDefault();
    const raw = input.value.trim();
    if (!raw) {
      error.textContent = t('chat.empty');
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    const value = parse();
    // a date or amount we could read goes out canonical; anything else as typed ("elf Februar" is for the assistant)
    await send(value === undefined || value === null ? raw : String(value), raw);
  };

  const quick = quickReplies(model, path, kind, send);
  const form = h('form', { class: 'answer-form', onsubmit: submit, novalidate: true },
    quick,
    h('div', { class: 'field' },
      h('label', { for: id }, options.label || t('chat.answer')),
      hint,
      h('div', { class: 'answer-row' }, input,
        h('button', { type: 'submit', class: 'btn' }, options.submitLabel || t('chat.send')))),
    understood, error);
  form.focusInput = () => (quick ? quick.querySelector('button') : input).focus();
  return form;
}

function yesNo() {
  return { yes: t('yes'), no: t('no') };
}

function quickReplies(model, path, kind, send) {
  let choices = [];
  if (kind === 'boolean') choices = [{ text: t('yes'), label: t('yes') }, { text: t('no'), label: t('no') }];
  if (kind === 'enum') choices = model.options(path).map((o) => ({ text: o.value, label: o.label }));
  if (!choices.length) return null;
  return h('div', { class: 'quick-replies', role: 'group', 'aria-label': t('chat.choices') },
    choices.map((c) => h('button', { type: 'button', class: 'btn btn--secondary', 'data-value': c.text,
      onclick: () => send(c.text, c.label) }, c.label)));
}

function hintOf(model, path, kind) {
  if (kind === 'date') return t('date.hint');
  if (kind === 'money') return t('money.hint');
  return model.hint(path) || '';
}

function editableText(kind, value) {
  if (kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value.split('-').reverse().join('.');
  if (kind === 'money' && typeof value === 'number') return value.toFixed(2).replace('.', ',');
  if (typeof value === 'boolean') return value ? t('yes') : t('no');
  return String(value);
}

function autocompleteOf(path, kind) {
  if (!path.startsWith('applicant.') && !path.startsWith('address.')) return 'off';
  const map = { 'applicant.firstName': 'given-name', 'applicant.lastName': 'family-name', 'applicant.birthDate': 'bday',
    'applicant.phone': 'tel', 'applicant.email': 'email', 'address.postalCode': 'postal-code', 'address.city': 'address-level2' };
  return map[path] || (kind === 'text' ? 'off' : 'off');
}
