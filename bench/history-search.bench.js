#!/usr/bin/env node
// History and search under load (issue 16): one channel grown to 1,000,000 messages (and more with
// HISTORY_SIZES=1000000,10000000), then for each size
//  - 50-message history pages at random points, and searches (common words, rare product codes,
//    Arabic-keyboard and capitalised variants, substrings), each for SECONDS with autocannon at 50
//    connections against the api; the server's own time from its Server-Timing header;
//  - the same SQL straight through `pg`: the library's own services (the access checks, the page,
//    the ranked search) over a plain pg pool of the api's size, 50 callers at once, no HTTP, no
//    Nest and no TypeORM — what is left of the api's time is the framework's;
//  - EXPLAIN (ANALYZE, BUFFERS) of every statement one history page and three kinds of search run,
//    saved beside the result (bench/results/history-search-explain-<size>.txt).
// Fails (CI's quick run) only when a response is not a full, correct page; never on times.
const { randomUUID } = require('node:crypto');
const { mkdirSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { Pool } = require('pg');
const autocannon = require('autocannon');
const { pct, ratio } = require('./lib/load');
const { writeResult, machine, runBench } = require('./lib/baselines');
const { freePort, freshDatabase, seedChannels, token, appEnv, startApp, ROOT, DIST } = require('./lib/hamkar');
const { loadHistory, randomBefore, SEARCHES } = require('./lib/history');

const QUICK = process.env.BENCH_QUICK === '1';
const SIZES = (process.env.HISTORY_SIZES ?? (QUICK ? '20000' : '1000000'))
  .split(',')
  .map(Number)
  .sort((a, b) => a - b);
const SECONDS = Number(process.env.HISTORY_SECONDS ?? (QUICK ? 2 : 10));
const CONNECTIONS = Number(process.env.HISTORY_CONNECTIONS ?? 50);
const PAGE = 50;
const DATABASE_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/hamkar_bench_history';
const log = (...a) => process.stderr.write(`[history-search.bench] ${a.join(' ')}\n`);

/** The messaging library's services over a bare pg pool: the api's SQL, without the api around it. */
function directServices(pool) {
  require('reflect-metadata');
  const lib = (p) => require(path.join(ROOT, DIST, p));
  const { MessagesService } = lib('libs/messaging/src/messages.service');
  const { MessageSearch } = lib('libs/messaging/src/search.service');
  const { ChannelAccessPolicy } = lib('libs/messaging/src/channel-access');
  const { MessageReader } = lib('libs/messaging/src/message-reader');
  const { AccessPolicy } = lib('libs/clusters/src/access/access-policy');
  const { WordFrequencies } = lib('libs/messaging/src/word-frequencies');
  const recorder = { statements: null };
  const querying = (client) => (sql, params) => {
    if (!/^\s*SET /.test(sql)) recorder.statements?.push({ sql, params });
    return client.query(sql, params).then((r) => r.rows);
  };
  const ds = {
    query: querying(pool),
    // Only asked for the files of messages that carry some; the loaded history carries none.
    getRepository: () => ({ findBy: async () => [] }),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({ query: querying(client) });
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
  };
  ds.manager = ds;
  const policy = new AccessPolicy(ds);
  const access = new ChannelAccessPolicy(ds, policy);
  const reader = new MessageReader(ds);
  const search = new MessageSearch(ds, policy, access, reader, new WordFrequencies(ds));
  return { messages: new MessagesService(ds, access, reader, null), search, recorder };
}

/** autocannon at CONNECTIONS against `paths()`; the client's latencies and the server's own (Server-Timing). */
async function cannon(base, auth, nextPath, seconds, check, connections = CONNECTIONS) {
  const server = [];
  // The server's times by search term (the `q` of the path): which of them make the tail.
  const byTerm = new Map();
  let wrong = 0;
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    headers: { authorization: auth },
    requests: [
      {
        setupRequest: (req, context) => {
          context.path = nextPath();
          return { ...req, path: context.path };
        },
        onResponse: (status, body, context, headers) => {
          const timing = headers['server-timing'] ?? headers['Server-Timing'];
          const m = /app;dur=([\d.]+)/.exec(timing ?? '');
          if (m) {
            server.push(Number(m[1]));
            const term = new URL(context.path, base).searchParams.get('q');
            if (term) (byTerm.get(term) ?? byTerm.set(term, []).get(term)).push(Number(m[1]));
          }
          if (status !== 200 || !check(JSON.parse(body))) wrong++;
        },
      },
    ],
  });
  return {
    requests: result.requests.total,
    perSecond: Math.round(result.requests.average),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    wrong,
    clientMs: { p50: result.latency.p50, p90: result.latency.p90, p97_5: result.latency.p97_5, p99: result.latency.p99 },
    serverMs: { p50: pct(server, 50), p95: pct(server, 95), p99: pct(server, 99) },
    ...(byTerm.size && { serverMsByTerm: Object.fromEntries([...byTerm].map(([t, ms]) => [t, { p50: pct(ms, 50), p95: pct(ms, 95) }])) }),
  };
}

