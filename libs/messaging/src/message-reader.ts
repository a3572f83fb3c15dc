import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Message } from './message.entity';
import { messageView, MessageView, ReactionSummary } from './message-view';
import { StoredFile } from './stored-file.entity';

/** Turns message rows into what clients see: reactions summed (with the viewer's own marked) and attachments. */
@Injectable()
export class MessageReader {
  constructor(private readonly dataSource: DataSource) {}

  async views(messages: Message[], viewerId: string | null): Promise<MessageView[]> {
    if (messages.length === 0) return [];
    const ids = messages.map((m) => m.id);
    const reactions: Array<{ message_id: string; emoji: string; count: string; me: boolean }> = await this.dataSource.query(
      `SELECT message_id, emoji, count(*) AS count, bool_or(user_id = $2) AS me
         FROM message_reactions WHERE message_id = ANY($1) GROUP BY message_id, emoji ORDER BY min(created_at)`,
      [ids, viewerId],
    );
    const byMessage = new Map<string, ReactionSummary[]>();
    for (const r of reactions) {
      const list = byMessage.get(r.message_id) ?? [];
      list.push({ emoji: r.emoji, count: Number(r.count), me: !!r.me });
      byMessage.set(r.message_id, list);
    }
    const fileIds = [...new Set(messages.flatMap((m) => m.attachmentIds))];
    const files = fileIds.length ? await this.dataSource.getRepository(StoredFile).findBy({ id: In(fileIds) }) : [];
    const fileById = new Map(files.map((f) => [f.id, f]));
    return messages.map((m) =>
      messageView(
        m,
        byMessage.get(m.id),
        m.attachmentIds.map((id) => fileById.get(id)).filter((f): f is StoredFile => !!f),
      ),
    );
  }

  async view(message: Message, viewerId: string | null): Promise<MessageView> {
    return (await this.views([message], viewerId))[0];
  }
}
