import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** How long the statistics are used before they are read again (ANALYZE refreshes them far less often). */
const REFRESH_MS = 5 * 60_000;

interface Statistics {
  readAt: number;
  messages: number;
  /** The most common words of all messages, with the share of messages holding each. */
  shares: Map<string, number>;
}

/**
 * How many messages hold a word, from PostgreSQL's own statistics of `search_vector`: the most
 * common words ANALYZE keeps, with the share of messages holding each. A word it does not list is
 * rarer than all of those. Search asks before it lets the GIN index answer, which reads every
 * message holding the query's rarest word, in every cluster.
 */
@Injectable()
export class WordFrequencies {
  private statistics?: Statistics;

  constructor(private readonly dataSource: DataSource) {}

  /** The estimated number of messages holding the rarest of `words` (a prefix: every common word it begins). */
  async rarest(words: Array<{ word: string; prefix: boolean }>): Promise<number> {
    const { messages, shares } = await this.read();
    const share = ({ word, prefix }: { word: string; prefix: boolean }) =>
      prefix ? [...shares].reduce((sum, [w, s]) => (w.startsWith(word) ? sum + s : sum), 0) : (shares.get(word) ?? 0);
    return Math.round(Math.min(...words.map(share)) * messages);
  }

  private async read(): Promise<Statistics> {
    if (this.statistics && Date.now() - this.statistics.readAt < REFRESH_MS) return this.statistics;
    const [row]: Array<{ messages: number; words: string[] | null; shares: number[] | null }> = await this.dataSource.query(
      `SELECT greatest(c.reltuples, 0)::float8 AS messages, s.most_common_elems::text::text[] AS words, s.most_common_elem_freqs AS shares
         FROM pg_class c LEFT JOIN pg_stats s ON s.schemaname = current_schema() AND s.tablename = 'messages' AND s.attname = 'search_vector'
        WHERE c.oid = 'messages'::regclass`,
    );
    // The shares array ends with three figures of its own (least and most common share, empty share).
    const words = row?.words ?? [];
    this.statistics = {
      readAt: Date.now(),
      messages: Number(row?.messages ?? 0),
      shares: new Map(words.map((w, i) => [w, Number(row?.shares?.[i] ?? 0)])),
    };
    return this.statistics;
  }
}
