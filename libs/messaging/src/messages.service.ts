import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BadInput, Forbidden, NotFound, normalizeForSearch } from '@hamkar/common';
import { RealtimePublisher } from '@hamkar/realtime';
import { ChannelAccessPolicy } from './channel-access';
import { MessageReader } from './message-reader';
import { MessageView } from './message-view';
import { Message } from './message.entity';
import { bodyOutOfRange, MAX_BODY } from './post-message';
import { Reaction } from './reaction.entity';

const EMOJI = /^[\p{Extended_Pictographic}\p{Emoji_Component}\u200d\ufe0f]{1,16}$|^:[a-z0-9_+-]{1,32}:$/u;

@Injectable()
export class MessagesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ChannelAccessPolicy,
    private readonly reader: MessageReader,
    private readonly realtime: RealtimePublisher,
  ) {}

  /** Newest first with `before` (or no cursor), oldest first with `after`. Top-level messages only. */
  async history(userId: string, channelId: string, q: { before?: number; after?: number; limit: number }): Promise<{ items: MessageView[]; nextCursor: string | null }> {
    await this.access.read(userId, channelId);
    const page =
      q.after !== undefined
        ? await this.reader.select('m.channel_id = $2 AND m.thread_root_id IS NULL AND m.seq > $3', [channelId, q.after, q.limit + 1], userId, 'ORDER BY m.seq ASC LIMIT $4')
        : await this.reader.select('m.channel_id = $2 AND m.thread_root_id IS NULL AND m.seq < $3', [channelId, q.before ?? Number.MAX_SAFE_INTEGER, q.limit + 1], userId, 'ORDER BY m.seq DESC LIMIT $4');
    const items = page.slice(0, q.limit);
    const last = items[items.length - 1];
    return { items, nextCursor: page.length > q.limit && last ? String(last.seq) : null };
  }

  async replies(userId: string, messageId: string, limit = 200): Promise<{ items: MessageView[]; nextCursor: string | null }> {
    const root = await this.messageFor(userId, messageId);
    return { items: await this.reader.select('m.thread_root_id = $2', [root.id, limit], userId, 'ORDER BY m.seq ASC LIMIT $3'), nextCursor: null };
  }

  /** Everything after each seq the client last saw, in every channel it names and may read. */
  async sync(userId: string, channels: Array<{ channelId: string; afterSeq: number }>): Promise<MessageView[]> {
    const out: MessageView[] = [];
    for (const { channelId, afterSeq } of channels.slice(0, 100)) {
      await this.access.read(userId, channelId);
      out.push(...(await this.reader.select('m.channel_id = $2 AND m.seq > $3', [channelId, afterSeq], userId, 'ORDER BY m.seq ASC LIMIT 1000')));
    }
    return out;
  }

  async edit(userId: string, messageId: string, body: string): Promise<MessageView> {
    const text = body.trim();
    if (text.length < 1 || text.length > MAX_BODY) throw bodyOutOfRange(text);
    const message = await this.messageFor(userId, messageId);
    if (message.authorId !== userId) throw new Forbidden('Only the author can edit a message');
    if (message.deletedAt) throw new NotFound('message');
    await this.dataSource.getRepository(Message).update({ id: messageId }, { body: text, searchText: normalizeForSearch(text), editedAt: new Date() });
    return this.announce(messageId, 'message:updated', userId);
  }

  async remove(userId: string, messageId: string): Promise<void> {
    const message = await this.messageFor(userId, messageId);
    if (message.deletedAt) return;
    if (message.authorId !== userId) {
      const { channel } = await this.access.read(userId, message.channelId);
      await this.access.act(userId, channel.id, 'message.moderate');
    }
    await this.dataSource.getRepository(Message).update({ id: messageId }, { deletedAt: new Date() });
    await this.announce(messageId, 'message:deleted', userId);
  }

  async react(userId: string, messageId: string, emoji: string, on: boolean): Promise<MessageView> {
    if (!EMOJI.test(emoji)) throw new BadInput('Not an emoji', [{ field: 'emoji', message: 'must be an emoji or a :short_code:' }]);
    const message = await this.messageFor(userId, messageId);
    if (message.deletedAt) throw new NotFound('message');
    const repo = this.dataSource.getRepository(Reaction);
    if (on) await repo.createQueryBuilder().insert().values({ messageId, userId, emoji }).orIgnore().execute();
    else await repo.delete({ messageId, userId, emoji });
    const view = await this.reader.view(message, userId);
    this.realtime.toChannel(message.channelId, 'reaction:updated', { messageId, channelId: message.channelId, emoji, userId, on, reactions: (await this.reader.view(message, null)).reactions });
    return view;
  }

  private async messageFor(userId: string, messageId: string): Promise<Message> {
    const message = await this.dataSource.getRepository(Message).findOneBy({ id: messageId });
    if (!message) throw new NotFound('message');
    await this.access.read(userId, message.channelId).catch(() => {
      throw new NotFound('message');
    });
    return message;
  }

  private async announce(messageId: string, event: string, viewerId: string): Promise<MessageView> {
    const message = await this.dataSource.getRepository(Message).findOneByOrFail({ id: messageId });
    this.realtime.toChannel(message.channelId, event, await this.reader.view(message, null));
    return this.reader.view(message, viewerId);
  }
}
