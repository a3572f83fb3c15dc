import { invitationMail } from './invitation-mail';

describe('the invitation e-mail', () => {
  const at = new Date('2026-12-09T10:00:00Z');

  it('is written in Persian for a Persian cluster, with the date in the Solar Hijri calendar', () => {
    const mail = invitationMail('fa', 'خوشه فرش زنجان', 'supplier', 'https://hamkar.test/#/invitations/abc', at);
    expect(mail.subject).toBe('دعوت به خوشه فرش زنجان در همکار');
    expect(mail.text).toContain('با نقش تأمین‌کننده');
    expect(mail.text).toContain('https://hamkar.test/#/invitations/abc');
    expect(mail.text).toContain('۱۴۰۵');
    expect(mail.text).not.toMatch(/invited|expires/);
  });

  it('is written in Azerbaijani for an Azerbaijani cluster', () => {
    const mail = invitationMail('az', 'Sumqayıt Kimya', 'member', 'https://hamkar.test/#/invitations/abc', at);
    expect(mail.subject).toBe('Hamkar-da Sumqayıt Kimya klasterinə dəvət');
    expect(mail.text).toContain('üzv kimi');
  });

  it('falls back to English for any other language', () => {
    const mail = invitationMail('de', 'Zanjan Carpets', 'agent', 'https://hamkar.test/#/invitations/abc', at);
    expect(mail.subject).toBe('You are invited to Zanjan Carpets on Hamkar');
    expect(mail.text).toContain('as an agent');
    expect(mail.text).toContain('9 December 2026');
  });
});
