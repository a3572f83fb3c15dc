import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
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

// Only the reader's language is downloaded; the others come if they switch. locales.spec.ts keeps the
// three files complete, so no fallback language is needed.
const TRANSLATIONS: Record<Locale, () => Promise<{ default: Record<string, unknown> }>> = {
  fa: () => import('./locales/fa.json'),
  az: () => import('./locales/az.json'),
  en: () => import('./locales/en.json'),
};
const translations = new Map<Locale, Promise<void>>();
function loadTranslations(locale: Locale): Promise<void> {
  if (!translations.has(locale))
    translations.set(
      locale,
      TRANSLATIONS[locale]().then((m) => void i18n.addResourceBundle(locale, 'translation', m.default)),
    );
  return translations.get(locale)!;
}

const initial = preferredLocale();
void i18n.use(initReactI18next).init({
  resources: {},
  lng: initial,
  fallbackLng: false,
  interpolation: { escapeValue: false },
});

function setDocumentLocale(locale: Locale) {
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'fa' ? 'rtl' : 'ltr';
}
setDocumentLocale(initial);

/** Words, number data and calendar of the first language, before the first render. */
export const localeReady = Promise.all([loadTranslations(initial), loadLocaleData(initial)]).then(() => {
  document.title = i18n.t('app.name');
});

/** Switches language and writing direction together (Persian is right to left), once its number data is in. */
export async function applyLocale(locale: Locale) {
  localStorage.setItem(STORAGE, locale);
  await Promise.all([loadTranslations(locale), loadLocaleData(locale)]);
  setDocumentLocale(locale);
  await i18n.changeLanguage(locale);
  document.title = i18n.t('app.name');
}

const current = (): Locale => (isLocale(i18n.language) ? i18n.language : 'en');

/** @deprecated use `useFormat().date` / `.dateTime` from locale/format. */
export const formatDate = (value: string | Date, withTime = false) =>
  withTime ? formatDateTime(current(), value) : formatDateIn(current(), value);

/** @deprecated use `useFormat().number` from locale/format. */
export const formatNumber = (value: string | number) => formatNumberIn(current(), value);

export default i18n;
