import type { Locale } from '@hamkar/common/pure';

const ROLES: Record<string, Record<Locale, string>> = {
  admin: { en: 'an admin', fa: 'مدیر', az: 'admin' },
  agent: { en: 'an agent', fa: 'کارگزار', az: 'agent' },
  member: { en: 'a member', fa: 'عضو', az: 'üzv' },
  supplier: { en: 'a supplier', fa: 'تأمین‌کننده', az: 'təchizatçı' },
  observer: { en: 'an observer', fa: 'ناظر', az: 'müşahidəçi' },
};

const WORDS: Record<
  Locale,
  { subject: (cluster: string) => string; body: (cluster: string, role: string, link: string, until: string) => string }
> = {
  en: {
    subject: (c) => `You are invited to ${c} on Hamkar`,
    body: (c, r, link, until) =>
      `You have been invited to join ${c} as ${r}.\n\nAccept: ${link}\n\nThe link works once and expires on ${until}.`,
  },
  fa: {
    subject: (c) => `دعوت به ${c} در همکار`,
    body: (c, r, link, until) =>
      `شما برای پیوستن به ${c} با نقش ${r} دعوت شده‌اید.\n\nپذیرفتن: ${link}\n\nاین پیوند یک بار کار می‌کند و تا ${until} معتبر است.`,
  },
  az: {
    subject: (c) => `Hamkar-da ${c} klasterinə dəvət`,
    body: (c, r, link, until) =>
      `Siz ${c} klasterinə ${r} kimi qoşulmağa dəvət olunmusunuz.\n\nQəbul et: ${link}\n\nLink bir dəfə işləyir və ${until} tarixinədək etibarlıdır.`,
  },
};

/**
 * The invitation e-mail in the cluster's language, like every other mail: the invitee has no account
 * yet, so the cluster's language is the best guess of theirs. Dates in the reader's calendar
 * (Solar Hijri with Persian digits in Persian).
 */
export function invitationMail(
  locale: string,
  clusterName: string,
  role: string,
  link: string,
  expiresAt: Date,
): { subject: string; text: string } {
  const lang: Locale = locale === 'fa' || locale === 'az' ? locale : 'en';
  const until = new Intl.DateTimeFormat(lang === 'fa' ? 'fa-IR' : lang === 'az' ? 'az' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(expiresAt);
  const words = WORDS[lang];
  return { subject: words.subject(clusterName), text: words.body(clusterName, ROLES[role]?.[lang] ?? role, link, until) };
}
