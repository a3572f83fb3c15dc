import { Logger, OnModuleDestroy } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayDisconnect,
  OnGatewayInit,
  WebSocketGateway,
} from '@nestjs/websockets';
import { SkipThrottle } from '@nestjs/throttler';
import { BadInput, toProblem, TooManyRequests, validateInput } from '@hamkar/common';
import { Budgets, ChannelAccessPolicy, ChannelsService, MessagesService, PostMessage } from '@hamkar/messaging';
import { PRESENCE_TTL_MS, PresenceTracker, rooms } from '@hamkar/realtime';
import type { Ack, AckAnswer, ClientEventName } from '@hamkar/realtime';
import { socketUser } from './socket-auth';
import { ChannelReadEvent, PresenceEvent, SendMessageEvent, SyncEvent, TypingEvent } from './dto';
import { EventServer, EventSocket, OnClientEvent } from './socket-events';

/** More distinct ids than this in one `presence` is refused; one query answers up to this many. */
const PRESENCE_MAX_IDS = 500;
/** Entries one `sync` may name (repeats included); the service caps distinct channels lower. */
const SYNC_MAX_NAMED = 1000;
const tooMany = (detail = 'Too many requests; slow down') =>
  new TooManyRequests(detail, { code: 'rate.limited', params: { retryAfterSeconds: 1 } });

/** Chat over sockets: the same services and access policy as HTTP, with errors as acks. */
// The HTTP throttler cannot see a socket's address (every socket would share one bucket, and its
// refusal cannot reach an ack); events are limited per user below instead, so more sockets buy nothing.
@SkipThrottle({ api: true })
@WebSocketGateway()
export class MessagingGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect, OnModuleDestroy {
  private readonly logger = new Logger(MessagingGateway.name);
  private heartbeat?: NodeJS.Timeout;
  private server?: EventServer;
  /** Per user in this process: a burst, then a steady rate. */
  private readonly sendBudgets = new Budgets(30, 10);
  private readonly syncBudgets = new Budgets(20, 5);
  private readonly presenceBudgets = new Budgets(10, 2);
  private readonly typingBudgets = new Budgets(20, 5);

  constructor(
    private readonly posting: PostMessage,
    private readonly messages: MessagesService,
    private readonly channels: ChannelsService,
    private readonly access: ChannelAccessPolicy,
    private readonly presence: PresenceTracker,
  ) {}

  afterInit(server: EventServer) {
    this.server = server;
    // Only this node's sockets: every node keeps its own alive, a dead node's expire.
    this.heartbeat = setInterval(() => {
      const local = [...server.sockets.sockets.values()]
        .filter((s) => socketUser(s).userId)
        .map((s) => ({ userId: socketUser(s).userId, socketId: s.id }));
      this.presence.heartbeat(local).catch((e) => this.logger.warn(`presence heartbeat failed: ${(e as Error).message}`));
    }, PRESENCE_TTL_MS / 3);
    this.heartbeat.unref();
  }

  onModuleDestroy() {
    clearInterval(this.heartbeat);
  }

  async handleConnection(socket: EventSocket) {
    const { userId } = socketUser(socket);
    if (!userId) return;
    try {
      if (await this.presence.connected(userId, socket.id)) await this.announcePresence(userId, 'online');
    } catch (e) {
      this.logger.warn(`presence unavailable: ${(e as Error).message}`);
    }
  }

  async handleDisconnect(socket: EventSocket) {
    const { userId } = socketUser(socket);
    if (!userId) return;
    try {
      if (await this.presence.disconnected(userId, socket.id)) await this.announcePresence(userId, 'offline');
    } catch (e) {
      this.logger.warn(`presence unavailable: ${(e as Error).message}`);
    }
  }

  /**
   * Everyone sharing a channel with the user sees the change (through the adapter, on every node;
   * a socket in several of those rooms gets it once). Not the whole cluster: that is n² events.
   */
  private async announcePresence(userId: string, status: 'online' | 'offline') {
    const channelRooms = (await this.access.joinedChannelIds(userId)).map(rooms.channel);
    if (channelRooms.length) this.server?.to(channelRooms).emit('presence', { userId, status });
  }

