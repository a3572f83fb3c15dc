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

/** Distinct channels one `sync` may name, and messages one reply carries (the rest come on asking again). */
export const SYNC_MAX_CHANNELS = 200;
export const SYNC_MAX_MESSAGES = 500;

export interface SyncPage {
  messages: MessageView[];
  /** True when the reply stopped short: ask again with `next`. */
  hasMore: boolean;
  /** Where each channel that has more continues. */
  next: Array<{ channelId: string; afterSeq: number }>;
}

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
  async history(
    userId: string,
    channelId: string,
    q: { before?: number; after?: number; limit: number },
  ): Promise<{ items: MessageView[]; nextCursor: string | null }> {
    await this.access.read(userId, channelId);
    const page =
      q.after !== undefined
        ? await this.reader.select(
            'm.channel_id = $2 AND m.thread_root_id IS NULL AND m.seq > $3',
            [channelId, q.after, q.limit + 1],
            userId,
            'ORDER BY m.seq ASC LIMIT $4',
          )
        : await this.reader.select(
            'm.channel_id = $2 AND m.thread_root_id IS NULL AND m.seq < $3',
            [channelId, q.before ?? Number.MAX_SAFE_INTEGER, q.limit + 1],
            userId,
            'ORDER BY m.seq DESC LIMIT $4',
          );
    const items = page.slice(0, q.limit);
    const last = items[items.length - 1];
    return { items, nextCursor: page.length > q.limit && last ? String(last.seq) : null };
  }

  async replies(userId: string, messageId: string, limit = 200): Promise<{ items: MessageView[]; nextCursor: string | null }> {
    const root = await this.messageFor(userId, messageId);
    return {
      items: await this.reader.select('m.thread_root_id = $2', [root.id, limit], userId, 'ORDER BY m.seq ASC LIMIT $3'),
      nextCursor: null,
    };
  }

  /**
   * Everything after each seq the client last saw, in every channel it names and may read, oldest
   * first per channel, in the order the channels were named; at most `SYNC_MAX_MESSAGES` a reply.
   * A reply that stops short says so (`hasMore`) and where each unfinished channel continues
   * (`next`), so a client keeps asking until `hasMore` is false. Three queries, however many channels.
   */
  async sync(userId: string, wanted: Array<{ channelId: string; afterSeq: number }>): Promise<SyncPage> {
    // Naming a channel twice must not cost twice: keep the earliest seq asked for.
    const afterSeqOf = new Map<string, number>();
    for (const { channelId, afterSeq } of wanted) afterSeqOf.set(channelId, Math.min(afterSeq, afterSeqOf.get(channelId) ?? afterSeq));
    if (afterSeqOf.size > SYNC_MAX_CHANNELS)
      throw new BadInput(
        `sync takes at most ${SYNC_MAX_CHANNELS} channels at a time`,
        [{ field: 'channels', message: `at most ${SYNC_MAX_CHANNELS} channels`, code: 'sync.too-many-channels' }],
        { code: 'sync.too-many-channels', params: { max: SYNC_MAX_CHANNELS } },
      );
    const channels = [...afterSeqOf].map(([channelId, afterSeq]) => ({ channelId, afterSeq }));
    if (channels.length === 0) return { messages: [], hasMore: false, next: [] };
    const readable = await this.access.readableAmong(
      userId,
      channels.map((c) => c.channelId),
    );
    if (channels.some((c) => !readable.has(c.channelId))) throw new NotFound('channel');

    const rows: Array<{ id: string; ord: string; seq: string }> = await this.dataSource.query(
      `SELECT x.id, w.ord, x.seq
         FROM unnest($1::uuid[], $2::bigint[]) WITH ORDINALITY AS w(channel_id, after_seq, ord)
         CROSS JOIN LATERAL (SELECT id, seq FROM messages WHERE channel_id = w.channel_id AND seq > w.after_seq ORDER BY seq LIMIT $3) x
        ORDER BY w.ord, x.seq LIMIT $3`,
      [channels.map((c) => c.channelId), channels.map((c) => c.afterSeq), SYNC_MAX_MESSAGES + 1],
    );
    const kept = rows.slice(0, SYNC_MAX_MESSAGES);
    const next: Array<{ channelId: string; afterSeq: number }> = [];
    if (rows.length > SYNC_MAX_MESSAGES) {
      // The reply is full in the channel of the first row left out; it and every channel after it continue.
      const cut = Number(rows[SYNC_MAX_MESSAGES].ord) - 1;
      const lastKept = kept.length ? kept[kept.length - 1] : undefined;
      for (let i = cut; i < channels.length; i++) {
        const reached = i === cut && lastKept && Number(lastKept.ord) - 1 === cut ? Number(lastKept.seq) : channels[i].afterSeq;
        next.push({ channelId: channels[i].channelId, afterSeq: reached });
      }
    }
    const views = new Map((await this.reader.select('m.id = ANY($2::uuid[])', [kept.map((r) => r.id)], userId)).map((v) => [v.id, v]));
    const messages = kept.map((r) => views.get(r.id)).filter((v): v is MessageView => !!v);
    return { messages, hasMore: next.length > 0, next };
  }

  async edit(userId: string, messageId: string, body: string): Promise<MessageView> {
    const text = body.trim();
    if (text.length < 1 || text.length > MAX_BODY) throw bodyOutOfRange(text);
    const message = await this.messageFor(userId, messageId);
    if (message.authorId !== userId) throw new Forbidden('Only the author can edit a message', { code: 'message.author-only' });
    if (message.deletedAt) throw new NotFound('message');
    await this.dataSource
      .getRepository(Message)
      .update({ id: messageId }, { body: text, searchText: normalizeForSearch(text), editedAt: new Date() });
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
    this.realtime.toChannel(message.channelId, 'reaction:updated', {
      messageId,
      channelId: message.channelId,
      emoji,
      userId,
      on,
      reactions: (await this.reader.view(message, null)).reactions,
    });
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

  private async announce(messageId: string, event: 'message:updated' | 'message:deleted', viewerId: string): Promise<MessageView> {
    const message = await this.dataSource.getRepository(Message).findOneByOrFail({ id: messageId });
    this.realtime.toChannel(message.channelId, event, await this.reader.view(message, null));
    return this.reader.view(message, viewerId);
  }
}
