import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import { BadInput, toProblem } from '@hamkar/common';
import { ChannelAccessPolicy, ChannelsService, MessagesService, PostMessage } from '@hamkar/messaging';
import { rooms } from '@hamkar/realtime';
import { socketUser } from './socket-auth';

type Ack<T> = ({ ok: true } & T) | { ok: false; error: { status: number; title: string; detail?: string } };

const isUuid = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

/** Chat over sockets: the same services and access policy as HTTP, with errors as acks. */
@WebSocketGateway()
export class MessagingGateway {
  constructor(
    private readonly posting: PostMessage,
    private readonly messages: MessagesService,
    private readonly channels: ChannelsService,
    private readonly access: ChannelAccessPolicy,
  ) {}

  @SubscribeMessage('message:send')
  send(@ConnectedSocket() socket: Socket, @MessageBody() body: { channelId?: unknown; body?: unknown; clientMessageId?: unknown; threadRootId?: unknown; attachmentIds?: unknown }) {
    return this.ack(async () => {
      if (!isUuid(body?.channelId)) throw new BadInput('channelId must be a UUID', [{ field: 'channelId', message: 'must be a UUID' }]);
      if (typeof body.body !== 'string') throw new BadInput('body must be a string', [{ field: 'body', message: 'must be a string' }]);
      if (typeof body.clientMessageId !== 'string' || !body.clientMessageId || body.clientMessageId.length > 100) throw new BadInput('clientMessageId is required', [{ field: 'clientMessageId', message: 'must be 1-100 characters' }]);
      if (body.threadRootId !== undefined && body.threadRootId !== null && !isUuid(body.threadRootId)) throw new BadInput('threadRootId must be a UUID', [{ field: 'threadRootId', message: 'must be a UUID' }]);
      const attachmentIds = Array.isArray(body.attachmentIds) && body.attachmentIds.every(isUuid) ? (body.attachmentIds as string[]) : undefined;
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
      return { ok: false, error: { status: p.status, title: p.title, detail: p.status < 500 ? p.detail : undefined } };
    }
  }
}
