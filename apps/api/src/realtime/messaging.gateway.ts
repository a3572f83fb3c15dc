import { Logger, OnModuleDestroy } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayConnection, OnGatewayDisconnect, OnGatewayInit, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { AccessPolicy } from '@hamkar/clusters';
import { SkipThrottle } from '@nestjs/throttler';
import { BadInput, Problem, toProblem, TooManyRequests } from '@hamkar/common';
import { ChannelAccessPolicy, ChannelsService, MessagesService, PostMessage, SendBudget } from '@hamkar/messaging';
import { PRESENCE_TTL_MS, PresenceTracker, rooms } from '@hamkar/realtime';
import { socketUser } from './socket-auth';

type Ack<T> = ({ ok: true } & T) | { ok: false; error: Pick<Problem, 'status' | 'title' | 'code' | 'params' | 'detail' | 'errors'> };

const isUuid = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

/** Chat over sockets: the same services and access policy as HTTP, with errors as acks. */
// The HTTP throttler cannot see a socket's address (every socket would share one bucket, and its
// refusal cannot reach an ack); sends are limited per socket below instead.
@SkipThrottle({ api: true })
@WebSocketGateway()
export class MessagingGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect, OnModuleDestroy {
  private readonly logger = new Logger(MessagingGateway.name);
  private heartbeat?: NodeJS.Timeout;
  private server?: Server;

  constructor(
    private readonly posting: PostMessage,
    private readonly messages: MessagesService,
    private readonly channels: ChannelsService,
    private readonly access: ChannelAccessPolicy,
    private readonly policy: AccessPolicy,
    private readonly presence: PresenceTracker,
  ) {}

  afterInit(server: Server) {
    this.server = server;
    // Only this node's sockets: every node keeps its own alive, a dead node's expire.
    this.heartbeat = setInterval(() => {
      const local = [...server.sockets.sockets.values()].filter((s) => socketUser(s).userId).map((s) => ({ userId: socketUser(s).userId, socketId: s.id }));
      this.presence.heartbeat(local).catch((e) => this.logger.warn(`presence heartbeat failed: ${(e as Error).message}`));
    }, PRESENCE_TTL_MS / 3);
    this.heartbeat.unref();
  }

  onModuleDestroy() {
    clearInterval(this.heartbeat);
  }

  async handleConnection(socket: Socket) {
    const { userId } = socketUser(socket);
    if (!userId) return;
    try {
      if (await this.presence.connected(userId, socket.id)) await this.announcePresence(userId, 'online');
    } catch (e) {
      this.logger.warn(`presence unavailable: ${(e as Error).message}`);
    }
  }

  async handleDisconnect(socket: Socket) {
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
  @SubscribeMessage('presence')
  presenceOf(@ConnectedSocket() socket: Socket, @MessageBody() body: { userIds?: unknown }) {
    return this.ack(async () => {
      const userIds = Array.isArray(body?.userIds) ? body.userIds.filter(isUuid).slice(0, 500) : [];
      const mine = new Set(await this.policy.clusterIdsOf(socketUser(socket).userId));
      const visible: string[] = [];
      for (const u of userIds) if ((await this.policy.clusterIdsOf(u)).some((c) => mine.has(c))) visible.push(u);
      const statuses = new Map((await this.presence.statusOf(visible)).map((s) => [s.userId, s.status]));
      return { presence: userIds.map((userId) => ({ userId, status: statuses.get(userId) ?? 'offline' })) };
    });
  }

  @SubscribeMessage('message:send')
  send(@ConnectedSocket() socket: Socket, @MessageBody() body: { channelId?: unknown; body?: unknown; clientMessageId?: unknown; threadRootId?: unknown; attachmentIds?: unknown }) {
    return this.ack(async () => {
      const budget = ((socket.data as { sendBudget?: SendBudget }).sendBudget ??= new SendBudget());
      if (!budget.take()) throw new TooManyRequests('Too many messages; slow down');
      if (!isUuid(body?.channelId)) throw new BadInput('channelId must be a UUID', [{ field: 'channelId', message: 'must be a UUID' }]);
      if (typeof body.body !== 'string') throw new BadInput('body must be a string', [{ field: 'body', message: 'must be a string' }]);
      if (typeof body.clientMessageId !== 'string' || !body.clientMessageId || body.clientMessageId.length > 100) throw new BadInput('clientMessageId is required', [{ field: 'clientMessageId', message: 'must be 1-100 characters' }]);
      if (body.threadRootId !== undefined && body.threadRootId !== null && !isUuid(body.threadRootId)) throw new BadInput('threadRootId must be a UUID', [{ field: 'threadRootId', message: 'must be a UUID' }]);
      if (body.attachmentIds !== undefined && !(Array.isArray(body.attachmentIds) && body.attachmentIds.length <= 10 && body.attachmentIds.every(isUuid)))
        throw new BadInput('attachmentIds must be a list of up to 10 file ids', [{ field: 'attachmentIds', message: 'must be up to 10 UUIDs' }]);
      const attachmentIds = body.attachmentIds as string[] | undefined;
      const { message } = await this.posting.post(socketUser(socket).userId, {
        channelId: body.channelId,
        body: body.body,
        clientMessageId: body.clientMessageId,
        threadRootId: (body.threadRootId as string | undefined) ?? undefined,
        attachmentIds,
      });
      await socket.join(rooms.channel(message.channelId));
      return { message };
    });
  }

  @SubscribeMessage('sync')
  sync(@ConnectedSocket() socket: Socket, @MessageBody() body: { channels?: Array<{ channelId?: unknown; afterSeq?: unknown }> }) {
    return this.ack(async () => {
      const wanted = Array.isArray(body?.channels) ? body.channels : [];
      const channels = wanted.map((c) => {
        if (!isUuid(c?.channelId) || typeof c.afterSeq !== 'number' || c.afterSeq < 0) throw new BadInput('channels must be [{ channelId, afterSeq }]', [{ field: 'channels', message: 'each needs a channelId (UUID) and afterSeq (number ≥ 0)' }]);
        return { channelId: c.channelId, afterSeq: Math.floor(c.afterSeq) };
      });
      return { messages: await this.messages.sync(socketUser(socket).userId, channels) };
    });
  }

  @SubscribeMessage('typing')
  typing(@ConnectedSocket() socket: Socket, @MessageBody() body: { channelId?: unknown }) {
    return this.ack(async () => {
      if (!isUuid(body?.channelId)) throw new BadInput('channelId must be a UUID');
      const { userId } = socketUser(socket);
      await this.access.read(userId, body.channelId);
      socket.to(rooms.channel(body.channelId)).emit('typing', { channelId: body.channelId, userId });
      return {};
    });
  }

  @SubscribeMessage('channel:read')
  read(@ConnectedSocket() socket: Socket, @MessageBody() body: { channelId?: unknown; seq?: unknown }) {
    return this.ack(async () => {
      if (!isUuid(body?.channelId) || typeof body.seq !== 'number') throw new BadInput('channel:read needs { channelId, seq }');
      return this.channels.markRead(socketUser(socket).userId, body.channelId, body.seq);
    });
  }

  private async ack<T extends object>(work: () => Promise<T>): Promise<Ack<T>> {
    try {
      return { ok: true, ...(await work()) };
    } catch (e) {
      const p = toProblem(e);
      return { ok: false, error: { status: p.status, title: p.title, code: p.code, params: p.params, detail: p.status < 500 ? p.detail : undefined, errors: p.errors } };
    }
  }
}
