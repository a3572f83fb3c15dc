import { digestMail, DIGEST_LISTED } from './digest-mail';

const mention = { kind: 'mention', title: 'mention', body: 'قیمت پشم چند است؟', link: '/channels/c1?seq=4' };

describe('the e-mail digest of what someone missed', () => {
  it('names each kind in the reader’s language, with the preview and a link into the app', () => {
    const mail = digestMail(
      'en',
      'Ali',
      [mention, { kind: 'procurement.awarded', title: 'Wool for spring', body: '1200.50 AZN', link: '/procurements/p1' }],
      'https://hamkar.example/',
    );
    expect(mail.subject).toBe('2 unread on Hamkar');
    expect(mail.text).toContain('Hello Ali,');
    expect(mail.text).toContain('• You were mentioned\n  قیمت پشم چند است؟\n  https://hamkar.example/#/channels/c1?seq=4');
    expect(mail.text).toContain('• Joint purchase awarded: Wool for spring\n  1200.50 AZN');
  });

  it('writes Persian with Persian digits, and Azerbaijani in its own words', () => {
    expect(digestMail('fa', 'مریم', [mention, mention, mention], 'https://h.example').subject).toBe('۳ اعلان خوانده‌نشده در همکار');
    expect(digestMail('az', 'Leyla', [mention], 'https://h.example').text).toContain('• Sizi qeyd etdilər');
  });

  it('keeps a translated title as it is for kinds it has no label for', () => {
    expect(
      digestMail(
        'en',
        'Ali',
        [{ kind: 'task.overdue', title: 'Overdue since 3 Mar: dye order', body: null, link: null }],
        'https://h.example',
      ).text,
    ).toContain('• Overdue since 3 Mar: dye order\n\nOpen Hamkar');
  });

  it('lists a long backlog only in part, and says how much is left', () => {
    const mail = digestMail(
      'en',
      'Ali',
      Array.from({ length: DIGEST_LISTED + 5 }, () => mention),
      'https://h.example',
    );
    expect(mail.subject).toBe(`${DIGEST_LISTED + 5} unread on Hamkar`);
    expect(mail.text.match(/• /g)).toHaveLength(DIGEST_LISTED);
    expect(mail.text).toContain('…and 5 more.');
  });
});
