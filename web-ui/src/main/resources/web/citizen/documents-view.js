// Documents: photograph or upload, watch it being read, see each page with boxes where the values were found,
// and confirm or correct every value before it counts.
import { h, show, announce, uid } from '../shared/dom.js';
import { t, lang } from '../shared/i18n.js';
import { api } from './api.js';
import { answerInput } from './answer-input.js';
import { answerField, editProblem, changeInConversation } from './panel.js';
import { stepsNav, takeNotice, errorBox } from './parts.js';

const MAX_BYTES = 20 * 1024 * 1024;

export function renderDocuments(app) {
  const progressArea = h('div', { id: 'upload-progress', 'aria-live': 'polite' });
  const list = h('div', { id: 'documents' }, app.documents.map((d) => documentCard(app, d)));

  const upload = async (file, name) => {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      show(progressArea, errorBox(t('docs.tooLarge')));
      return;
    }
    const bar = h('progress', { max: '100', value: '0', id: 'upload-bar', 'aria-labelledby': 'upload-label' });
    const label = h('p', { id: 'upload-label' }, t('docs.uploading', { percent: 0 }));
    show(progressArea, label, bar);
    try {
      const result = await api.upload(app.sessionId, file, name || file.name, (percent, sent) => {
        if (sent) {
          label.textContent = t('docs.reading');
          bar.removeAttribute('value');
        } else {
          label.textContent = t('docs.uploading', { percent });
          bar.value = percent;
        }
      });
      app.applyTurn(result);
      const doc = { result, name: name || file.name, previewUrl: file.type.startsWith('image/') ? URL.createObjectURL(file) : null, confirmed: {}, agrees: {} };
      app.documents.push(doc);
      progressArea.replaceChildren();
      const card = documentCard(app, doc);
      list.append(card);
      announce(result.document?.error ? t('docs.failed', { reason: '' }) : t('docs.read', { type: docTypeName(result.document) }));
      card.querySelector('h2').focus();
    } catch (e) {
      show(progressArea, errorBox(e.status === 404 ? t('docs.unavailable') : e.status === 413 ? t('docs.tooLarge')
        : e.status === 415 || e.status === 400 || e.status === 422 ? t('docs.failed', { reason: e.message }) : app.problemText(e)));
    }
  };

  const picker = (id, labelKey, capture) => {
    const input = h('input', { type: 'file', id, class: 'file-input', accept: 'image/*,application/pdf', capture: capture ? 'environment' : null,
      'aria-describedby': 'file-hint' });
    input.addEventListener('change', async () => { await upload(input.files[0]); input.value = ''; });
    return h('div', { class: 'field' }, h('label', { for: id }, t(labelKey)), input);
  };

  return h('div', {},
    stepsNav('documents'),
    takeNotice(app),
    h('h1', {}, t('docs.heading')),
    h('p', {}, t('docs.intro')),
    h('div', { class: 'upload' },
      h('span', { class: 'hint', id: 'file-hint' }, t('docs.fileHint')),
      app.kiosk ? app.kioskControl.cameraControl(upload) : picker('doc-photo', 'docs.photo', true),
      picker('doc-file', 'docs.file', false)),
    progressArea,
    list,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'btn', id: 'docs-review', onclick: () => app.go('review') }, t('docs.continue')),
      h('button', { type: 'button', class: 'btn btn--secondary', onclick: () => app.go('chat') }, t('review.back'))));
}

function docTypeName(document) {
  const type = document?.docType;
  if (!type) return t('docs.unknownType');
  const name = t(`doc.${type}`);
  return name === `doc.${type}` ? type : name;
}

