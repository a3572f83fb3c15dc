import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '@hamkar/clusters';
import { Forbidden, NotFound, RuleBroken } from '@hamkar/common';
import { Queues } from '@hamkar/jobs';
import { Notifier } from '@hamkar/notifications';
import { Outbox } from '@hamkar/outbox';
import { nextMeetingStatus } from './meeting-state';
import { PartnerMeeting } from './meeting.entity';
import { PartnerOffer } from './offer.entity';

/** How long before a meeting both people are reminded. */
export const MEETING_REMINDER_LEAD_MS = 60 * 60_000;

const meetingView = (m: PartnerMeeting) => ({
  id: m.id,
  clusterId: m.clusterId,
  requestedBy: m.requestedBy,
  inviteeId: m.inviteeId,
  offerId: m.offerId,
  agenda: m.agenda,
  proposedTimes: m.proposedTimes.map((t) => new Date(t).toISOString()),
  status: m.status,
  startsAt: m.startsAt ? new Date(m.startsAt).toISOString() : null,
  remindedAt: m.remindedAt,
  createdAt: m.createdAt,
});

/**
 * One-to-one meetings: a member proposes times, the other accepts one or declines; once accepted
 * both are reminded once, by a delayed job written with the acceptance (through the outbox).
 */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly notifier: Notifier,
    private readonly outbox: Outbox,
  ) {}

  async request(userId: string, clusterId: string, input: { inviteeId: string; proposedTimes: Date[]; agenda: string; offerId?: string }) {
    if (input.inviteeId === userId) throw new RuleBroken('A meeting needs someone else', { code: 'meeting.with-yourself' });
    const now = Date.now();
    if (input.proposedTimes.some((t) => t.getTime() <= now))
      throw new RuleBroken(
        'Proposed times must be in the future',
        [{ field: 'proposedTimes', message: 'must all be in the future', code: 'meeting.time-in-past' }],
        { code: 'meeting.time-in-past' },
      );
    const meeting = await this.dataSource.transaction(async (manager) => {
      await this.policy.authorize(userId, clusterId, 'meeting.request', 'cluster', manager);
      if (!(await this.policy.membership(input.inviteeId, clusterId, manager)))
        throw new RuleBroken(
          'The person invited is not in this cluster',
          [{ field: 'inviteeId', message: 'is not a member of this cluster', code: 'meeting.invitee-not-member' }],
          { code: 'meeting.invitee-not-member' },
        );
      if (input.offerId && !(await manager.existsBy(PartnerOffer, { id: input.offerId, clusterId }))) throw new NotFound('offer');
      const times = [...new Set(input.proposedTimes.map((t) => t.getTime()))].sort((a, b) => a - b).map((t) => new Date(t));
      const m = await manager.save(
        PartnerMeeting,
        manager.create(PartnerMeeting, {
          clusterId,
          requestedBy: userId,
          inviteeId: input.inviteeId,
          offerId: input.offerId ?? null,
          agenda: input.agenda,
          proposedTimes: times,
          status: 'requested',
        }),
      );
      await this.notifier.notify(manager, {
        clusterId,
        userIds: [input.inviteeId],
        kind: 'meeting.requested',
        title: input.agenda,
        link: `/meetings/${m.id}`,
        data: { meetingId: m.id, proposedTimes: times.map((t) => t.toISOString()) },
        dedupeKey: `meeting-requested:${m.id}`,
      });
      return m;
    });
    return meetingView(meeting);
  }

  async mine(userId: string, clusterId: string) {
    await this.policy.authorize(userId, clusterId, 'offer.read');
    const rows = await this.dataSource.manager.find(PartnerMeeting, {
      where: [
        { clusterId, requestedBy: userId },
        { clusterId, inviteeId: userId },
      ],
      order: { createdAt: 'DESC' },
      take: 200,
    });
    return { items: rows.map(meetingView), nextCursor: null };
  }

  async get(userId: string, id: string) {
    return meetingView(await this.load(userId, id));
  }

  async accept(userId: string, id: string, startsAt: Date) {
    const meeting = await this.dataSource.transaction(async (manager) => {
      const m = await this.load(userId, id, manager);
      if (m.inviteeId !== userId)
        throw new Forbidden('Only the person invited answers a meeting request', { code: 'meeting.invitee-only' });
      m.status = nextMeetingStatus(m.status, 'accept');
      if (!m.proposedTimes.some((t) => new Date(t).getTime() === startsAt.getTime()))
        throw new RuleBroken(
          'Accept one of the proposed times',
          [{ field: 'startsAt', message: 'must be one of proposedTimes', code: 'meeting.time-not-proposed' }],
          { code: 'meeting.time-not-proposed' },
        );
      if (startsAt.getTime() <= Date.now())
        throw new RuleBroken(
          'That time has passed',
          [{ field: 'startsAt', message: 'must be in the future', code: 'meeting.time-in-past' }],
          { code: 'meeting.time-in-past' },
        );
      m.startsAt = startsAt;
      await manager.save(PartnerMeeting, m);
      await this.notifier.notify(manager, {
        clusterId: m.clusterId,
        userIds: [m.requestedBy],
        kind: 'meeting.accepted',
        title: m.agenda,
        link: `/meetings/${m.id}`,
        data: { meetingId: m.id, startsAt: startsAt.toISOString() },
        dedupeKey: `meeting-accepted:${m.id}`,
      });
      // The job id names the meeting and its time: written twice, it is still one reminder.
      await this.outbox.add(manager, {
        queue: Queues.meetings,
        name: 'remind',
        jobId: `meeting-remind-${m.id}-${startsAt.getTime()}`,
        runAt: new Date(startsAt.getTime() - MEETING_REMINDER_LEAD_MS),
        data: { meetingId: m.id, startsAt: startsAt.toISOString() },
      });
      return m;
    });
    return meetingView(meeting);
  }

  async decline(userId: string, id: string) {
    const meeting = await this.dataSource.transaction(async (manager) => {
      const m = await this.load(userId, id, manager);
      if (m.inviteeId !== userId)
        throw new Forbidden('Only the person invited answers a meeting request', { code: 'meeting.invitee-only' });
      m.status = nextMeetingStatus(m.status, 'decline');
      await manager.save(PartnerMeeting, m);
      await this.notifier.notify(manager, {
        clusterId: m.clusterId,
        userIds: [m.requestedBy],
        kind: 'meeting.declined',
        title: m.agenda,
        link: `/meetings/${m.id}`,
        data: { meetingId: m.id },
        dedupeKey: `meeting-declined:${m.id}`,
      });
      return m;
    });
    return meetingView(meeting);
  }

  async cancel(userId: string, id: string) {
    const meeting = await this.dataSource.transaction(async (manager) => {
      const m = await this.load(userId, id, manager);
      m.status = nextMeetingStatus(m.status, 'cancel');
      await manager.save(PartnerMeeting, m);
      const other = m.requestedBy === userId ? m.inviteeId : m.requestedBy;
      await this.notifier.notify(manager, {
        clusterId: m.clusterId,
        userIds: [other],
        kind: 'meeting.cancelled',
        title: m.agenda,
        link: `/meetings/${m.id}`,
        data: { meetingId: m.id },
        dedupeKey: `meeting-cancelled:${m.id}`,
      });
      return m;
    });
    return meetingView(meeting);
  }

  /** The worker's reminder: once, and only for a meeting still accepted at the time it was scheduled for. */
  async remind(meetingId: string, startsAt: string): Promise<'sent' | 'stale'> {
    return this.dataSource.transaction(async (manager) => {
      const m = await manager.findOne(PartnerMeeting, { where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
      if (!m || m.status !== 'accepted' || !m.startsAt || new Date(m.startsAt).getTime() !== new Date(startsAt).getTime() || m.remindedAt)
        return 'stale';
      m.remindedAt = new Date();
      await manager.save(PartnerMeeting, m);
      await this.notifier.notify(manager, {
        clusterId: m.clusterId,
        userIds: [m.requestedBy, m.inviteeId],
        kind: 'meeting.reminder',
        title: m.agenda,
        link: `/meetings/${m.id}`,
        data: { meetingId: m.id, startsAt },
        dedupeKey: `meeting-reminder:${m.id}:${startsAt}`,
      });
      return 'sent';
    });
  }

  /** The two people of a meeting see it; anyone else gets the 404 an unknown id gets. */
  private async load(userId: string, id: string, manager: EntityManager = this.dataSource.manager) {
    const m = await manager.findOne(PartnerMeeting, {
      where: { id },
      lock: manager.queryRunner?.isTransactionActive ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!m || (m.requestedBy !== userId && m.inviteeId !== userId)) throw new NotFound('meeting');
    await this.policy.requireMember(userId, m.clusterId, 'meeting', manager);
    return m;
  }
}
