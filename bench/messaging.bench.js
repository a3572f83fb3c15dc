#!/usr/bin/env node
// Messaging benchmark (issue 4). Builds a throwaway database, starts one built api process and
//  1. connects SOCKETS sockets in CHANNELS channels (SOCKETS / CHANNELS members each) and sends
//     RATE messages/s for SECONDS seconds over the sockets; every member must receive every
//     message of its channel; reports send→receive latency (p50/p99) and ack latency, beside the
//     two baseline relays under the same load, ROUNDS times in rotating order;
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
const ROUNDS = num('ROUNDS', 3, 1);
const TARGETS = ['bare-relay', 'persisted-relay', 'hamkar'];
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

  // 1. live delivery: Hamkar's api and the two relays with the same clients and load, ROUNDS times,
  // the order rotating from round to round, so that a background spike or a checkpoint lands on
  // each target alike. Each relay starts fresh every round; Hamkar's api stays up (warm, as in use).
  const channelOf = new Map(channels.flatMap((c) => c.members.map((m) => [m, c.id])));
  const load = { channels, rate: RATE, seconds: SECONDS, warmupMessages: WARMUP };
  const runOn = async (name) => {
    if (name === 'hamkar')
      return runLiveLoad({
        ...load,
        url: base,
        pid: api.pid,
        auth: (userId) => ({ token: token(userId) }),
        log: (m) => log(`hamkar: ${m}`),
      });
    const relay = await startBaseline(name, { RELAY_DATABASE_URL });
    try {
      return await runLiveLoad({
        ...load,
        url: relay.url,
        pid: relay.pid,
        auth: (userId) => ({ channelId: channelOf.get(userId) }),
        log: (m) => log(`${name}: ${m}`),
      });
    } finally {
      relay.stop();
    }
  };
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const at = {};
    for (const name of TARGETS.map((_, i) => TARGETS[(i + round) % TARGETS.length])) {
      // Each target starts from a checkpointed database: the last one's writes are not flushed on its time.
      await db.query('CHECKPOINT');
      at[name] = await runOn(name);
      log(`round ${round + 1}, ${name}: ${JSON.stringify(at[name])}`);
    }
    const { hamkar, ...baselines } = at;
    rounds.push({ hamkar, baselines, ratios: compare(hamkar, baselines) });
    process.stderr.write(`round ${round + 1}: ${comparisonTable(hamkar, baselines, rounds.at(-1).ratios)}\n`);
  }
  const p99Ratios = rounds.map((r) => r.ratios['persisted-relay'].p99);
  // The round whose Hamkar ÷ persisted relay p99 is the median stands for the run.
  const median = rounds[rounds.map((_, i) => i).sort((a, b) => p99Ratios[a] - p99Ratios[b])[Math.floor((rounds.length - 1) / 2)]];
  const { hamkar: live, baselines, ratios: comparison } = median;
  const problems = rounds.flatMap((r, i) =>
    Object.entries({ hamkar: r.hamkar, ...r.baselines }).flatMap(([name, x]) =>
      deliveryProblems(x, RATE * SECONDS).map((p) => `round ${i + 1}, ${name}: ${p}`),
    ),
  );
  log(`Hamkar ÷ persisted relay, p99, by round: ${p99Ratios.join(', ')}`);

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
    command: `${QUICK ? 'BENCH_QUICK=1 ' : ''}SOCKETS=${SOCKETS} CHANNELS=${CHANNELS} RATE=${RATE} SECONDS=${SECONDS} ROUNDS=${ROUNDS} HISTORY_ROWS=${HISTORY_ROWS} npm run bench -- messaging`,
    ...live,
    baselines,
    ratios: comparison,
    p99VsPersistedByRound: p99Ratios,
    // Memory per socket only means something the first time the api's sockets connect: later rounds
    // reuse the heap the first one grew.
    hamkarKBPerSocketFirstRound: rounds[0].hamkar.server?.kBPerSocket ?? null,
    rounds,
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
