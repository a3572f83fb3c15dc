import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * What the cluster dashboard reads about conversation, without touching messaging's tables. The
 * caller has already checked who may see the cluster's figures.
 */
@Injectable()
export class MessageFigures {
  constructor(private readonly dataSource: DataSource) {}

  /** People who wrote in the cluster's channels in the last `days` days. */
  async authorsSince(clusterId: string, days: number): Promise<string[]> {
    const rows: Array<{ author_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT msg.author_id FROM messages msg JOIN channels c ON c.id = msg.channel_id
        WHERE c.cluster_id = $1 AND msg.created_at > now() - $2::int * interval '1 day'`,
      [clusterId, days],
    );
    return rows.map((r) => r.author_id);
  }

  /** Messages not deleted, per week (its Monday, `YYYY-MM-DD`) of the last `weeks` weeks, this one included. */
  async perWeek(clusterId: string, weeks: number): Promise<Array<{ week: string; messages: number }>> {
    return this.dataSource.query(
      `SELECT to_char(w.week, 'YYYY-MM-DD') AS week, count(msg.id)::int AS messages
         FROM generate_series(date_trunc('week', now()) - ($2::int - 1) * interval '1 week', date_trunc('week', now()), interval '1 week')
              AS w(week)
         LEFT JOIN (SELECT msg.id, msg.created_at FROM messages msg JOIN channels c ON c.id = msg.channel_id
                     WHERE c.cluster_id = $1 AND msg.deleted_at IS NULL) msg
           ON msg.created_at >= w.week AND msg.created_at < w.week + interval '1 week'
        GROUP BY w.week ORDER BY w.week`,
      [clusterId, weeks],
    );
  }

  /** Messages written (deleted ones too), per month (`YYYY-MM`) of the last `months` months, this one included. */
  async perMonth(clusterId: string, months: number): Promise<Map<string, number>> {
    const rows: Array<{ month: string; n: number }> = await this.dataSource.query(
      `SELECT to_char(date_trunc('month', msg.created_at), 'YYYY-MM') AS month, count(*)::int AS n
         FROM messages msg JOIN channels c ON c.id = msg.channel_id
        WHERE c.cluster_id = $1 AND msg.created_at >= date_trunc('month', now()) - ($2::int - 1) * interval '1 month'
          AND msg.created_at < date_trunc('month', now()) + interval '1 month'
        GROUP BY 1`,
      [clusterId, months],
    );
    return new Map(rows.map((r) => [r.month, r.n]));
  }
}
