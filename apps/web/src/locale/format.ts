import { useTranslation } from 'react-i18next';
import i18n from 'i18next';
import type { Locale } from '../i18n';

/*
 * Every number, amount and date the client shows goes through here. Locale data comes from libraries that
 * ship CLDR themselves (FormatJS for numbers, date-fns / date-fns-jalali for dates), never from the
 * browser's Intl: Debian's Chromium and many phones have no Azerbaijani data and print `2026 M11 25`.
 * Intl.NumberFormat is replaced by the FormatJS polyfill (forced), which also formats decimal strings
 * exactly, so a large rial sum is never rounded through a float. Each reader downloads only their own
 * language's number data and calendar (Solar Hijri for Persian, Gregorian for the others).
 */

// The polyfill comes with the first language's data, off the entry script (main.tsx waits for both).
const NUMBER_DATA: Record<Locale, () => Promise<unknown>> = {
  fa: () => import('./numbers-fa'),
  az: () => import('./numbers-az'),
  en: () => import('./numbers-en'),
};
const loaded = new Map<Locale, Promise<unknown>>();
let jalali: typeof import('./dates-fa').jalali | null = null;
let gregorian: typeof import('./dates').gregorian | null = null;
const loadCalendar = (locale: Locale) =>
  locale === 'fa'
    ? import('./dates-fa').then((m) => void (jalali = m.jalali))
    : import('./dates').then((m) => void (gregorian = m.gregorian));

/** Loads one locale's number data and calendar, so a reader downloads only their own. */
export function loadLocaleData(locale: Locale): Promise<unknown> {
  if (!loaded.has(locale)) loaded.set(locale, Promise.all([NUMBER_DATA[locale](), loadCalendar(locale)]));
  return loaded.get(locale)!;
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const persianDigits = (s: string) => s.replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)]);
/** Persian and Arabic-Indic digits and the Persian decimal sign, as people type them, to ASCII. */
export const asciiDigits = (s: string) =>
  s
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/٫/g, '.')
    .replace(/٬/g, '');

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let nf = cache.get(key);
  if (!nf) cache.set(key, (nf = new Intl.NumberFormat(locale, options)));
  return nf;
}

/** Decimal strings stay strings: the polyfill formats them digit for digit. */
const decimal = (v: string | number) => (typeof v === 'number' ? String(v) : asciiDigits(v.trim()));

export function formatNumber(locale: Locale, v: string | number, opts: { maxFractionDigits?: number } = {}): string {
  // `format` takes decimal strings at run time (ES2023); the DOM typings still say number.
  return numberFormat(locale, { maximumFractionDigits: opts.maxFractionDigits ?? 3 }).format(decimal(v) as unknown as number);
}

