import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy, ClusterPeople, clusterSql, Membership, membershipColumn, MembershipJson, Permission } from '@hamkar/clusters';
import { Forbidden, NotFound } from '@hamkar/common';
import { Channel } from './channel.entity';
import { ChannelMember } from './channel-member.entity';

export interface ChannelAccess {
  channel: Channel;
  membership: Membership;
  /** The caller's seat in the channel, if it has one. */
  seat: ChannelMember | null;
}

/** A row selected with `channelAccessColumns`: the channel, the caller's seat and cluster membership. */
export interface ChannelRow {
  id: string;
  cluster_id: string;
  name: string;
  kind: Channel['kind'];
  topic: string | null;
  direct_key: string | null;
  last_seq: string;
  created_by: string | null;
  archived_at: Date | null;
  created_at: Date;
  seat_last_read_seq: string | null;
  seat_joined_at: Date | null;
  membership: MembershipJson | null;
}

/**
 * Who may see a channel: members of its cluster for public channels, the channel's own members for
 * every other kind. Everyone else gets 404, as for a channel that does not exist. HTTP and the
 * socket gateway both ask here, on every read and every send.
 */
@Injectable()
export class ChannelAccessPolicy {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly people: ClusterPeople,
  ) {}

  /** `lock` takes the channel row FOR UPDATE (sending a message assigns the next seq under it). */
  async read(userId: string, channelId: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<ChannelAccess> {
    // The seat and the cluster membership come with the channel in one round trip, in plain SQL:
    // every message sent and every page read asks, and the query builder costs more than the query.
    const [row]: ChannelRow[] = await manager.query(
      `SELECT ${channelAccessColumns('$2')}
         FROM channels c LEFT JOIN channel_members s ON s.channel_id = c.id AND s.user_id = $2
        WHERE c.id = $1${lock ? ' FOR UPDATE OF c' : ''}`,
      [channelId, userId],
    );
    return this.judge(row, userId);
  }

  /** Reading plus a role that may do `permission` in the cluster. */
  async act(userId: string, channelId: string, permission: Permission, manager?: EntityManager, lock = false): Promise<ChannelAccess> {
    return this.allow(await this.read(userId, channelId, manager, lock), permission);
  }

  /**
   * The rule applied to a row read with `channelAccessColumns` (by `read`, or by a statement that
   * also wrote, such as storing a message): the access, or the 404/403 the caller gets.
   */
  judge(row: ChannelRow | undefined, userId: string, permission?: Permission): ChannelAccess {
    if (!row) throw new NotFound('channel');
    const channel = Object.assign(new Channel(), {
      id: row.id,
      clusterId: row.cluster_id,
      name: row.name,
      kind: row.kind,
      topic: row.topic,
      directKey: row.direct_key,
      lastSeq: row.last_seq,
      createdBy: row.created_by,
      archivedAt: row.archived_at,
      createdAt: row.created_at,
    });
    const seat = row.seat_joined_at
      ? Object.assign(new ChannelMember(), { channelId: row.id, userId, lastReadSeq: row.seat_last_read_seq, joinedAt: row.seat_joined_at })
      : null;
    const membership = this.policy.requireMembership(row.membership, userId, channel.clusterId, 'channel');
    if (!seat && channel.kind !== 'public') throw new NotFound('channel');
    const access = { channel, membership, seat };
    return permission ? this.allow(access, permission) : access;
  }

  private allow(access: ChannelAccess, permission: Permission): ChannelAccess {
    if (!this.policy.can(access.membership, permission))
      throw new Forbidden(`Your role (${access.membership.role}) may not do this: ${permission}`, {
        code: 'access.denied',
        params: { action: permission, role: access.membership.role },
      });
    return access;
  }

  /** Channel ids the user may read in one cluster (or all of its clusters), for search and sockets. */
  async readableChannelIds(userId: string, clusterId?: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT c.id FROM channels c
        WHERE c.cluster_id IN ${clusterSql.clustersOfUser('$1')} AND ($2::uuid IS NULL OR c.cluster_id = $2)
          AND (c.kind = 'public' OR EXISTS (SELECT 1 FROM channel_members cm WHERE cm.channel_id = c.id AND cm.user_id = $1))`,
      [userId, clusterId ?? null],
    );
    return rows.map((r) => r.id);
  }

  /** Which of `channelIds` the user may read, in one query (the same rule as `read`). */
  async readableAmong(userId: string, channelIds: string[]): Promise<Set<string>> {
    if (channelIds.length === 0) return new Set();
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT c.id FROM channels c
        WHERE c.id = ANY($2::uuid[]) AND c.cluster_id IN ${clusterSql.clustersOfUser('$1')}
          AND (c.kind = 'public' OR EXISTS (SELECT 1 FROM channel_members cm WHERE cm.channel_id = c.id AND cm.user_id = $1))`,
      [userId, channelIds],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Which of `userIds` share at least one cluster with the user, in one query. */
  async peopleSharingAClusterWith(userId: string, userIds: string[]): Promise<Set<string>> {
    return this.people.sharingAClusterWith(userId, userIds);
  }

  /** The rooms a socket joins at connect: channels the user is a member of, in clusters it still belongs to. */
  async joinedChannelIds(userId: string): Promise<string[]> {
    const rows: Array<{ channel_id: string }> = await this.dataSource.query(
      `SELECT cm.channel_id FROM channel_members cm
         JOIN channels c ON c.id = cm.channel_id
        WHERE cm.user_id = $1 AND c.cluster_id IN ${clusterSql.clustersOfUser('$1')}`,
      [userId],
    );
    return rows.map((r) => r.channel_id);
  }
}

/**
 * The select list of a `ChannelRow`, for a query over `channels c LEFT JOIN channel_members s` (the
 * seat of the user `userSql`, a parameter). SQL that must decide in the database (a write that
 * happens only when allowed) tests the same facts: `membership->>'role'`, `kind`, `seat_joined_at`.
 */
export const channelAccessColumns = (userSql: string) =>
  `c.id, c.cluster_id, c.name, c.kind, c.topic, c.direct_key, c.last_seq, c.created_by, c.archived_at, c.created_at,
   s.last_read_seq AS seat_last_read_seq, s.joined_at AS seat_joined_at, ${membershipColumn(userSql, 'c.cluster_id')}`;
