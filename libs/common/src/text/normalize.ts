// PostgreSQL has no Persian or Azerbaijani text-search configuration, and lower() folds the
// dotted and dotless I wrongly for Azerbaijani. So search text is normalised here, once, into a
// column indexed with the `simple` configuration, and every query goes through the same function.

const CHAR_MAP: Record<string, string> = {
  // Arabic-keyboard letters to their Persian forms
  ي: 'ی',
  ى: 'ی',
  ئ: 'ی',
  ك: 'ک',
  ة: 'ه',
  ۀ: 'ه',
  ؤ: 'و',
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  // Azerbaijani and Turkish letters folded to what a Latin keyboard types
  ə: 'e',
  Ə: 'e',
  ı: 'i',
  İ: 'i',
  I: 'i',
};

const DIGITS = /[\u06F0-\u06F9\u0660-\u0669]/g;
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g; // harakat, superscript alef, Quranic marks
const LATIN_MARKS = /[\u0300-\u036F]/g;
const TATWEEL = /\u0640/g;
const JOINERS = /[\u200C\u200D\u200E\u200F\u00AD\uFEFF]/g; // ZWNJ, ZWJ, direction marks, soft hyphen, BOM

function digitOf(ch: string): string {
  const code = ch.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

/** Normalises Persian, Azerbaijani and English text for search, both when indexing and querying. */
export function normalizeForSearch(input: string): string {
  let s = input.replace(/[يىئكةۀؤأإآٱəƏıİI]/g, (ch) => CHAR_MAP[ch] ?? ch);
  s = s.replace(DIGITS, digitOf).replace(TATWEEL, '').replace(JOINERS, '');
  s = s.normalize('NFD').replace(LATIN_MARKS, '').replace(ARABIC_MARKS, '').normalize('NFC');
  s = s.replace(/[يىئكةۀؤأإآٱ]/g, (ch) => CHAR_MAP[ch] ?? ch); // NFD may have exposed a base letter
  return s
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim();
}