/** IRR has no minor unit, AZN two: the currency's own digits, each locale's own signs and pattern. */
export function formatMoney(locale: Locale, amount: string, currency: string, opts: { keepDecimals?: boolean } = {}): string {
  const code = currency.toUpperCase();
  const value = decimal(amount);
  // A unit price may be finer than the currency's minor unit (0.125 manat a gram): shown, never rounded away.
  const given = opts.keepDecimals ? (/\.(\d*?)0*$/.exec(value)?.[1].length ?? 0) : 0;
  const digits = numberFormat(locale, { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 0;
  const options: Intl.NumberFormatOptions =
    given > digits
      ? { style: 'currency', currency: code, minimumFractionDigits: digits, maximumFractionDigits: Math.min(given, 8) }
      : { style: 'currency', currency: code };
  const parts = numberFormat(locale, options).formatToParts(value as unknown as number);
  // A raw code (`AZN`) or a left-to-right mark inside Persian text is what users called scrambled:
  // Persian puts the translated currency name after the number.
  if (locale === 'fa') {
    const number = parts
      .filter((p) => p.type !== 'currency' && p.type !== 'literal')
      .map((p) => p.value)
      .join('');
    return `${number} ${currencyName(locale, code)}`;
  }
  return parts.map((p) => p.value).join('');
}

export function currencyName(locale: Locale, code: string): string {
  return i18n.getFixedT(locale)(`currencies.${code}`, { defaultValue: code });
}

export function formatUnit(locale: Locale, unit: string): string {
  const key = unit.trim().toLowerCase();
  return i18n.getFixedT(locale)(`units.${key}`, { defaultValue: unit });
}

export function formatQuantity(locale: Locale, v: string, unit: string): string {
  return `${formatNumber(locale, v)} ${formatUnit(locale, unit)}`;
}

/** "1 980,50 ₼ / kg": the price of one unit, never separated from its currency. */
export function formatUnitPrice(locale: Locale, amount: string, currency: string, unit: string): string {
  return i18n.getFixedT(locale)('format.unitPrice', {
    price: formatMoney(locale, amount, currency, { keepDecimals: true }),
    unit: formatUnit(locale, unit),
  });
}

/** Solar Hijri with Persian digits and month names in Persian; CLDR's long date in az and en. */
export function formatDate(locale: Locale, iso: string | Date): string {
  return calendarFormat(locale, new Date(iso), 'd MMMM yyyy', 'd MMMM yyyy');
}

export function formatDateTime(locale: Locale, iso: string | Date): string {
  return calendarFormat(locale, new Date(iso), 'd MMMM yyyy، HH:mm', 'd MMMM yyyy, HH:mm');
}

/** Short time of day, for message stamps. */
export function formatTime(locale: Locale, iso: string | Date): string {
  const d = new Date(iso);
  const text = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return locale === 'fa' ? persianDigits(text) : text;
}

/** "3 dəqiqə əvvəl", "۳ دقیقه پیش", "3 minutes ago". */
export function formatRelative(locale: Locale, iso: string | Date): string {
  const d = new Date(iso);
  if (locale === 'fa') return jalali ? persianDigits(jalali.relative(d)) : formatDateTime(locale, d);
  return gregorian ? gregorian.relative(d, locale) : formatDateTime(locale, d);
}

// The calendar module arrives with the language (main.tsx waits for it); until then an ISO date is honest.
function calendarFormat(locale: Locale, d: Date, persianPattern: string, pattern: string): string {
  if (locale === 'fa') return jalali ? persianDigits(jalali.format(d, persianPattern)) : d.toISOString().slice(0, 10);
  if (!gregorian) return d.toISOString().slice(0, 10);
  const text = gregorian.format(d, pattern, locale);
  return locale === 'az' ? azMonthsLowercase(text) : text;
}

// CLDR writes Azerbaijani month names in lower case inside a date ("25 noyabr 2026"); date-fns capitalises them.
const azMonthsLowercase = (s: string) => s.replace(/\p{Lu}\p{Ll}+/gu, (w) => w.toLocaleLowerCase('az'));

export const currentLocale = (): Locale => (['fa', 'az', 'en'] as const).find((l) => l === i18n.language) ?? 'en';

export interface Format {
  locale: Locale;
  number(v: string | number, opts?: { maxFractionDigits?: number }): string;
  money(amount: string, currency: string): string;
  unitPrice(amount: string, currency: string, unit: string): string;
  quantity(v: string, unit: string): string;
  date(iso: string): string;
  dateTime(iso: string): string;
  time(iso: string): string;
  relative(iso: string): string;
  unit(unit: string): string;
  currency(code: string): string;
}

export function formatter(locale: Locale): Format {
  return {
    locale,
    number: (v, opts) => formatNumber(locale, v, opts),
    money: (amount, currency) => formatMoney(locale, amount, currency),
    unitPrice: (amount, currency, unit) => formatUnitPrice(locale, amount, currency, unit),
    quantity: (v, unit) => formatQuantity(locale, v, unit),
    date: (iso) => formatDate(locale, iso),
    dateTime: (iso) => formatDateTime(locale, iso),
    time: (iso) => formatTime(locale, iso),
    relative: (iso) => formatRelative(locale, iso),
    unit: (unit) => formatUnit(locale, unit),
    currency: (code) => currencyName(locale, code),
  };
}

/** The reader's formats; re-renders when the language changes. */
export function useFormat(): Format {
  const { i18n: current } = useTranslation();
  const locale = (['fa', 'az', 'en'] as const).find((l) => l === current.language) ?? 'en';
  return formatter(locale);
}
