import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy, ClusterPeople, clusterSql } from '@hamkar/clusters';
import { BadInput, Conflict, Forbidden, NotFound } from '@hamkar/common';
import { RealtimePublisher, rooms } from '@hamkar/realtime';
import { ChannelAccessPolicy } from './channel-access';
import { Channel, ChannelKind } from './channel.entity';
import { ChannelMember } from './channel-member.entity';

export const channelView = (c: Channel) => ({
  id: c.id,
  clusterId: c.clusterId,
  name: c.name,
  kind: c.kind,
  topic: c.topic,
  lastSeq: Number(c.lastSeq),
  archivedAt: c.archivedAt ?? null,
  createdAt: c.createdAt,
});
export type ChannelView = ReturnType<typeof channelView>;

export interface ChannelListItem extends ChannelView {
  isMember: boolean;
  unreadCount: number;
  mentionCount: number;
  /** When the oldest message not read yet was written (the reader's own do not count): chat opens there first. */
  firstUnreadAt: Date | null;
  firstMentionAt: Date | null;
  lastReadSeq: number;
  memberIds: string[];
}

@Injectable()
export class ChannelsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly access: ChannelAccessPolicy,
    private readonly realtime: RealtimePublisher,
    private readonly clusterPeople: ClusterPeople,
  ) {}

  async create(
    userId: string,
    clusterId: string,
    input: { name: string; kind: 'public' | 'private'; topic?: string },
  ): Promise<ChannelView> {
    const channel = await this.dataSource.transaction(async (manager) => {
      await this.policy.authorize(userId, clusterId, 'channel.create', 'cluster', manager);
      const taken = await manager
        .createQueryBuilder(Channel, 'c')
        .where('c.cluster_id = :clusterId AND lower(c.name) = lower(:name) AND c.kind IN (:...kinds)', {
          clusterId,
          name: input.name,
          kinds: ['public', 'private'],
        })
        .getExists();
      if (taken)
        throw new Conflict(`A channel named "${input.name}" already exists`, { code: 'channel.name-taken', params: { name: input.name } });
      const created = await manager.save(
        Channel,
        manager.create(Channel, { clusterId, name: input.name, kind: input.kind, topic: input.topic ?? null, createdBy: userId }),
      );
      await manager.insert(ChannelMember, { channelId: created.id, userId });
      return created;
    });
    this.realtime.joinRoom([userId], rooms.channel(channel.id));
    if (channel.kind === 'public') this.realtime.toCluster(clusterId, 'channel:updated', channelView(channel));
    return channelView(channel);
  }

  /** The DM (two people) or group DM of `userIds` and the caller: one channel per set of people. */
  async direct(userId: string, clusterId: string, userIds: string[]): Promise<ChannelView> {
    const people = [...new Set([userId, ...userIds.map((u) => u.toLowerCase())])].sort();
    if (people.length < 2)
      throw new BadInput(
        'A direct channel needs at least one other person',
        [{ field: 'userIds', message: 'must name someone other than you', code: 'direct.needs-someone' }],
        { code: 'direct.needs-someone' },
      );
    if (people.length > 9)
      throw new BadInput(
        'A group DM has at most 9 people',
        [{ field: 'userIds', message: 'at most 8 other people', code: 'direct.too-many', params: { max: 8 } }],
        { code: 'direct.too-many', params: { max: 8 } },
      );
    const directKey = people.join(',');
    const { channel, created } = await this.dataSource.transaction(async (manager) => {
      await this.policy.authorize(userId, clusterId, 'direct.open', 'cluster', manager);
      const members = await this.clusterPeople.among(clusterId, people, manager);
      if (members.length !== people.length) throw new NotFound('user');
      const existing = await manager.findOneBy(Channel, { clusterId, directKey });
      if (existing) return { channel: existing, created: false };
      await manager
        .createQueryBuilder()
        .insert()
        .into(Channel)
        .values({ clusterId, name: 'direct', kind: 'direct', directKey, createdBy: userId })
        .orIgnore()
        .execute();
      const channel = await manager.findOneByOrFail(Channel, { clusterId, directKey });
      await manager
        .createQueryBuilder()
        .insert()
        .into(ChannelMember)
        .values(people.map((u) => ({ channelId: channel.id, userId: u })))
        .orIgnore()
        .execute();
      return { channel, created: true };
    });
    if (created) {
      this.realtime.joinRoom(people, rooms.channel(channel.id));
      this.realtime.toUsers(people, 'channel:updated', channelView(channel));
    }
    return channelView(channel);
  }

  async list(userId: string, clusterId: string): Promise<ChannelListItem[]> {
    await this.policy.authorize(userId, clusterId, 'channel.read');
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT c.*, cm.user_id IS NOT NULL AS is_member, COALESCE(cm.last_read_seq, 0) AS last_read_seq,
              (SELECT count(*) FROM messages m WHERE cm.user_id IS NOT NULL AND m.channel_id = c.id AND m.seq > cm.last_read_seq
                  AND m.author_id <> $1 AND m.deleted_at IS NULL) AS unread_count,
              (SELECT count(*) FROM messages m WHERE cm.user_id IS NOT NULL AND m.channel_id = c.id AND m.seq > cm.last_read_seq
                  AND m.deleted_at IS NULL AND $1 = ANY (m.mentions)) AS mention_count,
              (SELECT m.created_at FROM messages m WHERE cm.user_id IS NOT NULL AND m.channel_id = c.id AND m.seq > cm.last_read_seq
                  AND m.author_id <> $1 AND m.deleted_at IS NULL ORDER BY m.seq LIMIT 1) AS first_unread_at,
              (SELECT m.created_at FROM messages m WHERE cm.user_id IS NOT NULL AND m.channel_id = c.id AND m.seq > cm.last_read_seq
                  AND m.deleted_at IS NULL AND $1 = ANY (m.mentions) ORDER BY m.seq LIMIT 1) AS first_mention_at,
              CASE WHEN c.kind = 'direct' THEN (SELECT array_agg(x.user_id ORDER BY x.user_id) FROM channel_members x WHERE x.channel_id = c.id) ELSE '{}' END AS member_ids
         FROM channels c
         LEFT JOIN channel_members cm ON cm.channel_id = c.id AND cm.user_id = $1
        WHERE c.cluster_id = $2 AND (c.kind = 'public' OR cm.user_id IS NOT NULL)
        ORDER BY c.kind = 'direct', lower(c.name), c.created_at`,
      [userId, clusterId],
    );
    return rows.map((r) => ({
      id: r.id as string,
      clusterId: r.cluster_id as string,
      name: r.name as string,
      kind: r.kind as ChannelKind,
      topic: r.topic as string | null,
      lastSeq: Number(r.last_seq),
      archivedAt: (r.archived_at as Date | null) ?? null,
      createdAt: r.created_at as Date,
      isMember: r.is_member as boolean,
      lastReadSeq: Number(r.last_read_seq),
      unreadCount: Number(r.unread_count),
      mentionCount: Number(r.mention_count),
      firstUnreadAt: (r.first_unread_at as Date | null) ?? null,
      firstMentionAt: (r.first_mention_at as Date | null) ?? null,
      memberIds: (r.member_ids as string[]) ?? [],
    }));
  }

  async get(userId: string, channelId: string): Promise<ChannelView> {
    return channelView((await this.access.read(userId, channelId)).channel);
  }

  async join(userId: string, channelId: string): Promise<ChannelView> {
    const { channel } = await this.dataSource.transaction(async (manager) => {
      const access = await this.access.act(userId, channelId, 'channel.read', manager);
      if (access.channel.kind !== 'public') throw new NotFound('channel');
      await this.addSeats(manager, channelId, [userId]);
      return access;
    });
    this.realtime.joinRoom([userId], rooms.channel(channelId));
    return channelView(channel);
  }

  async leave(userId: string, channelId: string): Promise<void> {
    await this.access.read(userId, channelId);
    await this.dataSource.getRepository(ChannelMember).delete({ channelId, userId });
    this.realtime.leaveRoom([userId], rooms.channel(channelId));
  }

  /**
   * Who sits in the channel, for anyone who may read it: people still in the cluster, in the order
   * they came. Their roles and organizations are the cluster's member list.
   */
  async members(userId: string, channelId: string): Promise<Array<{ userId: string; joinedAt: Date }>> {
    const { channel } = await this.access.read(userId, channelId);
    const rows: Array<{ user_id: string; joined_at: Date }> = await this.dataSource.query(
      `SELECT cm.user_id, cm.joined_at FROM channel_members cm
        WHERE cm.channel_id = $1 AND cm.user_id IN ${clusterSql.memberIds('$2')} ORDER BY cm.joined_at, cm.user_id`,
      [channelId, channel.clusterId],
    );
    return rows.map((r) => ({ userId: r.user_id, joinedAt: r.joined_at }));
  }

  /** A channel member brings in another member of the cluster (private channels grow this way). */
  async addMember(callerId: string, channelId: string, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const access = await this.access.read(callerId, channelId, manager);
      if (!access.seat) throw new NotFound('channel');
      if (access.channel.kind === 'direct')
        throw new Conflict('People cannot be added to a direct conversation; start a new one', { code: 'direct.closed-membership' });
      if (!(await this.policy.membership(userId, access.channel.clusterId, manager))) throw new NotFound('user');
      await this.addSeats(manager, channelId, [userId]);
    });
    this.realtime.joinRoom([userId], rooms.channel(channelId));
    this.realtime.toUsers([userId], 'channel:updated', await this.get(userId, channelId));
  }

  /**
   * Topic: any member of the channel. Archiving (and bringing back): the channel's creator or a
   * cluster admin. Direct channels have neither.
   */
  async update(userId: string, channelId: string, change: { topic?: string | null; archived?: boolean }): Promise<ChannelView> {
    const channel = await this.dataSource.transaction(async (manager) => {
      const access = await this.access.read(userId, channelId, manager);
      if (!access.seat) throw new NotFound('channel');
      if (access.channel.kind === 'direct')
        throw new Conflict('A direct conversation has no topic and cannot be archived', { code: 'direct.no-topic' });
      // Setting the topic speaks in the channel: those who may not post (observers) may not.
      if (change.topic !== undefined && !this.policy.can(access.membership, 'message.post'))
        throw new Forbidden(`Your role (${access.membership.role}) may not do this: message.post`, {
          code: 'access.denied',
          params: { action: 'message.post', role: access.membership.role },
        });
      const locked = await manager.findOneOrFail(Channel, { where: { id: channelId }, lock: { mode: 'pessimistic_write' } });
      if (change.archived !== undefined) {
        if (locked.createdBy !== userId) await this.policy.authorize(userId, locked.clusterId, 'message.moderate', 'channel', manager);
        locked.archivedAt = change.archived ? (locked.archivedAt ?? new Date()) : null;
      }
      if (change.topic !== undefined) locked.topic = change.topic?.trim() || null;
      return manager.save(Channel, locked);
    });
    this.realtime.toChannel(channelId, 'channel:updated', channelView(channel));
    return channelView(channel);
  }

  /** Moves the caller's read marker forward (never back). */
  async markRead(userId: string, channelId: string, seq: number): Promise<{ lastReadSeq: number }> {
    const { channel, seat } = await this.access.read(userId, channelId);
    if (!seat) throw new NotFound('channel');
    const upTo = Math.min(seq, Number(channel.lastSeq));
    await this.dataSource.query(
      `UPDATE channel_members SET last_read_seq = GREATEST(last_read_seq, $3) WHERE channel_id = $1 AND user_id = $2`,
      [channelId, userId, upTo],
    );
    this.realtime.toUsers([userId], 'channel:read', { channelId, seq: upTo });
    return { lastReadSeq: upTo };
  }

  async addSeats(manager: EntityManager, channelId: string, userIds: string[]): Promise<void> {
    if (userIds.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(ChannelMember)
      .values(userIds.map((userId) => ({ channelId, userId })))
      .orIgnore()
      .execute();
  }
}
