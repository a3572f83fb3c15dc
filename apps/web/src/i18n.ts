import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import az from './locales/az.json';
import en from './locales/en.json';
import fa from './locales/fa.json';

export type Locale = 'fa' | 'az' | 'en';
export const LOCALES: Locale[] = ['fa', 'az', 'en'];

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, fa: { translation: fa }, az: { translation: az } },
  lng: (localStorage.getItem('hamkar.locale') as Locale | null) ?? 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});

/** Switches language and writing direction together (Persian is right to left). */
export function applyLocale(locale: Locale) {
  void i18n.changeLanguage(locale);
  localStorage.setItem('hamkar.locale', locale);
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'fa' ? 'rtl' : 'ltr';
}
applyLocale(i18n.language as Locale);

const INTL: Record<Locale, string> = { fa: 'fa-IR-u-ca-persian', az: 'az-Latn-AZ', en: 'en-GB' };

/** Dates in the reader's calendar: Solar Hijri with Persian digits for Persian. */
export const formatDate = (value: string | Date, withTime = false) =>
  new Intl.DateTimeFormat(INTL[i18n.language as Locale] ?? 'en-GB', withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' }).format(new Date(value));

export const formatNumber = (value: string | number) => {
  const [int, frac] = String(value).split('.');
  const locale = i18n.language === 'fa' ? 'fa-IR' : i18n.language === 'az' ? 'az-Latn-AZ' : 'en-GB';
  const whole = new Intl.NumberFormat(locale).format(BigInt(int.replace('-', '') || '0'));
  const sign = int.startsWith('-') ? '-' : '';
  if (!frac) return sign + whole;
  const digits = i18n.language === 'fa' ? frac.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]) : frac;
  return `${sign}${whole}${i18n.language === 'fa' ? '٫' : i18n.language === 'az' ? ',' : '.'}${digits}`;
};

export default i18n;
