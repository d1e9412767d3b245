// UI strings as data: one JSON file per language under /web/shared/i18n/. Missing keys fall back to English, then German.

export const LANGUAGES = [
  { code: 'de', name: 'Deutsch', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'tr', name: 'Türkçe', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'uk', name: 'Українська', dir: 'ltr' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
  { code: 'fa', name: 'فارسی', dir: 'rtl' },
  { code: 'pl', name: 'Polski', dir: 'ltr' },
  { code: 'de-LS', name: 'Leichte Sprache', dir: 'ltr' },
];

const cache = new Map();
let current = { code: 'de', strings: {}, fallback: {} };

export function languageOf(code) {
  return LANGUAGES.find((l) => l.code.toLowerCase() === String(code || '').toLowerCase()) || null;
}

async function fetchStrings(code) {
  if (!cache.has(code)) {
    cache.set(code, fetch(`/web/shared/i18n/${code}.json`).then((r) => (r.ok ? r.json() : {})).catch(() => ({})));
  }
  return cache.get(code);
}

/** Loads a language and switches the document's lang and direction. */
export async function useLanguage(code) {
  const lang = languageOf(code) || LANGUAGES[0];
  const [strings, en, de] = await Promise.all([fetchStrings(lang.code), fetchStrings('en'), fetchStrings('de')]);
  current = { code: lang.code, strings, fallback: { ...de, ...en } };
  document.documentElement.lang = lang.code;
  document.documentElement.dir = lang.dir;
  return lang;
}

export function lang() {
  return current.code;
}

/** Arabic and Persian are written right to left. */
export function isRtl() {
  return (languageOf(current.code) || {}).dir === 'rtl';
}

/** t('panel.progress', {filled: 3, total: 20}) */
export function t(key, vars = {}) {
  const template = current.strings[key] ?? current.fallback[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
}

/** Picks the best text from a {lang: text} map. */
export function pick(map) {
  if (!map || typeof map !== 'object') return map == null ? '' : String(map);
  return map[current.code] ?? (current.code === 'de-LS' ? map.de : undefined) ?? map.en ?? map.de ?? Object.values(map)[0] ?? '';
}
