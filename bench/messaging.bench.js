#!/usr/bin/env node
// Messaging benchmark (issue 4). Builds a throwaway database, starts one built api process and
//  1. connects SOCKETS sockets in CHANNELS channels (SOCKETS / CHANNELS members each) and sends
//     RATE messages/s for SECONDS seconds over the sockets; every member must receive every
//     message of its channel; reports send→receive latency (p50/p99) and ack latency;
//  2. loads HISTORY_ROWS messages into one channel and times 50-message history pages (p95);
//  3. times search over those messages (p95).
// Latencies 2 and 3 are reported twice: as the server measured them (its Server-Timing header,
// the target's measure) and as the client saw them (plus HTTP on loopback and JSON parsing).
// Run: npm run build:server && node -r ./dist/register-paths.js bench/messaging.bench.js
// Smaller runs: SOCKETS=400 CHANNELS=20 RATE=100 SECONDS=10 HISTORY_ROWS=100000 node ... (env).
const { spawn, execFileSync } = require('node:child_process');
const { randomUUID } = require('node:crypto');
const path = require('node:path');
const net = require('node:net');
const { Pool } = require('pg');
const jwt = require('jsonwebtoken');
const { runLiveLoad, deliveryProblems, pct, sleep } = require('./lib/load');
const { startBaseline, compare, comparisonTable, writeResult, machine } = require('./lib/baselines');

const ROOT = path.join(__dirname, '..');
const DIST = process.env.HAMKAR_DIST || 'dist';
// --quick (BENCH_QUICK=1, set by `npm run bench -- --quick`): small sizes, for the correctness checks only.
const QUICK = process.env.BENCH_QUICK === '1';
const num = (name, dflt, quick) => Number(process.env[name] ?? (QUICK ? quick : dflt));
const SOCKETS = num('SOCKETS', 2000, 200);
const CHANNELS = num('CHANNELS', 100, 10);
const RATE = num('RATE', 200, 50);
const SECONDS = num('SECONDS', 20, 5);
const HISTORY_ROWS = num('HISTORY_ROWS', 1_000_000, 20_000);
// The first seconds (JIT, pools filling) are sent and checked for delivery but not timed.
const WARMUP = num('WARMUP_SECONDS', 2, 1) * RATE;
const DATABASE_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/hamkar_bench_messaging';
const RELAY_DATABASE_URL = process.env.RELAY_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/hamkar_bench_relay';
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const JWT_SECRET = 'bench-secret-that-is-long-enough-for-hs256';
// The api runs with the node flags of `npm run start:api`, as in production.
const API_NODE_FLAGS = require('../package.json')
  .scripts['start:api'].match(/^node((?: --\S+)*) -r /)[1]
  .trim()
  .split(' ')
  .filter(Boolean);

const freePort = () =>
  new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

