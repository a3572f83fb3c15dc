import { DEFAULT_PUSH_SETTINGS, mayPush } from './push-policy';

describe('when a push may wake a phone', () => {
  it('pushes mentions, direct messages and deadlines by default, not every procurement event', () => {
    const at = new Date('2026-11-25T12:00:00Z');
    expect(mayPush(DEFAULT_PUSH_SETTINGS, 'mention', at)).toBe(true);
    expect(mayPush(DEFAULT_PUSH_SETTINGS, 'procurement.quote-deadline-tomorrow', at)).toBe(true);
    expect(mayPush(DEFAULT_PUSH_SETTINGS, 'procurement.published', at)).toBe(false);
  });

  it('keeps quiet hours that run over midnight in the person’s own time zone', () => {
    const night = { ...DEFAULT_PUSH_SETTINGS, quietFrom: 22 * 60, quietUntil: 7 * 60, timeZone: 'Asia/Tehran' };
    // 20:00 UTC is 23:30 in Tehran; 05:00 UTC is 08:30.
    expect(mayPush(night, 'mention', new Date('2026-11-25T20:00:00Z'))).toBe(false);
    expect(mayPush(night, 'mention', new Date('2026-11-26T05:00:00Z'))).toBe(true);
  });

  it('respects a kind turned off', () => {
    expect(mayPush({ ...DEFAULT_PUSH_SETTINGS, kinds: ['mention'] }, 'direct-message', new Date())).toBe(false);
  });
});
