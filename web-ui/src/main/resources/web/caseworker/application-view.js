// One application as the caseworker checks it: findings, every answer, the WBS income computation step by step,
// each document page with the boxes where values were found, and the decision with a note.
import { h, show, announce, uid } from '../shared/dom.js';
import { office } from './api.js';
import { t, date } from './app.js';

export async function renderApplication(receipt) {
  const detail = await office.application(receipt);
  const texts = (await office.formTexts(detail.form))?.fields || {};
  const label = (path) => texts[String(path).replace(/\[\d+\]/g, '[]')]?.label || path;
  const computation = detail.computation || detail.check?.computation || null;
  return h('div', {},
    h('p', {}, h('a', { href: '#/inbox' }, t('detail.back'))),
    h('h1', {}, t('detail.heading', { receipt: detail.receipt })),
    h('p', {}, t('detail.meta', { form: t(`form.${detail.form}`), date: date(detail.receivedAt), language: detail.language || '–', status: t(`status.${detail.status}`) })),
    findingsSection(detail.findings || [], label),
    dataSection(detail.application?.data || {}, label),
    computation ? computationSection(computation, label) : null,
    documentsSection(detail, label),
    decisionSection(detail));
}

function findingsSection(findings, label) {
  return h('section', { class: 'section', 'aria-labelledby': 'findings-h' },
    h('h2', { id: 'findings-h' }, t('detail.findings')),
    findings.length === 0 ? h('p', {}, t('detail.noFindings')) : findings.map((f) => h('div', {
      class: `finding ${f.severity === 'error' ? 'finding--error' : ''}`, 'data-code': f.code },
    h('h3', {}, `${t(`severity.${f.severity}`)}: ${f.code}`),
    h('p', {}, f.message?.de || f.message?.en || ''),
    (f.fields || []).length ? h('p', { class: 'hint' }, t('detail.fields', { fields: f.fields.map(label).join(', ') })) : null)));
}

/** Nested application data as rows "path → value", arrays with their index. */
function flatten(value, prefix, out) {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [`${prefix}[${i}]`, v]) : Object.entries(value).map(([k, v]) => [prefix ? `${prefix}.${k}` : k, v]);
    for (const [p, v] of entries) flatten(v, p, out);
  } else {
    out.push([prefix, value]);
  }
  return out;
}

function dataSection(data, label) {
  const rows = flatten(data, '', []);
  return h('section', { class: 'section', 'aria-labelledby': 'data-h' },
    h('h2', { id: 'data-h' }, t('detail.data')),
    h('table', { id: 'application-data' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('detail.field')), h('th', { scope: 'col' }, t('detail.value')))),
      h('tbody', {}, rows.map(([p, v]) => h('tr', { 'data-path': p }, h('th', { scope: 'row' }, label(p), h('span', { class: 'hint' }, p)),
        h('td', { dir: 'auto' }, v === true ? t('comp.yes') : v === false ? t('comp.no') : v === null ? '–' : String(v)))))));
}

const EURO = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });
const money = (n) => (typeof n === 'number' ? EURO.format(n) : String(n ?? '–'));

/** The checks' WBS computation: income per person, allowances, household income, limit, result. */
function computationSection(c, label) {
  const memberRows = (c.members || []).map((m) => h('tr', {},
    h('th', { scope: 'row' }, label(m.member) === m.member ? m.member : label(m.member)),
    ['annualEmploymentGross', 'annualOtherGross', 'werbungskostenPauschbetrag', 'afterWerbungskosten'].map((k) => h('td', { class: 'num' }, money(m[k]))),
    h('td', { class: 'num' }, `${m.flatDeductionPercent ?? 0} %`),
    h('td', { class: 'num' }, money(m.flatDeduction)),
    h('td', { class: 'num' }, money(m.income))));
  const limit = c.limit || {};
  const steps = [
    [t('comp.totalIncome'), money(c.totalIncome)],
    [t('comp.totalAllowances'), `− ${money(c.totalAllowances)}`],
    [t('comp.householdIncome'), money(c.householdIncome)],
    [`${t('comp.limit')} (${t('comp.base')} ${money(limit.base)} + ${limit.furtherPersons ?? 0} × ${money(limit.perFurtherPerson)} + ${limit.children ?? 0} × ${money(limit.perChild)})`, money(limit.total)],
    [t('comp.difference'), money(c.difference)],
    [t('comp.exceedsLimit'), c.exceedsLimit ? t('comp.yes') : t('comp.no')],
  ];
  return h('section', { class: 'section', 'aria-labelledby': 'comp-h', id: 'computation' },
    h('h2', { id: 'comp-h' }, t('detail.computation')),
    h('p', {}, `${t('comp.state')}: ${c.state || '–'} · ${t('comp.law')}: ${c.law || '–'}`),
    h('table', {},
      h('caption', {}, t('comp.income')),
      h('thead', {}, h('tr', {}, ['member', 'annualEmploymentGross', 'annualOtherGross', 'werbungskostenPauschbetrag', 'afterWerbungskosten',
        'flatDeductionPercent', 'flatDeduction', 'income'].map((k, i) => h('th', { scope: 'col', class: i ? 'num' : null }, t(`comp.${k}`))))),
      h('tbody', {}, memberRows)),
    (c.allowances || []).length ? h('table', {}, h('caption', {}, t('comp.totalAllowances')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('comp.allowance')), h('th', { scope: 'col' }, t('comp.member')), h('th', { scope: 'col', class: 'num' }, t('comp.amount')))),
      h('tbody', {}, c.allowances.map((a) => h('tr', {}, h('th', { scope: 'row' }, a.kind), h('td', {}, label(a.member)), h('td', { class: 'num' }, money(a.amount)))))) : null,
    h('table', {}, h('caption', {}, t('comp.step')),
      h('tbody', {}, steps.map(([k, v], i) => h('tr', {}, h('th', { scope: 'row' }, `${i + 1}. ${k}`), h('td', { class: 'num' }, v))))));
}

