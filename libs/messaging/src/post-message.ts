import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { APP_CONFIG, AppConfig, BadInput, Conflict, NotFound, normalizeForSearch } from '@hamkar/common';
import { Notifier } from '@hamkar/notifications';
import { RealtimePublisher } from '@hamkar/realtime';
import { ChannelAccessPolicy } from './channel-access';
import { ChannelQueue } from './channel-queue';
import { Channel } from './channel.entity';
import { ChannelMember } from './channel-member.entity';
import { mentionedUserIds, mentionsWholeChannel } from './mentions';
import { MessageReader } from './message-reader';
import { OrderedBroadcast } from './ordered-broadcast';
import { messageView, MessageView } from './message-view';
import { Message } from './message.entity';
import { StoredFile } from './stored-file.entity';

export interface NewMessage {
  channelId: string;
  body: string;
  clientMessageId: string;
  threadRootId?: string | null;
  attachmentIds?: string[];
}

export const MAX_BODY = 8000;

/** The same problem as the DTOs' check, for callers that reach the service another way. */
export const bodyOutOfRange = (trimmed: string) =>
  trimmed.length < 1
    ? new BadInput('body is required', [{ field: 'body', message: 'is required', code: 'input.required' }])
    : new BadInput(`body must be at most ${MAX_BODY} characters`, [{ field: 'body', message: `must be at most ${MAX_BODY} characters after trimming`, code: 'input.too-long', params: { max: MAX_BODY } }]);

/**
 * Sending a message: one transaction holds the channel row, so seqs come out 1, 2, 3, … with no
 * gap or repeat however many people post at once; a repeat of the same clientMessageId returns
 * the first message. Only after the commit is anyone told.
 */
