import { format, formatDistanceToNowStrict } from 'date-fns';
import { az, enGB } from 'date-fns/locale';

/** Gregorian dates with CLDR month names (az, en): loaded only for readers of those languages. */
export const gregorian = {
  format: (d: Date, pattern: string, locale: 'az' | 'en') => format(d, pattern, { locale: locale === 'az' ? az : enGB }),
  relative: (d: Date, locale: 'az' | 'en') => formatDistanceToNowStrict(d, { addSuffix: true, locale: locale === 'az' ? az : enGB }),
};
