/** The languages Hamkar speaks: Persian, Azerbaijani, English. */
export const LOCALES = ['fa', 'az', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
