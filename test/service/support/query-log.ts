import type { DataSource } from 'typeorm';

/**
 * The SQL statements the services send while `work` runs. Every statement, through a repository,
 * a query builder or plain `query`, passes the data source's logger on its way to PostgreSQL, so a
 * spy there counts round trips without replacing anything the services use.
 */
export async function queriesDuring<T>(dataSource: DataSource, work: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  const sql: string[] = [];
  const logger = dataSource.logger;
  const original = logger.logQuery;
  logger.logQuery = function (query, ...rest) {
    sql.push(query);
    return original.call(this, query, ...rest);
  };
  try {
    return { result: await work(), sql };
  } finally {
    logger.logQuery = original;
  }
}

/** The statements that read `table` (as `FROM table` or `JOIN table`). */
export const reading = (sql: string[], table: string) => sql.filter((q) => new RegExp(`\\b(FROM|JOIN)\\s+"?${table}"?\\b`, 'i').test(q));
