import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Message } from './message.entity';
import { messageView, MessageView, ReactionSummary } from './message-view';
import { StoredFile } from './stored-file.entity';

interface MessageRow {
  id: string;
  channel_id: string;
  seq: string;
  author_id: string;
  body: string;
  client_message_id: string;
  thread_root_id: string | null;
  reply_count: number;
  mentions: string[];
  attachment_ids: string[];
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
  reactions: Array<{ emoji: string; count: number; me: boolean | null }>;
}

/** Reactions summed per emoji in the order first used, the viewer's own ($1) marked. */
const REACTIONS = `COALESCE((
  SELECT json_agg(json_build_object('emoji', r.emoji, 'count', r.n, 'me', r.me) ORDER BY r.first)
    FROM (SELECT emoji, count(*)::int AS n, bool_or(user_id = $1) AS me, min(created_at) AS first
            FROM message_reactions WHERE message_id = m.id GROUP BY emoji) r), '[]')`;

const COLUMNS = `m.id, m.channel_id, m.seq, m.author_id, m.body, m.client_message_id, m.thread_root_id, m.reply_count,
  m.mentions, m.attachment_ids, m.created_at, m.edited_at, m.deleted_at, ${REACTIONS} AS reactions`;

/**
 * Turns messages into what clients see: reactions summed (with the viewer's own marked) and
 * attachments. Reading a page is one query, reactions included: history pages are the most
 * frequent read there is.
 */
@Injectable()
export class MessageReader {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Messages (alias `m`) matching `where`, then `orderAndLimit`. The viewer is $1; `params` are
   * $2 onwards. Only fixed SQL goes into `where` and `orderAndLimit`, never input.
   */
  async select(where: string, params: unknown[], viewerId: string | null, orderAndLimit = ''): Promise<MessageView[]> {
    const rows: MessageRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM messages m WHERE ${where} ${orderAndLimit}`, [
      viewerId,
      ...params,
    ]);
    const fileIds = [...new Set(rows.flatMap((r) => r.attachment_ids))];
    const files = fileIds.length ? await this.dataSource.getRepository(StoredFile).findBy({ id: In(fileIds) }) : [];
    const fileById = new Map(files.map((f) => [f.id, f]));
    return rows.map((r) =>
      messageView(
        toMessage(r),
        r.reactions.map((x): ReactionSummary => ({ emoji: x.emoji, count: x.count, me: !!x.me })),
        r.attachment_ids.map((id) => fileById.get(id)).filter((f): f is StoredFile => !!f),
      ),
    );
  }

  /** Views of messages already loaded, in the same order. */
  async views(messages: Message[], viewerId: string | null): Promise<MessageView[]> {
    if (messages.length === 0) return [];
    const byId = new Map((await this.select('m.id = ANY($2)', [messages.map((m) => m.id)], viewerId)).map((v) => [v.id, v]));
    return messages.map((m) => byId.get(m.id)).filter((v): v is MessageView => !!v);
  }

  async view(message: Message, viewerId: string | null): Promise<MessageView> {
    return (await this.views([message], viewerId))[0];
  }
}

// Without search_text: no view shows it, and it would double what every page reads.
function toMessage(r: MessageRow): Message {
  return Object.assign(new Message(), {
    id: r.id,
    channelId: r.channel_id,
    seq: r.seq,
    authorId: r.author_id,
    body: r.body,
    clientMessageId: r.client_message_id,
    threadRootId: r.thread_root_id,
    replyCount: r.reply_count,
    mentions: r.mentions,
    attachmentIds: r.attachment_ids,
    createdAt: r.created_at,
    editedAt: r.edited_at,
    deletedAt: r.deleted_at,
  });
}