@Injectable()
export class PostMessage {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ChannelAccessPolicy,
    private readonly reader: MessageReader,
    private readonly notifier: Notifier,
    private readonly realtime: RealtimePublisher,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.queue = new ChannelQueue(undefined, config.MESSAGE_SEND_MAX_WAIT_MS);
  }

  /** One per process: this node's broadcasts of a channel go out in seq order. */
  private readonly order = new OrderedBroadcast();
  /** One per process: at most one send per channel waits on its row lock (and holds a connection). */
  private readonly queue: ChannelQueue;

  async post(authorId: string, input: NewMessage): Promise<{ message: MessageView; created: boolean }> {
    const body = input.body.trim();
    if (body.length < 1 || body.length > MAX_BODY) throw bodyOutOfRange(body);
    let turn: { release(send?: () => void): void } | undefined;
    const outcome = await this.queue.run(input.channelId, () => this.dataSource.transaction(async (manager) => {
      // The channel row stays locked to the commit: seqs are handed out one at a time.
      const { channel, seat } = await this.access.act(authorId, input.channelId, 'message.post', manager, true);
      if (channel.archivedAt) throw new Conflict('This channel is archived', { code: 'channel.archived' });
      turn = this.order.turn(channel.id); // taken under the lock, so turns follow seq order
      if (!seat) await manager.createQueryBuilder().insert().into(ChannelMember).values({ channelId: channel.id, userId: authorId }).orIgnore().execute();

      let root: Message | null = null;
      if (input.threadRootId) {
        root = await manager.findOneBy(Message, { id: input.threadRootId, channelId: channel.id });
        if (!root || root.deletedAt) throw new NotFound('thread');
        if (root.threadRootId) throw new BadInput('Replies go to the thread root', [{ field: 'threadRootId', message: 'must be a top-level message', code: 'message.reply-to-reply' }], { code: 'message.reply-to-reply' });
      }
      const attachmentIds = [...new Set(input.attachmentIds ?? [])];
      const files = attachmentIds.length ? await manager.findBy(StoredFile, { id: In(attachmentIds), clusterId: channel.clusterId, uploaderId: authorId }) : [];
      if (files.length !== attachmentIds.length) throw new NotFound('file');
      files.sort((a, b) => attachmentIds.indexOf(a.id) - attachmentIds.indexOf(b.id));
      const mentions = (await this.mentionableIn(manager, channel, mentionedUserIds(body), mentionsWholeChannel(body))).filter((u) => u !== authorId);
      const seq = Number(channel.lastSeq) + 1;
      await manager.update(Channel, { id: channel.id }, { lastSeq: String(seq) });
      const message = manager.create(Message, {
        id: randomUUID(), channelId: channel.id, seq: String(seq), authorId, body, searchText: normalizeForSearch(body), clientMessageId: input.clientMessageId,
        threadRootId: root?.id ?? null, replyCount: 0, mentions, attachmentIds, editedAt: null, deletedAt: null,
      });
      // The unique (author, clientMessageId) decides whether this is a retry, without a lookup
      // first: a retry, or a copy that committed while we waited for the lock, inserts nothing.
      const inserted = await manager.createQueryBuilder().insert().into(Message).values(message).orIgnore().returning('created_at').updateEntity(false).execute();
      if (inserted.raw.length === 0) throw new AlreadySent();
      message.createdAt = (inserted.raw as Array<{ created_at: Date }>)[0].created_at;
      if (root) {
        await manager.increment(Message, { id: root.id }, 'replyCount', 1);
        root = await manager.findOneByOrFail(Message, { id: root.id });
      }
      await this.notifyPeople(manager, channel, message, mentions);
      return { message, created: true, root, files };
    })).catch(async (e) => {
      turn?.release();
      // Rolling back returned the seq; the first message is the answer.
      if (e instanceof AlreadySent) return this.alreadySent(authorId, input);
      throw e;
    });

    try {
      // A new message has no reactions yet: its view needs no further query.
      const message = outcome.created ? messageView(outcome.message, [], outcome.files) : await this.reader.view(outcome.message, authorId);
      const root = outcome.created && outcome.root ? await this.reader.view(outcome.root, null) : null;
      turn?.release(() => {
        if (!outcome.created) return;
        this.realtime.toChannel(message.channelId, 'message:new', message);
        if (root) this.realtime.toChannel(message.channelId, 'message:updated', root);
      });
      return { message, created: outcome.created };
    } finally {
      turn?.release();
    }
  }

  private async alreadySent(authorId: string, input: NewMessage) {
    const message = await this.dataSource.getRepository(Message).findOneByOrFail({ authorId, clientMessageId: input.clientMessageId });
    if (message.channelId !== input.channelId) throw new Conflict('This clientMessageId was already used in another channel', { code: 'message.client-id-reused' });
    return { message, created: false, root: null, files: [] as StoredFile[] };
  }

  /** Only people who can read the channel can be mentioned in it; `@channel` reaches every member. */
  private async mentionableIn(manager: EntityManager, channel: Channel, userIds: string[], wholeChannel: boolean): Promise<string[]> {
    const named: Array<{ user_id: string }> = userIds.length === 0 ? [] : await manager.query(
      channel.kind === 'public'
        ? `SELECT user_id FROM memberships WHERE cluster_id = $1 AND user_id = ANY($2)`
        : `SELECT user_id FROM channel_members WHERE channel_id = $1 AND user_id = ANY($2)`,
      [channel.kind === 'public' ? channel.clusterId : channel.id, userIds],
    );
    const everyone: Array<{ user_id: string }> = wholeChannel
      ? await manager.query(`SELECT cm.user_id FROM channel_members cm JOIN memberships m ON m.user_id = cm.user_id AND m.cluster_id = $2 WHERE cm.channel_id = $1`, [channel.id, channel.clusterId])
      : [];
    return [...new Set([...named, ...everyone].map((r) => r.user_id))];
  }

  private async notifyPeople(manager: EntityManager, channel: Channel, message: Message, mentions: string[]) {
    const preview = message.body.length > 140 ? `${message.body.slice(0, 140)}…` : message.body;
    const link = `/channels/${channel.id}?seq=${message.seq}`;
    const mentioned = mentions.filter((u) => u !== message.authorId);
    await this.notifier.notify(manager, { clusterId: channel.clusterId, userIds: mentioned, kind: 'mention', title: 'mention', body: preview, link, data: { channelId: channel.id, messageId: message.id }, dedupeKey: `message:${message.id}` });
    if (channel.kind === 'direct') {
      const others: Array<{ user_id: string }> = await manager.query(`SELECT user_id FROM channel_members WHERE channel_id = $1 AND user_id <> $2`, [channel.id, message.authorId]);
      await this.notifier.notify(manager, { clusterId: channel.clusterId, userIds: others.map((o) => o.user_id).filter((u) => !mentioned.includes(u)), kind: 'direct-message', title: 'direct-message', body: preview, link, data: { channelId: channel.id, messageId: message.id }, dedupeKey: `message:${message.id}` });
    }
  }
}

/** Thrown inside the transaction to undo the seq it took: this clientMessageId already has its message. */
class AlreadySent extends Error {}
