import type { Locale } from '@hamkar/common/pure';

export interface DigestItem {
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
}

/** What each kind is called in a mail; kinds not listed carry their own, already translated, title. */
const LABELS: Record<string, Record<Locale, string>> = {
  mention: { en: 'You were mentioned', fa: 'از شما نام برده شد', az: 'Sizi qeyd etdilər' },
  'direct-message': { en: 'Direct message', fa: 'پیام مستقیم', az: 'Şəxsi mesaj' },
  'procurement.published': { en: 'New joint purchase', fa: 'خرید جمعی تازه', az: 'Yeni birgə alış' },
  'procurement.invited': { en: 'You are invited to quote', fa: 'دعوت به ارائهٔ قیمت', az: 'Qiymət təklifinə dəvət' },
  'procurement.awarded': { en: 'Joint purchase awarded', fa: 'خرید جمعی واگذار شد', az: 'Birgə alış təsdiqləndi' },
  'procurement.not-awarded': { en: 'Your quote was not chosen', fa: 'پیشنهاد شما انتخاب نشد', az: 'Təklifiniz seçilmədi' },
  'procurement.join-deadline-tomorrow': { en: 'Joining closes tomorrow', fa: 'مهلت پیوستن فردا تمام می‌شود', az: 'Qoşulma sabah bağlanır' },
  'procurement.quote-deadline-tomorrow': {
    en: 'Quoting closes tomorrow',
    fa: 'مهلت قیمت‌دهی فردا تمام می‌شود',
    az: 'Təkliflər sabah bağlanır',
  },
  'procurement.question-asked': { en: 'A supplier asked a question', fa: 'یک تأمین‌کننده پرسشی فرستاد', az: 'Təchizatçı sual verdi' },
  'procurement.question-answered': { en: 'A question was answered', fa: 'به یک پرسش پاسخ داده شد', az: 'Suala cavab verildi' },
  'procurement.amended': { en: 'A joint purchase was amended', fa: 'خرید جمعی اصلاح شد', az: 'Birgə alışa düzəliş edildi' },
  'procurement.orders-placed': { en: 'New orders to accept', fa: 'سفارش‌های تازه برای پذیرش', az: 'Qəbul üçün yeni sifarişlər' },
};

const WORDS: Record<
  Locale,
  { subject: (n: string) => string; hello: (name: string) => string; more: (n: string) => string; open: string }
> = {
  en: {
    subject: (n) => `${n} unread on Hamkar`,
    hello: (name) => `Hello ${name},\n\nWhile you were away:`,
    more: (n) => `…and ${n} more.`,
    open: 'Open Hamkar',
  },
  fa: {
    subject: (n) => `${n} اعلان خوانده‌نشده در همکار`,
    hello: (name) => `${name} عزیز،\n\nدر نبودِ شما:`,
    more: (n) => `…و ${n} مورد دیگر.`,
    open: 'همکار را باز کنید',
  },
  az: {
    subject: (n) => `Hamkar-da ${n} oxunmamış bildiriş`,
    hello: (name) => `Salam, ${name}!\n\nSiz yoxkən:`,
    more: (n) => `…və daha ${n}.`,
    open: 'Hamkar-ı açın',
  },
};

/** At most this many are listed; the count in the subject is all of them. */
export const DIGEST_LISTED = 20;

/** One e-mail for what a person missed, in their language (Persian with Persian digits). */
export function digestMail(locale: Locale, displayName: string, items: DigestItem[], publicUrl: string): { subject: string; text: string } {
  const lang = WORDS[locale] ? locale : 'en';
  const words = WORDS[lang];
  const count = (n: number) => new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : lang).format(n);
  const base = publicUrl.replace(/\/$/, '');
  const lines = items.slice(0, DIGEST_LISTED).map((item) => {
    const label = LABELS[item.kind]?.[lang];
    const head = label ? (item.title && item.title !== item.kind ? `${label}: ${item.title}` : label) : item.title;
    return [`• ${head}`, item.body ? `  ${item.body}` : null, item.link ? `  ${base}/#${item.link}` : null].filter(Boolean).join('\n');
  });
  if (items.length > DIGEST_LISTED) lines.push(words.more(count(items.length - DIGEST_LISTED)));
  return {
    subject: words.subject(count(items.length)),
    text: `${words.hello(displayName)}\n\n${lines.join('\n\n')}\n\n${words.open}: ${base}/\n`,
  };
}
