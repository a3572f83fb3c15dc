import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AccessPolicy } from '@hamkar/clusters';
import { BadInput, normalizeForSearch } from '@hamkar/common';
import { ChannelAccessPolicy } from './channel-access';
import { MessageReader } from './message-reader';
import { MessageView } from './message-view';
import { Message } from './message.entity';

/**
 * Full-text and trigram search over what the caller may read. Bodies are stored folded (ي→ی, ك→ک, no
 * ZWNJ, Latin digits, ı→i …) and the query is folded the same way, so the spelling variants
 * people really type find each other; trigram word similarity ranks the best first.
 */
@Injectable()
export class MessageSearch {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly access: ChannelAccessPolicy,
    private readonly reader: MessageReader,
  ) {}

  async search(userId: string, clusterId: string, q: string, channelId?: string, limit = 50): Promise<{ items: MessageView[]; nextCursor: null }> {
    await this.policy.authorize(userId, clusterId, 'channel.read');
    const needle = normalizeForSearch(q);
    if (needle.length < 2) throw new BadInput('Search for at least 2 characters', [{ field: 'q', message: 'must have at least 2 letters or digits' }]);
    let channels = await this.access.readableChannelIds(userId, clusterId);
    if (channelId) channels = channels.filter((c) => c === channelId);
    if (channels.length === 0) return { items: [], nextCursor: null };
    // Whole words first. A common word fills a page from the newest RECENT messages alone (a short
    // walk of the created_at index); otherwise the word is rare enough to rank every match from
    // the GIN index. Either way no query reads more than a few thousand rows.
    let rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM (
         SELECT id, search_vector, created_at FROM messages
          WHERE channel_id = ANY($1) AND deleted_at IS NULL ORDER BY created_at DESC LIMIT ${RECENT}) recent
        WHERE search_vector @@ plainto_tsquery('simple', $2)
        ORDER BY ts_rank(search_vector, plainto_tsquery('simple', $2)) DESC, created_at DESC LIMIT $3`,
      [channels, needle, limit],
    );
    if (rows.length < limit) {
      rows = await this.dataSource.query(
        `SELECT id FROM messages
          WHERE channel_id = ANY($1) AND deleted_at IS NULL AND search_vector @@ plainto_tsquery('simple', $2)
          ORDER BY ts_rank(search_vector, plainto_tsquery('simple', $2)) DESC, created_at DESC LIMIT $3`,
        [channels, needle, limit],
      );
    }
    if (rows.length === 0) {
      // No whole word matched: part of a word, as a substring of the folded text (the trigram
      // index finds it), the newest candidates ranked by trigram word similarity.
      rows = await this.dataSource.query(
        `WITH hits AS (
           SELECT id, search_text, created_at FROM messages
            WHERE channel_id = ANY($1) AND deleted_at IS NULL AND search_text LIKE '%' || $2 || '%'
            ORDER BY created_at DESC LIMIT ${CANDIDATES})
         SELECT id FROM hits ORDER BY word_similarity($3, search_text) DESC, created_at DESC LIMIT $4`,
        [channels, escapeLike(needle), needle, limit],
      );
    }
    const messages = await this.dataSource.getRepository(Message).findBy({ id: In(rows.map((r) => r.id)) });
    const order = new Map(rows.map((r, i) => [r.id, i]));
    messages.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    return { items: await this.reader.views(messages, userId), nextCursor: null };
  }
}

const CANDIDATES = 1000;
const RECENT = 5000;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