  /** The current status of people the caller shares a cluster with (others read as offline), for a client that just connected. */
  @OnClientEvent('presence')
  presenceOf(@ConnectedSocket() socket: EventSocket, @MessageBody() body: { userIds?: unknown }) {
    return this.ack('presence', async () => {
      const { userId } = socketUser(socket);
      if (!this.presenceBudgets.take(userId)) throw tooMany();
      const userIds = [...new Set((await validateInput(PresenceEvent, body)).userIds)];
      if (userIds.length > PRESENCE_MAX_IDS)
        throw new BadInput(
          `presence takes at most ${PRESENCE_MAX_IDS} user ids`,
          [{ field: 'userIds', message: `at most ${PRESENCE_MAX_IDS}`, code: 'presence.too-many-ids' }],
          { code: 'presence.too-many-ids', params: { max: PRESENCE_MAX_IDS } },
        );
      const visible = await this.access.peopleSharingAClusterWith(userId, userIds);
      const statuses = new Map((await this.presence.statusOf([...visible])).map((s) => [s.userId, s.status]));
      return { presence: userIds.map((userId) => ({ userId, status: statuses.get(userId) ?? 'offline' })) };
    });
  }

  @OnClientEvent('message:send')
  send(
    @ConnectedSocket() socket: EventSocket,
    @MessageBody()
    body: { channelId?: unknown; body?: unknown; clientMessageId?: unknown; threadRootId?: unknown; attachmentIds?: unknown },
  ) {
    return this.ack('message:send', async () => {
      if (!this.sendBudgets.take(socketUser(socket).userId)) throw tooMany('Too many messages; slow down');
      const input = await validateInput(SendMessageEvent, body);
      const { message } = await this.posting.post(socketUser(socket).userId, { ...input, threadRootId: input.threadRootId ?? undefined });
      await socket.join(rooms.channel(message.channelId));
      return { message };
    });
  }

  @OnClientEvent('sync')
  sync(@ConnectedSocket() socket: EventSocket, @MessageBody() body: { channels?: Array<{ channelId?: unknown; afterSeq?: unknown }> }) {
    return this.ack('sync', async () => {
      if (!this.syncBudgets.take(socketUser(socket).userId)) throw tooMany();
      const wanted = (await validateInput(SyncEvent, body)).channels;
      if (wanted.length > SYNC_MAX_NAMED)
        throw new BadInput(
          `sync names at most ${SYNC_MAX_NAMED} channels`,
          [{ field: 'channels', message: `at most ${SYNC_MAX_NAMED} entries`, code: 'sync.too-many-channels' }],
          { code: 'sync.too-many-channels', params: { max: SYNC_MAX_NAMED } },
        );
      const channels = wanted.map((c) => ({ channelId: c.channelId, afterSeq: c.afterSeq }));
      return this.messages.sync(socketUser(socket).userId, channels);
    });
  }

  @OnClientEvent('typing')
  typing(@ConnectedSocket() socket: EventSocket, @MessageBody() body: { channelId?: unknown }) {
    return this.ack('typing', async () => {
      const { userId } = socketUser(socket);
      if (!this.typingBudgets.take(userId)) throw tooMany();
      const { channelId } = await validateInput(TypingEvent, body);
      await this.access.read(userId, channelId);
      socket.to(rooms.channel(channelId)).emit('typing', { channelId, userId });
      return {};
    });
  }

  @OnClientEvent('channel:read')
  read(@ConnectedSocket() socket: EventSocket, @MessageBody() body: { channelId?: unknown; seq?: unknown }) {
    return this.ack('channel:read', async () => {
      const { channelId, seq } = await validateInput(ChannelReadEvent, body);
      return this.channels.markRead(socketUser(socket).userId, channelId, seq);
    });
  }

  private async ack<E extends ClientEventName>(event: E, work: () => Promise<AckAnswer<E>>): Promise<Ack<AckAnswer<E>>> {
    try {
      return { ok: true, ...(await work()) };
    } catch (e) {
      const p = toProblem(e);
      // Every 5xx is logged, as over HTTP: a 500 is a bug to fix, a 503 a dependency to look at.
      if (p.status === 503) this.logger.warn({ err: e, event, code: p.code }, 'service unavailable');
      else if (p.status >= 500) this.logger.error({ err: e, event }, 'unhandled error');
      return {
        ok: false,
        error: {
          status: p.status,
          title: p.title,
          code: p.code,
          params: p.params,
          detail: p.status < 500 ? p.detail : undefined,
          errors: p.errors,
        },
      };
    }
  }
}
