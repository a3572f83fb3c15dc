#!/usr/bin/env node
// Realtime grid (issue 16): live chat at 1,000 / 2,000 / 5,000 sockets × 100 / 200 / 500 messages/s,
// each point run against Hamkar's api and the two baseline relays in turn (the order rotates from
// point to point), with the same load generator (bench/lib/load.js: 20 members a channel, every
// delivery checked). Then, at 2,000 sockets, the highest rate each of the three sustains: every send
// acknowledged, nothing lost, the rate achieved, and send→receive p99 under 100 ms (doubling, then
// bisecting). Hamkar's figures are given as ratios to the relays'; CPU and memory per socket come
// from /proc. The load generator's own CPU is reported too: on a 2-core machine it competes with the
// servers, and a point where it is saturated says so rather than blaming the server.
// Env: GRID_SOCKETS=1000,2000,5000 GRID_RATES=100,200,500 GRID_SECONDS=10 SEARCH_SOCKETS=2000 SEARCH_MAX=3200.
const { randomUUID } = require('node:crypto');
const os = require('node:os');
const { runLiveLoad, deliveryProblems, loadFigures, ratio } = require('./lib/load');
const { startBaseline, writeResult, machine, runBench } = require('./lib/baselines');
const { freePort, freshDatabase, seedChannels, token, appEnv, startApp } = require('./lib/hamkar');

const QUICK = process.env.BENCH_QUICK === '1';
const list = (name, dflt, quick) => (process.env[name] ?? (QUICK ? quick : dflt)).split(',').map(Number);
const SOCKET_POINTS = list('GRID_SOCKETS', '1000,2000,5000', '200');
const RATE_POINTS = list('GRID_RATES', '100,200,500', '50');
const SECONDS = Number(process.env.GRID_SECONDS ?? (QUICK ? 3 : 10));
const SEARCH_SOCKETS = Number(process.env.SEARCH_SOCKETS ?? (QUICK ? 200 : 2000));
const SEARCH_MAX = Number(process.env.SEARCH_MAX ?? (QUICK ? 50 : 3200));
const SEARCH_START = QUICK ? 50 : 100;
const P99_LIMIT_MS = 100;
const PER_CHANNEL = 20;
const DATABASE_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/hamkar_bench_realtime';
const RELAY_DATABASE_URL = process.env.RELAY_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/hamkar_bench_relay';
const SYSTEMS = ['hamkar', 'bare-relay', 'persisted-relay'];
const log = (...a) => process.stderr.write(`[realtime.bench] ${a.join(' ')}\n`);

async function main() {
  const db = freshDatabase(DATABASE_URL);
  const most = Math.max(...SOCKET_POINTS, SEARCH_SOCKETS);
  log(`seeding ${most} users, ${PER_CHANNEL} a channel`);
  const { channels } = await seedChannels(db, most, Math.ceil(most / PER_CHANNEL));
  const channelOf = new Map(channels.flatMap((c) => c.members.map((m) => [m, c.id])));
  const port = await freePort();
  const api = await startApp('api', appEnv(DATABASE_URL, `hamkar-bench:${randomUUID().slice(0, 8)}:`), { port });
  const targets = {
    hamkar: { url: api.url, pid: api.pid, auth: (userId) => ({ token: token(userId) }) },
    'bare-relay': await startBaseline('bare-relay'),
    'persisted-relay': await startBaseline('persisted-relay', { RELAY_DATABASE_URL }),
  };
  for (const name of ['bare-relay', 'persisted-relay']) targets[name].auth = (userId) => ({ channelId: channelOf.get(userId) });

  const problems = [];
  const run = async (name, sockets, rate, seconds = SECONDS) => {
    const t = targets[name];
    // From a checkpointed database: the previous point's writes are not flushed on this one's time.
    await db.query('CHECKPOINT');
    const cpu0 = process.cpuUsage();
    const wall0 = Date.now();
    const r = await runLiveLoad({
      url: t.url,
      pid: t.pid,
      auth: t.auth,
      channels: channels.slice(0, Math.ceil(sockets / PER_CHANNEL)),
      rate,
      seconds,
      warmupMessages: Math.min(rate, Math.floor((rate * seconds) / 4)),
    });
    const cpu = process.cpuUsage(cpu0);
    const point = {
      system: name,
      sockets,
      rate,
      seconds,
      ...loadFigures(r),
      max: r.sendToReceiveMs.max,
      ackP99: r.ackMs.p99,
      kBPerSocket: r.server?.kBPerSocket ?? null,
      serverCpu: r.server?.cpuWhileSending ?? null,
      cpuMsPerMessage: r.server?.cpuMsPerMessage ?? null,
      // The load generator's CPU over the whole point (connect, send, drain), 1.0 = one core.
      loadGeneratorCpu: Math.round(((cpu.user + cpu.system) / 1000 / (Date.now() - wall0)) * 100) / 100,
      loadAverage: os.loadavg()[0],
    };
    for (const p of deliveryProblems(r, rate * seconds)) problems.push(`${name} ${sockets}×${rate}/s: ${p}`);
    log(JSON.stringify(point));
    return point;
  };

  // Warm-up, not kept: the first load a process sees pays for its JIT and its pools filling.
  for (const name of SYSTEMS)
    await runLiveLoad({
      url: targets[name].url,
      auth: targets[name].auth,
      channels: channels.slice(0, 10),
      rate: 50,
      seconds: 2,
      warmupMessages: 0,
    });

  // 1. the grid, the three systems in turn at each point
  const grid = [];
  let turn = 0;
  for (const sockets of SOCKET_POINTS)
    for (const rate of RATE_POINTS) {
      const order = SYSTEMS.map((_, i) => SYSTEMS[(i + turn) % SYSTEMS.length]);
      turn++;
      const at = {};
      for (const name of order) at[name] = await run(name, sockets, rate);
      grid.push({ sockets, rate, ...at, ratios: ratiosOf(at) });
    }

  // 2. the highest sustained rate, each system on its own
  const sustained = {};
  for (const name of SYSTEMS) sustained[name] = await highestRate((rate) => run(name, SEARCH_SOCKETS, rate));
  // In a search only the last, sustained run counts: a point past the limit loses nothing but is late,
  // and a late point is what the search looks for. Lost or duplicated deliveries count everywhere.
  // (Small, as CI runs it, every send must also be acknowledged.)
  const searchProblems = QUICK ? problems : problems.filter((p) => / (lost|duplicated)$/.test(p) || p.includes(' distinct,'));
  const result = {
    bench: 'realtime',
    quick: QUICK,
    at: new Date().toISOString(),
    machine: machine(),
    command: `${QUICK ? 'BENCH_QUICK=1 ' : ''}GRID_SOCKETS=${SOCKET_POINTS} GRID_RATES=${RATE_POINTS} GRID_SECONDS=${SECONDS} SEARCH_SOCKETS=${SEARCH_SOCKETS} npm run bench -- realtime`,
    p99LimitMs: P99_LIMIT_MS,
    grid,
    sustained,
    sustainedRatio: {
      'persisted-relay': ratio(sustained.hamkar.rate, sustained['persisted-relay'].rate),
      'bare-relay': ratio(sustained.hamkar.rate, sustained['bare-relay'].rate),
    },
    problems: searchProblems,
  };
  process.stderr.write(`${table(result)}\n`);
  writeResult('realtime', result);
  console.log(
    JSON.stringify({
      bench: 'realtime',
      sustained: Object.fromEntries(SYSTEMS.map((n) => [n, sustained[n].rate])),
      sustainedRatio: result.sustainedRatio,
      problems: result.problems,
    }),
  );
  api.stop();
  targets['bare-relay'].stop();
  targets['persisted-relay'].stop();
  await db.end();
  return result.problems;
}