/** One read document: its page preview with evidence boxes, and every value it gave to the form. */
function documentCard(app, doc) {
  const { document: extracted, applied = [], toConfirm = [] } = doc.result;
  const headingId = uid('doc');
  const card = h('section', { class: 'doc', 'aria-labelledby': headingId });
  const title = h('h2', { id: headingId, tabindex: '-1' }, `${docTypeName(extracted)} – `, h('span', { class: 'ltr' }, doc.name));
  if (extracted?.error) {
    card.append(title, errorBox(t('docs.failed', { reason: extracted.error })));
    return card;
  }
  const conflicts = doc.result.conflicts || [];
  const disputedPaths = conflicts.map((c) => c.path);
  // values the document confirms (it says what the citizen already answered) are shown too, as agreeing
  const agreeing = app.model.pathsFilledBy(extracted?.docType)
    .filter((p) => !disputedPaths.includes(p) && p in (app.state?.filled || {}) && documentHas(app, extracted, p));
  const paths = [...new Set([...toConfirm, ...applied, ...agreeing])];
  const values = paths.map((p) => valueFor(app, extracted, p)).filter(Boolean);
  for (const v of values) if (!toConfirm.includes(v.path) && !applied.includes(v.path)) doc.agrees[v.path] = true;
  const disputed = conflicts.map((c) => ({ ...valueFor(app, extracted, c.path), path: c.path, current: c.current, value: c.fromDocument }));
  const preview = pagePreview(doc, [...values, ...disputed]);
  const list = h('ul', { class: 'summary', role: 'list' }, values.map((v) => valueRow(app, doc, v, preview)));
  card.append(title, h('div', { class: 'doc-layout' }, preview.element,
    h('div', {}, h('h3', {}, t('docs.values')), values.length || disputed.length ? list : h('p', {}, t('docs.none')),
      disputed.length ? [h('h3', {}, t('docs.conflicts')), h('ul', { class: 'summary', role: 'list' }, disputed.map((c) => conflictRow(app, c, preview)))] : null)));
  return card;
}

/** The document says something else than the earlier answer: the citizen decides which is right. */
function conflictRow(app, c, preview) {
  const label = app.model.label(c.path);
  const show = (v) => app.model.display(c.path, v, lang(), { yes: t('yes'), no: t('no') });
  const status = h('p', { class: 'status-confirmed', 'aria-live': 'polite' });
  const area = h('div', { class: 'edit-form' });
  const useDocument = h('button', { type: 'button', class: 'btn btn--secondary', 'data-use-document': c.path }, t('docs.useDocument'));
  const keep = h('button', { type: 'button', class: 'btn btn--quiet', 'data-keep': c.path }, t('docs.keepMine'));
  useDocument.addEventListener('click', async () => {
    if (app.state?.next !== c.path) {
      await changeInConversation(app, c.path, c.value);
      return;
    }
    try {
      await answerField(app, c.path, typeof c.value === 'boolean' ? (c.value ? t('yes') : t('no')) : String(c.value));
      status.textContent = t('docs.confirmed');
    } catch (e) {
      area.replaceChildren(errorBox(editProblem(app, e, label)));
    }
  });
  keep.addEventListener('click', () => { status.textContent = t('docs.kept'); });
  for (const el of [useDocument, keep]) el.addEventListener('focus', () => preview.highlight(c.path));
  return h('li', { class: 'summary__row', 'data-conflict': c.path },
    h('dl', { class: 'summary' }, h('dt', {}, label),
      h('dd', {}, `${t('docs.yourAnswer')} `, h('span', { dir: 'auto' }, show(c.current))),
      h('dd', {}, `${t('docs.onDocument')} `, h('span', { dir: 'auto', class: 'doc-value' }, show(c.value)))),
    c.evidence?.text ? h('p', { class: 'hint' }, t('docs.found'), ' ', h('span', { class: 'evidence-text', dir: 'auto' }, c.evidence.text)) : null,
    status, h('div', { class: 'actions' }, useDocument, keep), area);
}

function documentHas(app, extracted, path) {
  const source = app.model.documentSource(path, extracted?.docType);
  return Boolean(source && (source.field ? extracted?.fields?.[source.field] : 'value' in source));
}

/** The value a document gives for a path, with its evidence (via the plan's documentFillable). */
function valueFor(app, extracted, path) {
  const source = app.model.documentSource(path, extracted?.docType);
  const fields = extracted?.fields || {};
  const field = source?.field ? fields[source.field] : Object.values(fields).find((f) => (f?.value ?? f) === app.state?.filled?.[path]);
  let value = app.state?.filled?.[path];
  if (value === undefined && field) value = namePart(field.value ?? field, source?.part);
  if (value === undefined && source && 'value' in source) value = source.value; // the document's type says it (a Wohngeldbescheid → wohngeld)
  if (value === undefined) return null;
  return { path, value, evidence: field?.evidence || null, confidence: field?.confidence };
}

function namePart(value, part) {
  if (!part || typeof value !== 'string') return value;
  const s = value.includes(',') ? value.split(',').map((x) => x.trim()).reverse().join(' ') : value.trim();
  const words = s.split(/\s+/);
  return part === 'lastName' ? words[words.length - 1] : words.slice(0, -1).join(' ') || s;
}

