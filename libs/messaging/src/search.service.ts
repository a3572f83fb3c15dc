import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '@hamkar/clusters';
import { BadInput, normalizeForSearch } from '@hamkar/common';
import { ChannelAccessPolicy } from './channel-access';
import { MessageReader } from './message-reader';
import { MessageView } from './message-view';
import { typedWords, typingQuery } from './search-query';
import { WordFrequencies } from './word-frequencies';

/**
 * Full-text and trigram search over what the caller may read. Bodies are stored folded (ي→ی, ك→ک, no
 * ZWNJ, Latin digits, ı→i …) and the query is folded the same way, so the spelling variants
 * people really type find each other. Whole words rank first, then words the search begins;
 * trigram word similarity catches typos.
 */
@Injectable()
export class MessageSearch {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly access: ChannelAccessPolicy,
    private readonly reader: MessageReader,
    private readonly words: WordFrequencies,
  ) {}

  async search(
    userId: string,
    clusterId: string,
    q: string,
    channelId?: string,
    limit = 50,
  ): Promise<{ items: MessageView[]; nextCursor: null }> {
    await this.policy.authorize(userId, clusterId, 'channel.read');
    const needle = normalizeForSearch(q);
    if (needle.length < 2)
      throw new BadInput(
        'Search for at least 2 characters',
        [{ field: 'q', message: 'must have at least 2 letters or digits', code: 'search.too-short', params: { min: 2 } }],
        { code: 'search.too-short', params: { min: 2 } },
      );
    let channels = await this.access.readableChannelIds(userId, clusterId);
    if (channelId) channels = channels.filter((c) => c === channelId);
    if (channels.length === 0) return { items: [], nextCursor: null };
    const rows = (await this.matching(channels, typingQuery(needle), needle, limit)) ?? (await this.similar(channels, needle, limit));
    const order = new Map(rows.map((id, i) => [id, i]));
    const items = await this.reader.select('m.id = ANY($2)', [rows], userId);
    return { items: items.sort((a, b) => order.get(a.id)! - order.get(b.id)!), nextCursor: null };
  }

  /**
   * Messages with every word of the search (the last one perhaps unfinished), those with the
   * words whole first, then by rank; null when none match. No query reads more than a bounded
   * number of rows, however big the channels grow: words used in many messages fill the page
   * from the newest ones (a short walk of the created_at index, then a wider one when the newest
   * hold the words often enough to fill it); rarer ones have all their matches ranked from the GIN
   * index, unless the statistics or the index's time say they are too common for it; words common
   * long ago but rare lately are looked for in the wider walk.
   */
  private async matching(channels: string[], typed: string, needle: string, limit: number): Promise<string[] | null> {
    const params: SearchParams = [channels, typed, limit, needle];
    const recent = await this.ranked(newest(RECENT, 'search_vector'), params);
    if (recent.ids.length === limit) return recent.ids;
    let wider = recent.candidates * (WIDER / RECENT) >= limit ? await this.ranked(newest(WIDER, 'search_vector'), params) : undefined;
    if (wider?.ids.length === limit) return wider.ids;
    const common = (await this.words.rarest(typedWords(needle))) > INDEX_READS_MAX;
    // Common words that none of the newest messages hold together: the index would read every
    // message holding any of them, and a wider walk would find next to nothing.
    if (common && recent.candidates === 0) return null;
    const indexed = common ? null : await this.fromTheIndex(params);
    if (indexed && indexed.candidates <= INDEXED) return indexed.ids.length ? indexed.ids : null;
    wider ??= await this.ranked(newest(WIDER, 'search_vector'), params);
    return wider.ids.length ? wider.ids : indexed?.ids.length ? indexed.ids : null;
  }

  /**
   * Up to INDEXED + 1 matches read through the GIN index (see the messages_matching migration), or
   * null when it cannot find them within INDEX_MS: an unfinished word makes the index gather every
   * word it begins, which the statistics cannot foresee (`kala17` begins 1,111 product codes).
   */
  private async fromTheIndex(params: SearchParams): Promise<Ranked | null> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await manager.query(`SET LOCAL statement_timeout = ${INDEX_MS}`);
        return this.ranked(`SELECT * FROM messages_matching($1, to_tsquery('simple', $2), ${INDEXED + 1})`, params, manager);
      });
    } catch (e) {
      if (isStatementTimeout(e)) return null;
      throw e;
    }
  }

  private async ranked(candidates: string, params: SearchParams, db: Pick<EntityManager, 'query'> = this.dataSource): Promise<Ranked> {
    const rows: Array<{ id: string; candidates: string }> = await db.query(
      `WITH q AS (SELECT to_tsquery('simple', $2) AS typed, plainto_tsquery('simple', $4) AS whole)
       SELECT id, count(*) OVER () AS candidates FROM (${candidates}) hits, q
        WHERE search_vector @@ q.typed
        ORDER BY search_vector @@ q.whole DESC, ts_rank(search_vector, q.typed) DESC, created_at DESC LIMIT $3`,
      params,
    );
    return { ids: rows.map((r) => r.id), candidates: Number(rows[0]?.candidates ?? 0) };
  }

  /**
   * No message has the words, nor words starting so: a typo or the middle of a word. Trigram word
   * similarity over the newest SIMILAR messages finds it; older ones need the words as written.
   */
  private async similar(channels: string[], needle: string, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM (${newest(SIMILAR, 'search_text')}) recent
        WHERE word_similarity($2, search_text) >= ${SIMILAR_ENOUGH} ORDER BY word_similarity($2, search_text) DESC, created_at DESC LIMIT $3`,
      [channels, needle, limit],
    );
    return rows.map((r) => r.id);
  }
}

type SearchParams = [channelIds: string[], typed: string, limit: number, needle: string];
type Ranked = { ids: string[]; candidates: number };

const RECENT = 5000;
const WIDER = 20000;
const INDEXED = 2000;
/** Past this many messages holding the rarest word, the GIN index reads too much to be asked (about 10 ms per 100,000). */
const INDEX_READS_MAX = 100_000;
/** What the GIN index is given before the wider walk is tried instead. */
const INDEX_MS = 50;
/** Trigram word similarity costs about 25 µs a message: the newest 1,000 are what a search's time allows. */
const SIMILAR = 1000;
/** One letter missing from a six-letter word scores 0.57; pg_trgm's own default (0.6) misses it. */
const SIMILAR_ENOUGH = 0.5;

/** The newest `n` messages of the channels in $1, with the one search column the step reads. */
const newest = (n: number, column: 'search_vector' | 'search_text') =>
  `SELECT id, ${column}, created_at FROM messages WHERE channel_id = ANY($1) AND deleted_at IS NULL ORDER BY created_at DESC LIMIT ${n}`;

const isStatementTimeout = (e: unknown) => {
  const err = e as { code?: string; driverError?: { code?: string } };
  return (err?.driverError?.code ?? err?.code) === '57014';
};
