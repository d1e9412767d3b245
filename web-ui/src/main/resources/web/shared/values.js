// Reading dates and amounts the way people type them, and showing canonical values (yyyy-mm-dd, EUR numbers) readably.

const DIGITS = { '٠': 0, '١': 1, '٢': 2, '٣': 3, '٤': 4, '٥': 5, '٦': 6, '٧': 7, '٨': 8, '٩': 9,
  '۰': 0, '۱': 1, '۲': 2, '۳': 3, '۴': 4, '۵': 5, '۶': 6, '۷': 7, '۸': 8, '۹': 9 };

/** Arabic-Indic and Persian digits to ASCII, Arabic decimal/thousands signs to , and . */
export function asciiDigits(text) {
  return String(text ?? '').replace(/[٠-٩۰-۹]/g, (d) => String(DIGITS[d])).replace(/٫/g, ',').replace(/٬/g, '.');
}

function validDate(y, m, d) {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function iso(y, m, d) {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "11.2.1990", "11/02/90", "1990-02-11", "11 02 1990", "11021990" → "1990-02-11"; anything else → null. */
export function parseDate(text) {
  const s = asciiDigits(text).trim();
  let y; let m; let d;
  let match = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  if (match) [, y, m, d] = match.map(Number);
  else if ((match = s.match(/^(\d{1,2})\s*[./\-\s]\s*(\d{1,2})\s*[./\-\s]\s*(\d{2}|\d{4})\.?$/))) [, d, m, y] = match.map(Number);
  else if ((match = s.match(/^(\d{2})(\d{2})(\d{4})$/))) [, d, m, y] = match.map(Number);
  else return null;
  if (y < 100) {
    const pivot = (new Date().getFullYear() % 100) + 1;
    y += y > pivot ? 1900 : 2000;
  }
  return y >= 1900 && y <= 2100 && validDate(y, m, d) ? iso(y, m, d) : null;
}

/** "1.234,56 €", "1234.56", "EUR 12", "12,5" → 1234.56 / 12 / 12.5; anything else → null. */
export function parseMoney(text) {
  let s = asciiDigits(text).replace(/€|eur(o|os)?|\s|'/gi, '');
  if (!/^-?[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    s = s.split(decimal === ',' ? '.' : ',').join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    s = /^-?\d{1,3}(,\d{3})+$/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.');
  } else if (lastDot >= 0 && /^-?\d{1,3}(\.\d{3})+$/.test(s) && s.split('.').length > 2) {
    s = s.replace(/\./g, '');
  } else if (lastDot >= 0 && /^-?\d{1,3}\.\d{3}$/.test(s)) {
    s = s.replace('.', ''); // German thousands: "1.500" is fifteen hundred euros
  }
  if ((s.match(/\./g) || []).length > 1) return null;
  const n = Number(s);
  return Number.isFinite(n) ? Math.round(n * 100) / 100 : null;
}

function locale(lang) {
  const base = lang === 'de-LS' ? 'de' : lang;
  return `${base}-u-ca-gregory-nu-latn`;
}

/** A canonical value as a person reads it in their language. */
export function formatValue(kind, value, lang, texts) {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? texts.yes : texts.no;
  if (kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number);
    return new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
      .format(new Date(Date.UTC(y, m - 1, d)));
  }
  if (kind === 'month' && /^\d{4}-\d{2}$/.test(value)) {
    const [y, m] = value.split('-').map(Number);
    return new Intl.DateTimeFormat(locale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
  }
  if (kind === 'money' && typeof value === 'number') {
    return new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'EUR' }).format(value);
  }
  if (kind === 'iban' && typeof value === 'string') return value.replace(/(.{4})/g, '$1 ').trim();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The kind of a path when no dialogue plan says it (the walking skeleton's dialogue has none). */
export function guessKind(path) {
  if (/(^|\.)consent\.|severelyDisabled|pregnant|contributions\./.test(path)) return 'boolean';
  if (/(Date|\.from|\.to|validFrom|validTo)$/.test(path)) return 'date';
  if (/(gross|cost|Rent|Monthly|amount)/i.test(path)) return 'money';
  if (/iban$/i.test(path)) return 'iban';
  return 'text';
}
