// What the pages know about one form: its dialogue plan (kinds, options, which document fills a field) and its texts
// (labels, questions, help) from form-schemas. Everything degrades to readable defaults while a form has no texts yet.
import { api } from './api.js';
import { guessKind, formatValue } from '../shared/values.js';

/** household.members[1].incomes[0].grossMonthly → household.members[].incomes[].grossMonthly */
export function planPath(path) {
  return String(path).replace(/\[\d+\]/g, '[]');
}

function humanize(path) {
  const last = String(path).split('.').pop().replace(/\[\d*\]/g, '');
  return last.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

export class FormModel {
  constructor(id, form, plan, texts) {
    this.id = id;
    this.form = form || { id, title: { de: id, en: id } };
    this.steps = new Map();
    this.order = [];
    for (const step of collectSteps(plan?.steps || [])) {
      this.steps.set(step.path, step);
      this.order.push(step.path);
    }
    this.texts = texts?.fields || {};
  }

  static async load(id, lang) {
    const [form, plan] = await Promise.all([api.formFile(id, 'form.json'), api.formFile(id, 'dialogue.json')]);
    const tries = [lang, lang === 'de-LS' ? 'de' : null, 'en', 'de'].filter(Boolean);
    let texts = null;
    for (const code of tries) {
      texts = await api.formFile(id, `texts/${code}.json`);
      if (texts) break;
    }
    return new FormModel(id, form, plan, texts);
  }

  step(path) { return this.steps.get(planPath(path)) || null; }
  text(path) { return this.texts[planPath(path)] || {}; }
  kind(path) { return this.step(path)?.kind || guessKind(planPath(path)); }
  label(path) { return this.text(path).label || humanize(path); }
  question(path) { return this.text(path).question || null; }
  help(path) { return this.text(path).help || null; }
  hint(path) { return this.text(path).hint || null; }

  /** Choices of an enum as [{value, label}], labels in the page language when the form has them. */
  options(path) {
    const values = this.step(path)?.options || [];
    const labels = this.text(path).options || {};
    return values.map((v) => ({ value: v, label: labels[v] || String(v) }));
  }

  /** A value as the citizen reads it: choices by their label in the page language, the rest by formatValue. */
  display(path, value, lang, yesNo) {
    if (this.kind(path) === 'enum') {
      const option = this.options(path).find((o) => o.value === value);
      if (option) return option.label;
    }
    return formatValue(this.kind(path), value, lang, yesNo);
  }

  /** Position in the plan, for showing answers in the order the form asks them. */
  rank(path) {
    const i = this.order.indexOf(planPath(path));
    return i < 0 ? this.order.length : i;
  }

  /** Plan paths (no repeat groups) a document of this type can fill. */
  pathsFilledBy(docType) {
    return this.order.filter((p) => !p.includes('[]') && this.documentSource(p, docType));
  }

  /** The document field that fills a path for a document type: {field, part} or null. */
  documentSource(path, docType) {
    const sources = this.step(path)?.documentFillable || [];
    return sources.find((s) => s.docType === docType) || null;
  }
}

/** Flattens repeat groups of the plan ({repeat, steps}) into plain steps. */
function collectSteps(steps) {
  const out = [];
  for (const step of steps) {
    if (step && Array.isArray(step.steps)) out.push(...collectSteps(step.steps));
    if (step && step.path) out.push(step);
  }
  return out;
}