function documentsSection(detail) {
  const docs = detail.documents || [];
  return h('section', { class: 'section', 'aria-labelledby': 'docs-h' },
    h('h2', { id: 'docs-h' }, t('detail.documents')),
    docs.length === 0 ? h('p', {}, t('detail.noDocuments')) : docs.map((d) => documentBlock(detail, d)));
}

function documentBlock(detail, d) {
  const attachment = (detail.attachments || []).find((a) => a.attachmentId === d.attachmentId);
  const isImage = attachment?.mimeType?.startsWith('image/');
  const isPdf = attachment?.mimeType === 'application/pdf';
  const headingId = uid('doc');
  return h('div', { class: 'doc', 'aria-labelledby': headingId, role: 'group' },
    h('h3', { id: headingId }, `${d.docType || '?'} – `, h('span', { class: 'ltr' }, d.file || '')),
    attachment ? h('p', {}, h('a', { href: office.attachmentUrl(detail.receipt, attachment.attachmentId) }, t('detail.original'))) : null,
    (d.pages || []).map((p) => h('div', { class: 'doc-layout' },
      isImage && p.page === 1 ? pageImage(d, p, office.attachmentUrl(detail.receipt, attachment.attachmentId), 1) : null,
      // PDF pages come rendered at 100 dpi; evidence boxes are pixels at 300 dpi (cli.md)
      isPdf ? pageImage(d, p, office.pageUrl(detail.receipt, attachment.attachmentId, p.page), 100 / 300) : null,
      h('table', {}, h('caption', {}, t('detail.evidence', { page: p.page })),
        h('thead', {}, h('tr', {}, [t('detail.docField'), t('detail.value'), t('detail.docText'), t('detail.docBox')].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, p.boxes.map((b) => h('tr', {}, h('th', { scope: 'row' }, b.field), h('td', { dir: 'auto' }, String(b.value ?? '')),
          h('td', { dir: 'auto' }, b.text || ''), h('td', { class: 'ltr' }, Array.isArray(b.bbox) ? b.bbox.join(', ') : '–'))))))));
}

function pageImage(d, p, src, scale) {
  const img = h('img', { src, alt: t('detail.page', { page: p.page, file: d.file }) });
  const view = h('div', { class: 'page-view' }, img);
  const boxes = p.boxes.filter((b) => Array.isArray(b.bbox) && b.bbox.length === 4).map((b) => {
    const box = h('div', { class: 'evidence-box', 'aria-hidden': 'true', 'data-field': b.field });
    view.append(box);
    return [b, box];
  });
  img.addEventListener('load', () => {
    for (const [b, box] of boxes) {
      const [x, y, w, hh] = b.bbox.map((v) => v * scale);
      box.style.left = `${(100 * x) / img.naturalWidth}%`;
      box.style.top = `${(100 * y) / img.naturalHeight}%`;
      box.style.width = `${(100 * w) / img.naturalWidth}%`;
      box.style.height = `${(100 * hh) / img.naturalHeight}%`;
    }
  });
  return h('figure', {}, view, h('figcaption', { class: 'hint' }, t('detail.page', { page: p.page, file: d.file })));
}

function decisionSection(detail) {
  const status = h('div', { id: 'decision-status', 'aria-live': 'polite' });
  const current = detail.decision ? h('p', { id: 'decision-current' }, t('decision.current', { status: t(`status.${detail.decision.status}`), by: detail.decision.by, date: date(detail.decision.at) }),
    detail.decision.note ? [h('br'), detail.decision.note] : null) : null;
  const radio = (value) => h('div', {}, h('input', { type: 'radio', name: 'decision', id: `decision-${value}`, value }), ' ',
    h('label', { for: `decision-${value}`, class: 'label-inline' }, t(`decision.${value}`)));
  const note = h('textarea', { class: 'input', id: 'decision-note', name: 'note', rows: '4', maxlength: '2000', 'aria-describedby': 'note-hint' });
  const submit = async (event) => {
    event.preventDefault();
    const choice = event.currentTarget.elements.decision.value;
    if (!choice) {
      show(status, h('div', { class: 'alert alert--danger', role: 'alert' }, h('p', {}, t('decision.choose'))));
      return;
    }
    try {
      const result = await office.decide(detail.receipt, choice, note.value.trim() || null);
      show(status, h('div', { class: 'alert alert--success', role: 'status' }, h('p', {}, t('decision.saved'), ' ', t(`status.${result.status}`))));
      announce(t('decision.saved'));
    } catch (e) {
      show(status, h('div', { class: 'alert alert--danger', role: 'alert' }, h('p', {}, t('error.generic'))));
    }
  };
  return h('section', { class: 'section', 'aria-labelledby': 'decision-h' },
    h('h2', { id: 'decision-h' }, t('decision.heading')),
    current,
    h('form', { id: 'decision-form', onsubmit: submit },
      h('fieldset', {}, h('legend', {}, t('decision.legend')), radio('accepted'), radio('returned')),
      h('div', { class: 'field' }, h('label', { for: 'decision-note' }, t('decision.note')), h('span', { class: 'hint', id: 'note-hint' }, t('decision.noteHint')), note),
      h('button', { type: 'submit', class: 'btn' }, t('decision.submit'))),
    status);
}
