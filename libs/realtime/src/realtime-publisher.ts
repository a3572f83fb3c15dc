import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Emitter } from '@socket.io/redis-emitter';
import type { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig, createRedis, publishingSafely } from '@hamkar/common';
import { rooms, socketIoKey } from './rooms';

/**
 * Sends events to sockets on every api node, from the api or the worker alike, through the
 * Socket.IO Redis adapter. Call it after the change is committed: persist first, then tell.
 */
@Injectable()
export class RealtimePublisher implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly emitter: Emitter;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = createRedis(config.REDIS_URL, 'realtime-emitter', { maxRetriesPerRequest: 1 });
    // The emitter publishes without awaiting: its publish must never reject or queue while Redis is away.
    this.emitter = new Emitter(publishingSafely(this.redis, 'realtime-emitter'), { key: socketIoKey(config.REDIS_PREFIX) });
  }

  toUsers(userIds: string[], event: string, payload: unknown): void {
    if (userIds.length === 0) return;
    this.safely(() => this.emitter.to(userIds.map(rooms.user)).emit(event, payload));
  }

  toChannel(channelId: string, event: string, payload: unknown): void {
    this.safely(() => this.emitter.to(rooms.channel(channelId)).emit(event, payload));
  }

  toCluster(clusterId: string, event: string, payload: unknown): void {
    this.safely(() => this.emitter.to(rooms.cluster(clusterId)).emit(event, payload));
  }

  /** Makes the sockets of `userIds` join or leave a room, on whichever node they are. */
  joinRoom(userIds: string[], room: string): void {
    if (userIds.length) this.safely(() => this.emitter.in(userIds.map(rooms.user)).socketsJoin(room));
  }

  leaveRoom(userIds: string[], room: string): void {
    if (userIds.length) this.safely(() => this.emitter.in(userIds.map(rooms.user)).socketsLeave(room));
  }

  /** Drops a user's sockets everywhere; they reconnect and rebuild their rooms from the database. */
  disconnectUser(userId: string): void {
    this.safely(() => this.emitter.in(rooms.user(userId)).disconnectSockets(true));
  }

  /** Drops the sockets of one login everywhere, at logout; their token no longer lets them back. */
  disconnectSession(sessionId: string): void {
    this.safely(() => this.emitter.in(rooms.session(sessionId)).disconnectSockets(true));
  }

  // A lost broadcast is recovered by `sync`; it must never fail the committed change.
  private safely(send: () => unknown) {
    try {
      const r = send() as unknown;
      if (r && typeof (r as Promise<unknown>).catch === 'function') (r as Promise<unknown>).catch(() => undefined);
    } catch {
      /* clients catch up with sync */
    }
  }

  async onModuleDestroy() {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
