import type { Locale } from '@hamkar/common/pure';
import type { MatchReason } from './match-score';

type Template = (p: Record<string, string | number>) => string;

const faDigits = (v: string | number) => Number(v).toLocaleString('fa-IR');
const azNum = (v: string | number) => Number(v).toLocaleString('az-Latn-AZ');
const enNum = (v: string | number) => Number(v).toLocaleString('en');

const TEMPLATES: Record<Locale, Record<string, Template>> = {
  en: {
    'category.exact': (p) => `Sells exactly this product (HS ${p.code})`,
    'category.broader': (p) => `Sells the wider category HS ${p.code}`,
    capacity: (p) => `Monthly capacity covers ${enNum(p.percent)}% of the pooled quantity`,
    distance: (p) => `${enNum(p.km)} km from the delivery point (delivers within ${enNum(p.radiusKm)} km)`,
    'lead-time': (p) => `Delivers in ${enNum(p.days)} days, ${enNum(p.spare)} days before the need`,
    performance: (p) =>
      `Of ${enNum(p.total)} past orders: ${enNum(p.onTime)} on time, ${enNum(p.inFull ?? p.total)} in full, ${enNum(p.withoutIssue ?? p.total)} without issue`,
    'performance.new': () => 'No past orders on Hamkar yet',
  },
  fa: {
    'category.exact': (p) => `دقیقاً همین کالا را می‌فروشد (کد HS ${p.code})`,
    'category.broader': (p) => `در گروه کلی‌تر HS ${p.code} فعال است`,
    capacity: (p) => `ظرفیت ماهانه ${faDigits(p.percent)}٪ مقدار تجمیع‌شده را پوشش می‌دهد`,
    distance: (p) => `${faDigits(p.km)} کیلومتر تا محل تحویل (شعاع خدمت ${faDigits(p.radiusKm)} کیلومتر)`,
    'lead-time': (p) => `تحویل در ${faDigits(p.days)} روز، ${faDigits(p.spare)} روز پیش از موعد نیاز`,
    performance: (p) =>
      `از ${faDigits(p.total)} سفارش گذشته: ${faDigits(p.onTime)} به‌موقع، ${faDigits(p.inFull ?? p.total)} کامل، ${faDigits(p.withoutIssue ?? p.total)} بی‌ایراد`,
    'performance.new': () => 'هنوز سابقه سفارشی در همکار ندارد',
  },
  az: {
    'category.exact': (p) => `Məhz bu məhsulu satır (HS ${p.code})`,
    'category.broader': (p) => `Daha geniş HS ${p.code} kateqoriyasında satır`,
    capacity: (p) => `Aylıq güc birləşdirilmiş miqdarın ${azNum(p.percent)}%-ni ödəyir`,
    distance: (p) => `Çatdırılma yerindən ${azNum(p.km)} km (${azNum(p.radiusKm)} km radiusda çatdırır)`,
    'lead-time': (p) => `${azNum(p.days)} günə çatdırır, ehtiyacdan ${azNum(p.spare)} gün əvvəl`,
    performance: (p) =>
      `Keçmiş ${azNum(p.total)} sifarişdən: ${azNum(p.onTime)} vaxtında, ${azNum(p.inFull ?? p.total)} tam, ${azNum(p.withoutIssue ?? p.total)} qüsursuz`,
    'performance.new': () => 'Hamkarda hələ keçmiş sifarişi yoxdur',
  },
};

/** Human-readable reasons in the reader's language. */
export function renderReasons(reasons: MatchReason[], locale: Locale): string[] {
  const t = TEMPLATES[locale] ?? TEMPLATES.en;
  return reasons.map((r) => (t[r.code] ?? TEMPLATES.en[r.code] ?? (() => r.code))(r.params));
}
