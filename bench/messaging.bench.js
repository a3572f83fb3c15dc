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
const { randomUUID } = require('node:crypto');
const path = require('node:path');
const { runLiveLoad, deliveryProblems, pct } = require('./lib/load');
const { startBaseline, compare, comparisonTable, writeResult, machine, runBench } = require('./lib/baselines');
const { freePort, freshDatabase, seedChannels, token, appEnv, startApp } = require('./lib/hamkar');
const { loadHistory, randomBefore, SEARCHES } = require('./lib/history');

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

async function main() {
  const log = (...a) => process.stderr.write(`[messaging.bench] ${a.join(' ')}\n`);
  const db = freshDatabase(DATABASE_URL);

  log(`seeding ${SOCKETS} users in ${CHANNELS} channels`);
  const { clusterId, channels } = await seedChannels(db, SOCKETS, CHANNELS);

  const port = await freePort();
  // API_CPU_PROF=<dir>: the api writes a V8 CPU profile there when it stops (open it in Chrome's DevTools or speedscope).
  const profileFlags = process.env.API_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(process.env.API_CPU_PROF)] : [];
  const api = await startApp('api', appEnv(DATABASE_URL, `hamkar-bench:${randomUUID().slice(0, 8)}:`), { port, nodeFlags: profileFlags });
  const base = api.url;

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
  await loadHistory(db, { channelId: big.id, authorId: author, rows: HISTORY_ROWS });
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
    await timed(`/channels/${big.id}/messages?limit=50&before=${randomBefore(HISTORY_ROWS)}`, { server: [], client: [] });
  for (let i = 0; i < 500; i++) await timed(`/channels/${big.id}/messages?limit=50&before=${randomBefore(HISTORY_ROWS)}`, history);
  const search = { server: [], client: [] };
  for (let i = 0; i < 100; i++)
    await timed(`/clusters/${clusterId}/search?q=${encodeURIComponent(SEARCHES[i % SEARCHES.length])}&limit=50`, {
      server: [],
      client: [],
    }); // warm-up
  for (let i = 0; i < 200; i++)
    await timed(`/clusters/${clusterId}/search?q=${encodeURIComponent(SEARCHES[i % SEARCHES.length])}&limit=50`, search);
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
  api.stop();
  // The profile is written as the api exits.
  if (profileFlags.length) await api.exited;
  await db.end();
  // Never on times: only on what must hold on any machine (every message delivered exactly once).
  return problems;
}

runBench('messaging.bench', main);
