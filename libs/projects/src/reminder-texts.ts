import type { Locale } from '@hamkar/common/pure';

const TEXTS: Record<string, Record<Locale, (title: string, date: string) => string>> = {
  'task.due-tomorrow': { en: (t) => `Due tomorrow: ${t}`, fa: (t) => `موعد فردا: ${t}`, az: (t) => `Sabah son gündür: ${t}` },
  'task.overdue': {
    en: (t, d) => `Overdue since ${d}: ${t}`,
    fa: (t, d) => `از ${d} عقب افتاده: ${t}`,
    az: (t, d) => `${d} tarixindən gecikir: ${t}`,
  },
  'milestone.at-risk': {
    en: (t, d) => `Milestone at risk (due ${d}): ${t}`,
    fa: (t, d) => `نقطه عطف در خطر (موعد ${d}): ${t}`,
    az: (t, d) => `Mərhələ risk altındadır (son gün ${d}): ${t}`,
  },
};

/** Reminder wording in the recipient's language; dates as Solar Hijri for Persian readers. */
export function reminderText(kind: string, locale: Locale, title: string, isoDate: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  const shown =
    locale === 'fa'
      ? new Intl.DateTimeFormat('fa-IR-u-ca-persian', { dateStyle: 'medium', timeZone: 'UTC' }).format(date)
      : new Intl.DateTimeFormat(locale === 'az' ? 'az-Latn-AZ' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  return (TEXTS[kind]?.[locale] ?? TEXTS[kind].en)(title, shown);
}