/** CONNECTIONS callers at once for `seconds`, each calling `call` again as soon as it returns. */
async function direct(call, seconds, check) {
  const latencies = [];
  let wrong = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < until) {
        const t0 = process.hrtime.bigint();
        const r = await call();
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (!check(r)) wrong++;
      }
    }),
  );
  return {
    requests: latencies.length,
    perSecond: Math.round(latencies.length / seconds),
    wrong,
    ms: { p50: pct(latencies, 50), p95: pct(latencies, 95), p99: pct(latencies, 99) },
  };
}

async function explain(pool, recorder, call) {
  recorder.statements = [];
  await call();
  const statements = recorder.statements;
  recorder.statements = null;
  const plans = [];
  for (const { sql, params } of statements) {
    const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
    plans.push(`${sql.trim()}\n-- params: ${JSON.stringify(params).slice(0, 300)}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
    // A function's plan is not in its caller's: messages_matching's own statement, planned as it plans it.
    const call = /messages_matching\(\$1, to_tsquery\('simple', \$2\), (\d+)\)/.exec(sql);
    if (call) plans.push(`-- messages_matching's statement:\n${await matchingPlan(pool, params, Number(call[1]))}`);
  }
  return plans;
}

/** The plan of messages_matching's statement (libs/database/src/migrations/1765100000000-message-search-matches.ts) under its settings. */
async function matchingPlan(pool, [channelIds, typed], cap) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL enable_seqscan = off');
    await client.query('SET LOCAL enable_indexscan = off');
    const { rows } = await client.query(
      `EXPLAIN (ANALYZE, BUFFERS) SELECT id, search_vector, created_at FROM messages
        WHERE channel_id = ANY($1) AND deleted_at IS NULL AND search_vector @@ to_tsquery('simple', $2) LIMIT $3`,
      [channelIds, typed, cap],
    );
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

async function main() {
  const db = freshDatabase(DATABASE_URL);
  const {
    clusterId,
    channels: [channel],
  } = await seedChannels(db, 2, 1);
  const author = channel.members[0];
  const port = await freePort();
  const api = await startApp('api', appEnv(DATABASE_URL, `hamkar-bench:${randomUUID().slice(0, 8)}:`), { port });
  const pool = new Pool({ connectionString: DATABASE_URL, max: 20 });
  const { messages, search, recorder } = directServices(pool);
  const auth = `Bearer ${token(author)}`;
  let k = 0;
  const searchPath = () => `/api/v1/clusters/${clusterId}/search?q=${encodeURIComponent(SEARCHES[k++ % SEARCHES.length])}&limit=${PAGE}`;
  // A page well inside the history is full; every search here matches something.
  const fullPage = (r) => Array.isArray(r?.items) && r.items.length === PAGE;
  const found = (r) => Array.isArray(r?.items) && r.items.length > 0;

  const sizes = [];
  let loaded = 0;
  for (const rows of SIZES) {
    log(`growing the history to ${rows} messages`);
    await loadHistory(db, { channelId: channel.id, authorId: author, rows, already: loaded, log });
    loaded = rows;
    // A cursor at least a page above the oldest message: every page is full.
    const before = () => randomBefore(rows - PAGE) + PAGE;
    const historyPath = () => `/api/v1/channels/${channel.id}/messages?limit=${PAGE}&before=${before()}`;
    const directHistory = () => messages.history(author, channel.id, { before: before(), limit: PAGE });
    let j = 0;
    const directSearch = () => search.search(author, clusterId, SEARCHES[j++ % SEARCHES.length], undefined, PAGE);
    log('warming up');
    await cannon(api.url, auth, historyPath, 2, () => true);
    await cannon(api.url, auth, searchPath, 2, () => true);
    await direct(directHistory, 2, () => true);
    await direct(directSearch, 2, () => true);
    const at = { rows, loadAverage: machine().loadAverage };
    // api and pg alternate, so that both see the machine's load alike.
    at.history = { api: await cannon(api.url, auth, historyPath, SECONDS, fullPage) };
    at.history.pg = await direct(directHistory, SECONDS, fullPage);
    // One request at a time: the server's own time for a page, without 49 others queued beside it.
    at.history.apiAlone = await cannon(api.url, auth, historyPath, SECONDS, fullPage, 1);
    at.search = { api: await cannon(api.url, auth, searchPath, SECONDS, found) };
    at.search.pg = await direct(directSearch, SECONDS, found);
    at.search.apiAlone = await cannon(api.url, auth, searchPath, SECONDS, found, 1);
    at.ratios = {
      historyServerP95VsPg: ratio(at.history.api.serverMs.p95, at.history.pg.ms.p95),
      searchServerP95VsPg: ratio(at.search.api.serverMs.p95, at.search.pg.ms.p95),
      historyThroughputVsPg: ratio(at.history.api.perSecond, at.history.pg.perSecond),
      searchThroughputVsPg: ratio(at.search.api.perSecond, at.search.pg.perSecond),
    };
    const plans = [
      '== a history page',
      ...(await explain(pool, recorder, directHistory)),
      '== search for a common word (قيمت)',
      ...(await explain(pool, recorder, () => search.search(author, clusterId, 'قيمت', undefined, PAGE))),
      '== search for a rare product code (kala4242)',
      ...(await explain(pool, recorder, () => search.search(author, clusterId, 'kala4242', undefined, PAGE))),
      '== search for part of a word (kala424)',
      ...(await explain(pool, recorder, () => search.search(author, clusterId, 'kala424', undefined, PAGE))),
    ];
    mkdirSync(path.join(__dirname, 'results'), { recursive: true });
    const explainFile = path.join(__dirname, 'results', `history-search-explain-${rows}.txt`);
    writeFileSync(explainFile, `${plans.join('\n\n')}\n`);
    at.explain = path.relative(ROOT, explainFile);
    log(JSON.stringify(at));
    sizes.push(at);
  }

  const problems = sizes.flatMap((s) =>
    ['history', 'search'].flatMap((what) => {
      const { api: a, pg } = s[what];
      return [
        ...(a.non2xx || a.errors || a.timeouts
          ? [`${s.rows} ${what}: api answered ${a.non2xx} non-2xx, ${a.errors} errors, ${a.timeouts} timeouts`]
          : []),
        ...(a.wrong ? [`${s.rows} ${what}: ${a.wrong} api answers not a full page`] : []),
        ...(pg.wrong ? [`${s.rows} ${what}: ${pg.wrong} direct answers not a full page`] : []),
      ];
    }),
  );
  const result = {
    bench: 'history-search',
    quick: QUICK,
    at: new Date().toISOString(),
    machine: machine(),
    connections: CONNECTIONS,
    seconds: SECONDS,
    command: `${QUICK ? 'BENCH_QUICK=1 ' : ''}HISTORY_SIZES=${SIZES} HISTORY_SECONDS=${SECONDS} npm run bench -- history-search`,
    targets: { historyServerP95Ms: 5, searchServerP95Ms1M: 50, searchServerP95Ms10M: 100 },
    sizes,
    problems,
  };
  for (const s of sizes)
    process.stderr.write(
      `${s.rows} messages, ${CONNECTIONS} connections: history server p95 ${s.history.api.serverMs.p95} ms (pg ${s.history.pg.ms.p95} ms, ${s.ratios.historyServerP95VsPg}×), ${s.history.api.perSecond}/s (pg ${s.history.pg.perSecond}/s); ` +
        `search server p95 ${s.search.api.serverMs.p95} ms (pg ${s.search.pg.ms.p95} ms, ${s.ratios.searchServerP95VsPg}×), ${s.search.api.perSecond}/s (pg ${s.search.pg.perSecond}/s); ` +
        `one at a time: history server p95 ${s.history.apiAlone.serverMs.p95} ms, search ${s.search.apiAlone.serverMs.p95} ms\n`,
    );
  writeResult('history-search', result);
  console.log(JSON.stringify({ bench: 'history-search', sizes: sizes.map((s) => ({ rows: s.rows, ratios: s.ratios })), problems }));
  api.stop();
  await pool.end();
  await db.end();
  return problems;
}

runBench('history-search.bench', main);
