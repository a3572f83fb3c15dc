import type { Member } from '../types';
import { mentionParts, mentionQuery, namesToTokens, tokensToNames } from './mentions';

const joinedAt = '2026-01-01T00:00:00.000Z';

const ali: Member = { userId: '11111111-1111-4111-8111-111111111111', displayName: 'Ali', role: 'member', organizationId: null, joinedAt };
const aliRezaei: Member = {
  userId: '22222222-2222-4222-8222-222222222222',
  displayName: 'Ali Rezaei',
  role: 'member',
  organizationId: null,
  joinedAt,
};
const maryam: Member = {
  userId: '33333333-3333-4333-8333-333333333333',
  displayName: 'مریم کاظمی',
  role: 'agent',
  organizationId: null,
  joinedAt,
};

describe('mentions in the composer', () => {
  it('turns the names of members into mention tokens, the longest name first', () => {
    expect(namesToTokens('@Ali Rezaei and @Ali, see @مریم کاظمی', [ali, aliRezaei, maryam])).toBe(
      `<@${aliRezaei.userId}> and <@${ali.userId}>, see <@${maryam.userId}>`,
    );
  });

  it('leaves a name that is no member as plain text', () => {
    expect(namesToTokens('@Nobody here', [ali])).toBe('@Nobody here');
  });

  it('shows tokens as names again, and keeps a token of someone unknown', () => {
    const stranger = '<@44444444-4444-4444-8444-444444444444>';
    expect(tokensToNames(`hi <@${maryam.userId}> ${stranger}`, [maryam])).toBe(`hi @مریم کاظمی ${stranger}`);
  });

  it('cuts a body into text and the members its tokens name, for chips', () => {
    const stranger = '<@44444444-4444-4444-8444-444444444444>';
    expect(mentionParts(`سلام <@${maryam.userId}>، و <@${ali.userId.toUpperCase()}> ${stranger}!`, [ali, maryam])).toEqual([
      { text: 'سلام ' },
      { member: maryam },
      { text: '، و ' },
      { member: ali },
      { text: ` ${stranger}!` },
    ]);
    expect(mentionParts('', [ali])).toEqual([]);
  });

  it('finds the name being typed after an @, and nothing once a space or another mark follows', () => {
    expect(mentionQuery('prices for @مری')).toBe('مری');
    expect(mentionQuery('prices for @')).toBe('');
    expect(mentionQuery('prices for @Ali ')).toBeNull();
    expect(mentionQuery('no mention')).toBeNull();
  });
});