/** Doubles the rate while it is sustained (or halves it while it is not), then bisects twice between the last good and the first bad rate. */
async function highestRate(runAt) {
  const ok = (p) =>
    p.failed === 0 && p.lost === 0 && p.duplicates === 0 && p.achievedRate >= 0.95 * p.rate && p.p99 !== null && p.p99 < P99_LIMIT_MS;
  const tried = [];
  let good = null;
  let bad = null;
  for (let rate = SEARCH_START; rate <= SEARCH_MAX; rate *= 2) {
    const p = await runAt(rate);
    tried.push(p);
    if (!ok(p)) {
      bad = p;
      break;
    }
    good = p;
  }
  // Too much already at the start (a busy machine): halve until a rate holds, down to 10 a second.
  for (let rate = Math.floor(SEARCH_START / 2); !good && rate >= 10; rate = Math.floor(rate / 2)) {
    const p = await runAt(rate);
    tried.push(p);
    if (ok(p)) good = p;
    else bad = p;
  }
  for (let i = 0; i < 2 && good && bad; i++) {
    const rate = Math.round((good.rate + bad.rate) / 2);
    const p = await runAt(rate);
    tried.push(p);
    if (ok(p)) good = p;
    else bad = p;
  }
  return {
    rate: good?.rate ?? 0,
    p99AtRate: good?.p99 ?? null,
    firstFailing: bad && { rate: bad.rate, p99: bad.p99, achievedRate: bad.achievedRate, failed: bad.failed },
    capped: !bad,
    tried,
  };
}

const ratiosOf = (at) => ({
  p99VsPersisted: ratio(at.hamkar.p99, at['persisted-relay'].p99),
  p99VsBare: ratio(at.hamkar.p99, at['bare-relay'].p99),
  cpuVsPersisted: ratio(at.hamkar.cpuMsPerMessage, at['persisted-relay'].cpuMsPerMessage),
});

function table({ grid, sustained, sustainedRatio }) {
  const lines = [
    'sockets × msg/s: p99 ms hamkar / persisted / bare (hamkar ÷ persisted), CPU ms a message hamkar / persisted, kB a socket hamkar, load generator CPU',
  ];
  for (const g of grid)
    lines.push(
      `${String(g.sockets).padStart(5)} × ${String(g.rate).padStart(4)}: ${g.hamkar.p99} / ${g['persisted-relay'].p99} / ${g['bare-relay'].p99} (${g.ratios.p99VsPersisted}×), cpu ${g.hamkar.cpuMsPerMessage} / ${g['persisted-relay'].cpuMsPerMessage}, ${g.hamkar.kBPerSocket} kB, gen ${Math.max(g.hamkar.loadGeneratorCpu, g['persisted-relay'].loadGeneratorCpu)}; lost ${g.hamkar.lost}/${g['persisted-relay'].lost}/${g['bare-relay'].lost}`,
    );
  lines.push(
    `highest rate with p99 < ${P99_LIMIT_MS} ms: ${Object.entries(sustained)
      .map(([n, s]) => `${n} ${s.rate}/s${s.capped ? ' (the search cap)' : ''}`)
      .join(', ')}; hamkar ÷ persisted ${sustainedRatio['persisted-relay']}`,
  );
  return lines.join('\n');
}

runBench('realtime.bench', main);
