import { Conflict } from '@hamkar/common/pure';
import type { MeetingStatus } from './meeting.entity';

export type MeetingEvent = 'accept' | 'decline' | 'cancel';

/** A meeting's life, as a table: only a request still open can be answered or withdrawn. */
export const MEETING_TRANSITIONS: ReadonlyArray<{ from: MeetingStatus; event: MeetingEvent; to: MeetingStatus }> = [
  { from: 'requested', event: 'accept', to: 'accepted' },
  { from: 'requested', event: 'decline', to: 'declined' },
  { from: 'requested', event: 'cancel', to: 'cancelled' },
  { from: 'accepted', event: 'cancel', to: 'cancelled' },
];

export function nextMeetingStatus(from: MeetingStatus, event: MeetingEvent): MeetingStatus {
  const step = MEETING_TRANSITIONS.find((t) => t.from === from && t.event === event);
  if (!step) throw new Conflict(`A ${from} meeting cannot be ${event}ed`, { code: 'meeting.wrong-state', params: { state: from, event } });
  return step.to;
}
