import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { BroadcastOperator as PostgresBroadcast, Emitter as PostgresEmitter } from '@socket.io/postgres-emitter';
import { Emitter as RedisEmitter } from '@socket.io/redis-emitter';
import { APP_CONFIG, AppConfig, createEventsPool, createRedis, notifyingSafely, publishingSafely, usesRedis } from '@hamkar/common';
import type { ServerEventName, ServerPayload } from './events';
import { rooms, socketIoKey, SOCKET_IO_ATTACHMENTS } from './rooms';

/**
 * @socket.io/postgres-emitter 0.1 leaves the namespace out of what it publishes, and
 * @socket.io/postgres-adapter 0.5 hands a message only to the namespace it names: without this,
 * every event from the worker's emitter is dropped.
 */
type Publishing = { emitter: { nsp: string }; publish(document: Record<string, unknown>): Promise<void> };
const proto = PostgresBroadcast.prototype as unknown as Publishing;
const publishWithoutNamespace = proto.publish;
proto.publish = function (this: Publishing, document) {
  return publishWithoutNamespace.call(this, { nsp: this.emitter.nsp, ...document });
};

/** What both emitters offer and the publisher uses. */
interface Broadcast {
  emit(event: string, payload: unknown): unknown;
  socketsJoin(room: string): unknown;
  socketsLeave(room: string): unknown;
  disconnectSockets(close: boolean): unknown;
}
export interface AnyEmitter {
  to(rooms: string | string[]): Broadcast;
  in(rooms: string | string[]): Broadcast;
}

/**
 * Sends events to sockets on every api node, from the api or the worker alike. In the api it goes
 * through the api's own Socket.IO server (deliverThrough): this node's sockets get the event at once
 * and the adapter carries it to the others. Elsewhere (the worker) it publishes to the adapter's
 * Redis or, without Redis, PostgreSQL NOTIFY. Call it after the change is committed: persist first,
 * then tell. Event names and payloads are the shared map's (events.ts).
 */
@Injectable()
export class RealtimePublisher implements OnModuleDestroy {
  private emitter?: AnyEmitter;
  private close: () => Promise<unknown> = async () => undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * The api's server: its events then skip the round trip out to Redis (or PostgreSQL) and back,
   * which cost every delivery on this node a publish, a read and a decode.
   */
  deliverThrough(server: AnyEmitter): void {
    this.emitter = server;
  }

  private get sockets(): AnyEmitter {
    return (this.emitter ??= this.publishingEmitter());
  }

  private publishingEmitter(): AnyEmitter {
    const key = socketIoKey(this.config.REDIS_PREFIX);
    if (usesRedis(this.config)) {
      const redis = createRedis(this.config.REDIS_URL, 'realtime-emitter', { maxRetriesPerRequest: 1 });
      this.close = () => redis.quit().catch(() => redis.disconnect());
      // The emitter publishes without awaiting: its publish must never reject or queue while Redis is away.
      return new RedisEmitter(publishingSafely(redis, 'realtime-emitter'), { key }) as unknown as AnyEmitter;
    }
    const pool = createEventsPool(this.config.DATABASE_URL, 'realtime-emitter');
    this.close = () => pool.end().catch(() => undefined);
    return new PostgresEmitter(notifyingSafely(pool, 'realtime-emitter'), '/', {
      channelPrefix: key,
      tableName: SOCKET_IO_ATTACHMENTS,
    }) as unknown as AnyEmitter;
  }

  toUsers<E extends ServerEventName>(userIds: string[], event: E, payload: ServerPayload<E>): void {
    if (userIds.length === 0) return;
    this.safely(() => this.sockets.to(userIds.map(rooms.user)).emit(event, payload));
  }

  toChannel<E extends ServerEventName>(channelId: string, event: E, payload: ServerPayload<E>): void {
    this.safely(() => this.sockets.to(rooms.channel(channelId)).emit(event, payload));
  }

  toCluster<E extends ServerEventName>(clusterId: string, event: E, payload: ServerPayload<E>): void {
    this.safely(() => this.sockets.to(rooms.cluster(clusterId)).emit(event, payload));
  }

  /** Makes the sockets of `userIds` join or leave a room, on whichever node they are. */
  joinRoom(userIds: string[], room: string): void {
    if (userIds.length) this.safely(() => this.sockets.in(userIds.map(rooms.user)).socketsJoin(room));
  }

  leaveRoom(userIds: string[], room: string): void {
    if (userIds.length) this.safely(() => this.sockets.in(userIds.map(rooms.user)).socketsLeave(room));
  }

  /** Drops a user's sockets everywhere; they reconnect and rebuild their rooms from the database. */
  disconnectUser(userId: string): void {
    this.safely(() => this.sockets.in(rooms.user(userId)).disconnectSockets(true));
  }

  /** Drops the sockets of one login everywhere, at logout; their token no longer lets them back. */
  disconnectSession(sessionId: string): void {
    this.safely(() => this.sockets.in(rooms.session(sessionId)).disconnectSockets(true));
  }

  /**
   * Sends on the next turn of the event loop, in the order asked (setImmediate keeps it): the answer
   * to whoever made the change leaves first, not after a broadcast to thousands of this node's sockets.
   * A lost broadcast is recovered by `sync`; it must never fail the committed change.
   */
  private safely(send: () => unknown) {
    setImmediate(() => {
      try {
        const r = send() as unknown;
        if (r && typeof (r as Promise<unknown>).catch === 'function') (r as Promise<unknown>).catch(() => undefined);
      } catch {
        /* clients catch up with sync */
      }
    });
  }

  async onModuleDestroy() {
    await this.close();
  }
}
