import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import az from './locales/az.json';
import en from './locales/en.json';
import fa from './locales/fa.json';
import { formatDate as formatDateIn, formatDateTime, formatNumber as formatNumberIn, loadLocaleData } from './locale/format';

export type Locale = 'fa' | 'az' | 'en';
export const LOCALES: Locale[] = ['fa', 'az', 'en'];
const STORAGE = 'hamkar.locale';

const isLocale = (v: unknown): v is Locale => LOCALES.includes(v as Locale);

/** A first visit speaks the first of the browser's preferred languages that we have (`fa-IR` → fa). */
export function preferredLocale(): Locale {
  const saved = localStorage.getItem(STORAGE);
  if (isLocale(saved)) return saved;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

const initial = preferredLocale();
void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, fa: { translation: fa }, az: { translation: az } },
  lng: initial,
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});

function setDocumentLocale(locale: Locale) {
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'fa' ? 'rtl' : 'ltr';
}
setDocumentLocale(initial);

/** Number data for the first language, before the first render. */
export const localeReady = loadLocaleData(initial);

/** Switches language and writing direction together (Persian is right to left), once its number data is in. */
export async function applyLocale(locale: Locale) {
  localStorage.setItem(STORAGE, locale);
  await loadLocaleData(locale);
  setDocumentLocale(locale);
  await i18n.changeLanguage(locale);
}

const current = (): Locale => (isLocale(i18n.language) ? i18n.language : 'en');

/** @deprecated use `useFormat().date` / `.dateTime` from locale/format. */
export const formatDate = (value: string | Date, withTime = false) => (withTime ? formatDateTime(current(), value) : formatDateIn(current(), value));

/** @deprecated use `useFormat().number` from locale/format. */
export const formatNumber = (value: string | number) => formatNumberIn(current(), value);

export default i18n;
