import { Transform } from 'class-transformer';

// Persian and Arabic keyboards type their own digits by default; a quantity typed "۳۰۰٫۵" means
// exactly what "300.5" means. The Arabic thousands separator (٬) is dropped only where it
// groups digits by three ("۱۲٬۵۰۰"), so "1٬5" stays wrong instead of becoming 15.
const LOCAL_DIGIT = /[\u06F0-\u06F9\u0660-\u0669]/g;
const GROUPED = /^([+-]?\d{1,3})((?:\u066C\d{3})+)(?=$|\.)/;

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits to ASCII, `٫` to `.`, grouping `٬` dropped. */
export function toAsciiDigits(text: string): string {
  const ascii = text
    .replace(LOCAL_DIGIT, (d) => String(d.charCodeAt(0) - (d.charCodeAt(0) >= 0x06f0 ? 0x06f0 : 0x0660)))
    .replace(/\u066B/g, '.')
    .trim();
  return ascii.replace(GROUPED, (_m, head: string, groups: string) => head + groups.replace(/\u066C/g, ''));
}

const NUMBER_TEXT = /^[+-]?\d+(\.\d+)?$/;

/** A number as people type it, or the value untouched so validation can say what is wrong. */
export function numberFromText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const ascii = toAsciiDigits(value);
  return NUMBER_TEXT.test(ascii) ? Number(ascii) : value;
}

const textOf = (value: unknown) => (typeof value === 'string' ? toAsciiDigits(value) : value);

/**
 * Every numeric field of every DTO, HTTP body, query or socket event, goes through this before it
 * is validated. `'text'` keeps a decimal string (money, quantities: never floats); `'number'`
 * gives a number (integers, coordinates), also from a string such as a query parameter.
 */
export const Digits = (as: 'text' | 'number') =>
  Transform(({ value }) =>
    Array.isArray(value) ? value.map(as === 'number' ? numberFromText : textOf) : as === 'number' ? numberFromText(value) : textOf(value),
  );
