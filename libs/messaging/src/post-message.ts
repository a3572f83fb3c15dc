import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { ClusterPeople } from '@hamkar/clusters';
import { APP_CONFIG, AppConfig, BadInput, Conflict, NotFound, normalizeForSearch } from '@hamkar/common';
import { Notifier } from '@hamkar/notifications';
import { RealtimePublisher } from '@hamkar/realtime';
import { ChannelAccessPolicy } from './channel-access';
import { ChannelQueue } from './channel-queue';
import { Channel } from './channel.entity';
import { mentionedUserIds, mentionsWholeChannel } from './mentions';
import { MessageReader } from './message-reader';
import { isRepeatedClientId, storeMessage } from './message-store';
import { OrderedBroadcast } from './ordered-broadcast';
import { messageView, MessageView } from './message-view';
import { Message } from './message.entity';
import { StoredFile } from './stored-file.entity';

export interface NewMessage {
  channelId: string;
  /** May be empty when the message carries attachments. */
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
    : new BadInput(`body must be at most ${MAX_BODY} characters`, [
        {
          field: 'body',
          message: `must be at most ${MAX_BODY} characters after trimming`,
          code: 'input.too-long',
          params: { max: MAX_BODY },
        },
      ]);

const nothingToSend = () =>
  new BadInput(
    'A message needs text or a file',
    [{ field: 'body', message: 'is required when no file is attached', code: 'input.required' }],
    { code: 'message.empty' },
  );

/**
 * Sending a message: the statement that stores it holds the channel row, so seqs come out 1, 2, 3, …
 * with no gap or repeat however many people post at once; a repeat of the same clientMessageId
 * returns the first message. Only after the commit is anyone told.
 */
@Injectable()
export class PostMessage {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ChannelAccessPolicy,
    private readonly reader: MessageReader,
    private readonly notifier: Notifier,
    private readonly realtime: RealtimePublisher,
    private readonly people: ClusterPeople,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.queue = new ChannelQueue(undefined, config.MESSAGE_SEND_MAX_WAIT_MS);
  }

  /** One per process: this node's broadcasts of a channel go out in seq order. */
  private readonly order = new OrderedBroadcast();
  /** One per process: at most one send per channel waits on its row lock (and holds a connection). */
  private readonly queue: ChannelQueue;

