/**
 * Numbers as people type them: Persian (۰–۹) and Arabic-Indic (٠–٩) digits, the Persian decimal
 * separator (٫) and, in Azerbaijani, a decimal comma. The API wants ASCII decimal strings.
 */
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC = '٠١٢٣٤٥٦٧٨٩';

export function toAsciiDigits(text: string): string {
  return text.replace(/[۰-۹٠-٩]/g, (d) => String(PERSIAN.includes(d) ? PERSIAN.indexOf(d) : ARABIC.indexOf(d)));
}

/** Codes (HS, ids) keep their digits as they are but in the reader's script: Persian digits in Persian. */
export function localDigits(text: string, locale: string): string {
  return locale === 'fa' ? text.replace(/[0-9]/g, (d) => PERSIAN[Number(d)]) : text;
}

export type DecimalProblem = 'required' | 'invalid' | 'integer' | 'negative';

export interface DecimalOptions {
  /** Whole numbers only (days, counts). */
  integer?: boolean;
  /** Coordinates may be below zero; quantities and prices may not. */
  signed?: boolean;
  /** The user's language decides what a comma means: a decimal sign in az, a group sign in en. */
  locale?: string;
}

/** The ASCII decimal string the text stands for, or why it stands for none. */
export function parseDecimal(text: string, options: DecimalOptions = {}): { value: string } | { problem: DecimalProblem } {
  let s = toAsciiDigits(text.trim())
    .replace(/[\s\u00a0\u202f\u066c']/g, '') // spaces and group signs (٬) people copy from formatted amounts
    .replace(/[٫]/g, '.')
    .replace(/[−–]/g, '-');
  if (s === '') return { problem: 'required' };
  s = options.locale === 'az' || options.locale === 'fa' ? s.replace(/,/g, '.') : s.replace(/,/g, '');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(s)) return { problem: 'invalid' };
  if (s.startsWith('-') && !options.signed) return { problem: 'negative' };
  if (s.startsWith('.')) s = `0${s}`;
  if (s.startsWith('-.')) s = `-0${s.slice(1)}`;
  s = s.replace(/\.$/, '');
  if (options.integer && s.includes('.')) return { problem: 'integer' };
  return { value: s };
}