async function main() {
  const log = (...a) => process.stderr.write(`[messaging.bench] ${a.join(' ')}\n`);
  execFileSync(process.execPath, ['-r', `./${DIST}/register-paths.js`, `${DIST}/libs/database/src/cli/migrate.js`, 'run', '--recreate'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, DATABASE_URL },
  });
  const db = new Pool({ connectionString: DATABASE_URL, max: 4 });

  log(`seeding ${SOCKETS} users in ${CHANNELS} channels`);
  const perChannel = Math.ceil(SOCKETS / CHANNELS);
  const { rows: users } = await db.query(
    `INSERT INTO users (email, email_normalized, password_hash, display_name)
       SELECT 'b' || i || '@bench.test', 'b' || i || '@bench.test', 'x', 'Bench ' || i FROM generate_series(1, $1) i RETURNING id`,
    [SOCKETS],
  );
  const {
    rows: [cluster],
  } = await db.query(
    `INSERT INTO clusters (slug, name, sector, country, region, created_by) VALUES ($1, 'Bench', 'carpets', 'IR', 'Zanjan', $2) RETURNING id`,
    [`bench-${randomUUID().slice(0, 8)}`, users[0].id],
  );
  await db.query(`INSERT INTO memberships (cluster_id, user_id, role) SELECT $1, unnest($2::uuid[]), 'member'`, [
    cluster.id,
    users.map((u) => u.id),
  ]);
  const channels = [];
  for (let c = 0; c < CHANNELS; c++) {
    const {
      rows: [ch],
    } = await db.query(`INSERT INTO channels (cluster_id, name, kind) VALUES ($1, $2, 'public') RETURNING id`, [cluster.id, `bench-${c}`]);
    const members = users.slice(c * perChannel, (c + 1) * perChannel).map((u) => u.id);
    await db.query(`INSERT INTO channel_members (channel_id, user_id) SELECT $1, unnest($2::uuid[])`, [ch.id, members]);
    channels.push({ id: ch.id, members });
  }

  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL,
    REDIS_URL,
    REDIS_PREFIX: `hamkar-bench:${randomUUID().slice(0, 8)}:`,
    JWT_SECRET,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_API_PER_MINUTE: '100000',
    MIGRATIONS_RUN: 'false',
    FILES_DIR: '.tmp/bench/files',
    MAIL_TRANSPORT: 'file:.tmp/bench/mail',
    CORS_ORIGINS: `http://127.0.0.1:${port}`,
  };
  // API_CPU_PROF=<dir>: the api writes a V8 CPU profile there when it stops (open it in Chrome's DevTools or speedscope).
  const profileFlags = process.env.API_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(process.env.API_CPU_PROF)] : [];
  const api = spawn(
    process.execPath,
    [...API_NODE_FLAGS, ...profileFlags, '-r', `./${DIST}/register-paths.js`, `${DIST}/apps/api/src/main.js`],
    { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const base = `http://127.0.0.1:${port}`;
  const stopApi = () => api.exitCode === null && api.kill('SIGTERM');
  process.on('exit', stopApi);
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await sleep(100);
  }
  const token = (userId) =>
    jwt.sign({ sub: userId, sid: randomUUID(), typ: 'access' }, JWT_SECRET, { algorithm: 'HS256', expiresIn: 3600 });

  // 1. live delivery: the two baseline relays first, then Hamkar's api, with the same clients and load.
  const channelOf = new Map(channels.flatMap((c) => c.members.map((m) => [m, c.id])));
  const load = { channels, rate: RATE, seconds: SECONDS, warmupMessages: WARMUP };
  const baselines = {};
  for (const name of ['bare-relay', 'persisted-relay']) {
    const relay = await startBaseline(name, { RELAY_DATABASE_URL });
    try {
      baselines[name] = await runLiveLoad({
        ...load,
        url: relay.url,
        pid: relay.pid,
        auth: (userId) => ({ channelId: channelOf.get(userId) }),
        log: (m) => log(`${name}: ${m}`),
      });
    } finally {
      relay.stop();
    }
    log(`${name}: ${JSON.stringify(baselines[name])}`);
  }
  const live = await runLiveLoad({
    ...load,
    url: base,
    pid: api.pid,
    auth: (userId) => ({ token: token(userId) }),
    log: (m) => log(`hamkar: ${m}`),
  });
  log(`hamkar: ${JSON.stringify(live)}`);
  const comparison = compare(live, baselines);
  process.stderr.write(`${comparisonTable(live, baselines, comparison)}\n`);
  const problems = Object.entries({ hamkar: live, ...baselines }).flatMap(([name, r]) =>
    deliveryProblems(r, RATE * SECONDS).map((p) => `${name}: ${p}`),
  );

  // 2. history and 3. search over HISTORY_ROWS messages in one channel
  log(`loading ${HISTORY_ROWS} messages`);
  const big = channels[0];
  const author = big.members[0];
  const words = [
    'پشم',
    'قالی',
    'رنگ',
    'قیمت',
    'سفارش',
    'iplik',
    'xalça',
    'qiymet',
    'sifaris',
    'wool',
    'yarn',
    'dye',
    'truck',
    'zanjan',
    'tabriz',
    'کیفیت',
  ];
  await db.query(`DROP INDEX IF EXISTS messages_search; DROP INDEX IF EXISTS messages_search_vector`);
  // search_text is the body folded by the api's own function, as the api stores it.
  const { normalizeForSearch } = require(path.join(ROOT, DIST, 'libs/common/src/text/normalize'));
  await db.query(
    `INSERT INTO messages (channel_id, seq, author_id, body, search_text, client_message_id)
       SELECT $1, 100000 + i, $2, w1 || ' ' || w2 || rest, f1 || ' ' || f2 || rest, 'bulk-' || i FROM (
         SELECT i, ($3::text[])[1 + (i * 7) % 16] AS w1, ($3::text[])[1 + (i * 13) % 16] AS w2,
                ($5::text[])[1 + (i * 7) % 16] AS f1, ($5::text[])[1 + (i * 13) % 16] AS f2,
                ' kala' || ((i * 7919) % 20000) || ' sefaresh' || ((i * 104729) % 50000) AS rest
           FROM generate_series(1::bigint, $4::bigint) i) x`,
    [big.id, author, words, HISTORY_ROWS, words.map(normalizeForSearch)],
  );
  await db.query(`UPDATE channels SET last_seq = 100000 + $2 WHERE id = $1`, [big.id, HISTORY_ROWS]);
  await db.query(`CREATE INDEX messages_search ON messages USING gin (search_text gin_trgm_ops)`);
  await db.query(`CREATE INDEX messages_search_vector ON messages USING gin (search_vector)`);
  // As autovacuum would after such a load; without it, it runs during the measurements.
  await db.query(`VACUUM (ANALYZE) messages`);
  await db.query(`CHECKPOINT`); // the load's dirty pages written now, not during the measurements
  const auth = { authorization: `Bearer ${token(author)}` };
  // Server time from the api's Server-Timing header; client time adds HTTP on loopback and JSON parsing.
  const timed = async (url, into) => {
    const t0 = process.hrtime.bigint();
    const res = await fetch(`${base}/api/v1${url}`, { headers: auth });
    await res.json();
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    into.client.push(Number(process.hrtime.bigint() - t0) / 1e6);
    into.server.push(Number(/app;dur=([\d.]+)/.exec(res.headers.get('server-timing'))[1]));
  };
  const summary = ({ server, client }) => ({
    server: { p50: pct(server, 50), p95: pct(server, 95) },
    client: { p50: pct(client, 50), p95: pct(client, 95) },
  });
  const history = { server: [], client: [] };
  // Warm-up (JIT, plan caches, the pages of the index), not timed.
  for (let i = 0; i < 2000; i++)
    await timed(`/channels/${big.id}/messages?limit=50&before=${100000 + Math.floor(Math.random() * HISTORY_ROWS)}`, {
      server: [],
      client: [],
    });
  for (let i = 0; i < 500; i++)
    await timed(`/channels/${big.id}/messages?limit=50&before=${100000 + Math.floor(Math.random() * HISTORY_ROWS)}`, history);
  // Common words (each in ~1 of 16 messages), rarer product codes, Arabic-keyboard and capitalised variants.
  // 'پشم قالی' and 'kala424' match no whole word and fall back to the substring search.
  const queries = [
    'پشم قالی',
    'قيمت',
    'IPLIK',
    'XALÇA',
    'kala4242',
    'كيفيت kala17',
    'sefaresh31337',
    'wool dye',
    'kala424',
    'sefaresh3133',
  ];
  const search = { server: [], client: [] };
  for (let i = 0; i < 100; i++)
    await timed(`/clusters/${cluster.id}/search?q=${encodeURIComponent(queries[i % queries.length])}&limit=50`, { server: [], client: [] }); // warm-up
  for (let i = 0; i < 200; i++)
    await timed(`/clusters/${cluster.id}/search?q=${encodeURIComponent(queries[i % queries.length])}&limit=50`, search);
  const stored = { historyRows: HISTORY_ROWS, historyPage50Ms: summary(history), searchMs: summary(search) };
  log(JSON.stringify(stored));
  const result = {
    bench: 'messaging',
    quick: QUICK,
    at: new Date().toISOString(),
    machine: machine(),
    command: `${QUICK ? 'BENCH_QUICK=1 ' : ''}SOCKETS=${SOCKETS} CHANNELS=${CHANNELS} RATE=${RATE} SECONDS=${SECONDS} HISTORY_ROWS=${HISTORY_ROWS} npm run bench -- messaging`,
    ...live,
    baselines,
    ratios: comparison,
    ...stored,
    problems,
  };
  writeResult('messaging', result);
  console.log(JSON.stringify(result));
  stopApi();
  // The profile is written as the api exits.
  if (profileFlags.length && api.exitCode === null) await new Promise((resolve) => api.once('exit', resolve));
  await db.end();
  // Never on times: only on what must hold on any machine (every message delivered exactly once).
  if (problems.length) process.stderr.write(`[messaging.bench] FAILED: ${problems.join('; ')}\n`);
  process.exit(problems.length ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