  async post(authorId: string, input: NewMessage): Promise<{ message: MessageView; created: boolean }> {
    const body = (input.body ?? '').trim();
    // A file may go on its own; a message with neither text nor file says nothing.
    if (body.length < 1 && !input.attachmentIds?.length) throw nothingToSend();
    if (body.length > MAX_BODY) throw bodyOutOfRange(body);
    let turn: { release(send?: () => void): void } | undefined;
    // Most messages are text with no mention, reply or file: one statement stores them (see
    // storeMessage). The others check and notify in a transaction around the same statement.
    const plain = !input.threadRootId && !input.attachmentIds?.length && mentionedUserIds(body).length === 0 && !mentionsWholeChannel(body);
    const outcome = await this.queue
      .run(input.channelId, async () => {
        const stored = plain
          ? await this.store(this.dataSource.manager, this.newMessage(authorId, input, body, [], []), [])
          : await this.storeWithExtras(authorId, input, body);
        // Sends into a channel take turns in this process (the queue) from before their statement to
        // here, so turns taken here follow seq order.
        turn = this.order.turn(stored.message.channelId);
        return stored;
      })
      .catch(async (e) => {
        turn?.release();
        // The failed statement took no seq; the first message is the answer.
        if (isRepeatedClientId(e)) return this.alreadySent(authorId, input);
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

  /** A reply, a file or a mention: checked under the channel's lock, stored, and notified in one transaction. */
  private storeWithExtras(authorId: string, input: NewMessage, body: string): Promise<Outcome> {
    return this.dataSource.transaction(async (manager) => {
      const { channel } = await this.access.act(authorId, input.channelId, 'message.post', manager, true);
      if (channel.archivedAt) throw archived();
      let root: Message | null = null;
      if (input.threadRootId) {
        root = await manager.findOneBy(Message, { id: input.threadRootId, channelId: channel.id });
        if (!root || root.deletedAt) throw new NotFound('thread');
        if (root.threadRootId)
          throw new BadInput(
            'Replies go to the thread root',
            [{ field: 'threadRootId', message: 'must be a top-level message', code: 'message.reply-to-reply' }],
            { code: 'message.reply-to-reply' },
          );
      }
      const attachmentIds = [...new Set(input.attachmentIds ?? [])];
      const files = attachmentIds.length
        ? await manager.findBy(StoredFile, { id: In(attachmentIds), clusterId: channel.clusterId, uploaderId: authorId })
        : [];
      if (files.length !== attachmentIds.length) throw new NotFound('file');
      files.sort((a, b) => attachmentIds.indexOf(a.id) - attachmentIds.indexOf(b.id));
      const mentions = (await this.mentionableIn(manager, channel, mentionedUserIds(body), mentionsWholeChannel(body))).filter(
        (u) => u !== authorId,
      );
      const { message } = await this.store(
        manager,
        this.newMessage(authorId, input, body, mentions, attachmentIds, root?.id ?? null),
        files,
      );
      if (root) {
        await manager.increment(Message, { id: root.id }, 'replyCount', 1);
        root = await manager.findOneByOrFail(Message, { id: root.id });
      }
      await this.notifyPeople(manager, channel, message, mentions, files);
      return { message, created: true, root, files };
    });
  }

  /** Stores the message in one statement (storeMessage), or says why the author may not post it. */
  private async store(manager: EntityManager, message: Message, files: StoredFile[]): Promise<Outcome> {
    const stored = await storeMessage(manager, message);
    const { channel } = this.access.judge(stored.access, message.authorId, 'message.post');
    if (channel.archivedAt) throw archived();
    if (!stored.message) throw new Error(`message not stored in channel ${channel.id} though its author may post there`);
    return { message: Object.assign(message, stored.message), created: true, root: null, files };
  }

  private newMessage(
    authorId: string,
    input: NewMessage,
    body: string,
    mentions: string[],
    attachmentIds: string[],
    threadRootId: string | null = null,
  ): Message {
    return Object.assign(new Message(), {
      id: randomUUID(),
      channelId: input.channelId,
      seq: '0',
      authorId,
      body,
      searchText: normalizeForSearch(body),
      clientMessageId: input.clientMessageId,
      threadRootId,
      replyCount: 0,
      mentions,
      attachmentIds,
      editedAt: null,
      deletedAt: null,
    });
  }

  private async alreadySent(authorId: string, input: NewMessage) {
    const message = await this.dataSource.getRepository(Message).findOneByOrFail({ authorId, clientMessageId: input.clientMessageId });
    if (message.channelId !== input.channelId)
      throw new Conflict('This clientMessageId was already used in another channel', { code: 'message.client-id-reused' });
    return { message, created: false, root: null, files: [] as StoredFile[] } satisfies Outcome;
  }

  /** Only people who can read the channel can be mentioned in it; `@channel` reaches every member. */
  private async mentionableIn(manager: EntityManager, channel: Channel, userIds: string[], wholeChannel: boolean): Promise<string[]> {
    // In a public channel anyone in the cluster may be mentioned; elsewhere only those with a seat.
    const named =
      channel.kind === 'public'
        ? await this.people.among(channel.clusterId, userIds, manager)
        : userIds.length === 0
          ? []
          : (
              (await manager.query(`SELECT user_id FROM channel_members WHERE channel_id = $1 AND user_id = ANY($2)`, [
                channel.id,
                userIds,
              ])) as Array<{ user_id: string }>
            ).map((r) => r.user_id);
    const seated: Array<{ user_id: string }> = wholeChannel
      ? await manager.query(`SELECT user_id FROM channel_members WHERE channel_id = $1`, [channel.id])
      : [];
    const everyone = await this.people.among(
      channel.clusterId,
      seated.map((r) => r.user_id),
      manager,
    );
    return [...new Set([...named, ...everyone])];
  }

  private async notifyPeople(manager: EntityManager, channel: Channel, message: Message, mentions: string[], files: StoredFile[]) {
    // A file sent on its own is announced by its name.
    const text = message.body || files.map((f) => f.name).join(', ');
    const preview = text.length > 140 ? `${text.slice(0, 140)}…` : text;
    const link = `/channels/${channel.id}?seq=${message.seq}`;
    const mentioned = mentions.filter((u) => u !== message.authorId);
    await this.notifier.notify(manager, {
      clusterId: channel.clusterId,
      userIds: mentioned,
      kind: 'mention',
      title: 'mention',
      body: preview,
      link,
      data: { channelId: channel.id, messageId: message.id },
      dedupeKey: `message:${message.id}`,
    });
    if (channel.kind === 'direct') {
      const others: Array<{ user_id: string }> = await manager.query(
        `SELECT user_id FROM channel_members WHERE channel_id = $1 AND user_id <> $2`,
        [channel.id, message.authorId],
      );
      await this.notifier.notify(manager, {
        clusterId: channel.clusterId,
        userIds: others.map((o) => o.user_id).filter((u) => !mentioned.includes(u)),
        kind: 'direct-message',
        title: 'direct-message',
        body: preview,
        link,
        data: { channelId: channel.id, messageId: message.id },
        dedupeKey: `message:${message.id}`,
      });
    }
  }
}

interface Outcome {
  message: Message;
  created: boolean;
  root: Message | null;
  files: StoredFile[];
}

const archived = () => new Conflict('This channel is archived', { code: 'channel.archived' });
