import { mentionedUserIds } from './mentions';

describe('mentions in a message body', () => {
  it('finds each mentioned user once', () => {
    const a = '11111111-2222-4333-8444-555555555555';
    const b = 'AAAAAAAA-2222-4333-8444-555555555555';
    expect(mentionedUserIds(`سلام <@${a}> و <@${b}>, again <@${a}>`)).toEqual([a, b.toLowerCase()]);
  });

  it('ignores an @ that is not a mention token', () => {
    expect(mentionedUserIds('email me at ali@example.ir or @ali')).toEqual([]);
  });
});
