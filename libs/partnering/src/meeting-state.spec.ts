import { nextMeetingStatus } from './meeting-state';

describe('a meeting request', () => {
  it('is accepted, declined or withdrawn while it is open', () => {
    expect(nextMeetingStatus('requested', 'accept')).toBe('accepted');
    expect(nextMeetingStatus('requested', 'decline')).toBe('declined');
    expect(nextMeetingStatus('accepted', 'cancel')).toBe('cancelled');
  });

  it('cannot be answered twice', () => {
    expect(() => nextMeetingStatus('declined', 'accept')).toThrow(
      expect.objectContaining({ code: 'meeting.wrong-state', params: { state: 'declined', event: 'accept' } }),
    );
    expect(() => nextMeetingStatus('accepted', 'decline')).toThrow(expect.objectContaining({ status: 409 }));
  });
});
