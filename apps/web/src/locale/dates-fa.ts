import { format, formatDistanceToNowStrict } from 'date-fns-jalali';
import { faIR } from 'date-fns-jalali/locale';

/** Solar Hijri dates with Persian month names: loaded only for Persian readers. */
export const jalali = {
  format: (d: Date, pattern: string) => format(d, pattern, { locale: faIR }),
  relative: (d: Date) => formatDistanceToNowStrict(d, { addSuffix: true, locale: faIR }),
};
