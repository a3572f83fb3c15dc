import { mentionedUserIds, mentionsWholeChannel } from './mentions';

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

describe('@channel in a message body', () => {
  it('mentions the whole channel when written as a word', () => {
    expect(mentionsWholeChannel('@channel the truck leaves at 9')).toBe(true);
    expect(mentionsWholeChannel('دوستان @channel لطفا ببینید')).toBe(true);
  });

  it('does not count an address or a longer word', () => {
    expect(mentionsWholeChannel('write to sales@channel.ir')).toBe(false);
    expect(mentionsWholeChannel('@channels are many')).toBe(false);
  });
});