function valueRow(app, doc, v, preview) {
  const label = app.model.label(v.path);
  const shown = h('dd', { class: 'doc-value', dir: 'auto' }, app.model.display(v.path, v.value, lang(), { yes: t('yes'), no: t('no') }));
  const state = h('p', { class: 'status-confirmed', 'aria-live': 'polite' },
    doc.confirmed[v.path] ? t('docs.confirmed') : doc.agrees[v.path] ? t('docs.agrees') : '');
  const editArea = h('div', { class: 'edit-form' });
  const confirm = h('button', { type: 'button', class: 'btn btn--secondary', 'data-confirm': v.path }, t('docs.confirm'));
  const change = h('button', { type: 'button', class: 'btn btn--quiet', 'data-correct': v.path, 'aria-expanded': 'false',
    'aria-label': t('panel.changeLabel', { field: label }) }, t('docs.correct'));
  const save = async (text) => {
    try {
      await answerField(app, v.path, text);
      v.value = app.state?.filled?.[v.path] ?? text;
      shown.textContent = app.model.display(v.path, v.value, lang(), { yes: t('yes'), no: t('no') });
      doc.confirmed[v.path] = true;
      state.textContent = t('docs.confirmed');
      editArea.replaceChildren();
      change.setAttribute('aria-expanded', 'false');
      change.focus();
    } catch (e) {
      editArea.prepend(errorBox(editProblem(app, e, label)));
    }
  };
  confirm.addEventListener('click', () => {
    // a value the form already holds needs no message; one waiting for confirmation is answered for its field
    if (app.state?.filled?.[v.path] === v.value) {
      doc.confirmed[v.path] = true;
      state.textContent = t('docs.confirmed');
      return;
    }
    save(typeof v.value === 'boolean' ? (v.value ? t('yes') : t('no')) : String(v.value));
  });
  change.addEventListener('click', () => {
    if (app.state?.next !== v.path) {
      changeInConversation(app, v.path, v.value);
      return;
    }
    change.setAttribute('aria-expanded', 'true');
    const form = answerInput(app.model, v.path, save, { label: t('panel.newValue', { field: label }), value: v.value, submitLabel: t('panel.save') });
    editArea.replaceChildren(form);
    form.querySelector('input').focus();
  });
  const row = h('li', { class: 'summary__row', 'data-path': v.path },
    h('dl', { class: 'summary' }, h('dt', {}, label), shown),
    v.evidence?.text ? h('p', { class: 'hint' }, t('docs.found'), ' ', h('span', { class: 'evidence-text', dir: 'auto' }, v.evidence.text)) : null,
    state, h('div', { class: 'actions' }, confirm, change), editArea);
  for (const el of [confirm, change]) {
    el.addEventListener('focus', () => preview.highlight(v.path));
    el.addEventListener('mouseenter', () => preview.highlight(v.path));
  }
  return row;
}

/** Page image with one box per value; boxes are in pixels at 300 dpi and scale with the shown image. */
function pagePreview(doc, values) {
  const boxes = new Map();
  if (!doc.previewUrl) {
    return { element: h('p', { class: 'hint' }, t('docs.noPreview')), highlight: () => {} };
  }
  const img = h('img', { src: doc.previewUrl, alt: t('docs.preview', { page: 1 }) });
  const view = h('div', { class: 'page-view' }, img);
  const place = () => {
    for (const [path, box] of boxes) {
      const v = values.find((x) => x.path === path);
      const [x, y, w, hgt] = v.evidence.bbox;
      const sx = 100 / img.naturalWidth;
      const sy = 100 / img.naturalHeight;
      box.style.left = `${x * sx}%`;
      box.style.top = `${y * sy}%`;
      box.style.width = `${w * sx}%`;
      box.style.height = `${hgt * sy}%`;
    }
  };
  for (const v of values) {
    if (Array.isArray(v.evidence?.bbox) && v.evidence.bbox.length === 4 && (v.evidence.page ?? 1) === 1) {
      const box = h('div', { class: 'evidence-box', 'data-box': v.path, 'aria-hidden': 'true' });
      boxes.set(v.path, box);
      view.append(box);
    }
  }
  img.addEventListener('load', place);
  return {
    element: h('figure', {}, view, h('figcaption', { class: 'hint' }, t('docs.preview', { page: 1 }))),
    highlight: (path) => { for (const [p, box] of boxes) box.classList.toggle('evidence-box--active', p === path); },
  };
}
