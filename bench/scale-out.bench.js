#!/usr/bin/env node
// Scale-out (issue 16): three api processes and two workers on one database and one Redis, behind
// HAProxy (Debian's package; a config this benchmark writes, websockets passed through, health
// checks on /health), all on loopback.
//  1. Throughput at saturation: the chat load of bench/lib/load.js (SOCKETS sockets, 20 a channel),
//     the offered rate doubling until the servers fall behind, against one api on its own, then
//     two and three behind HAProxy, the sockets spread over them (a message crosses nodes through
//     the Redis adapter). The highest rate acknowledged with nothing lost is each one's throughput.
//     CPU per process (each api, the workers, HAProxy, PostgreSQL, Redis, the load generator) and
//     the machine's idle CPU show what the limit was: on a 2-core machine the load generator and the
//     databases share the cores with the apis, and then more apis cannot add throughput.
//  2. One api killed mid-run: clients as the web client is (reconnect through HAProxy; `sync` from
//     the last seq they hold without a gap once `ready` again; a send not acknowledged is sent again
//     with the same clientMessageId). Afterwards every member must hold every stored message of its
//     channel exactly once, every send must be stored once, and every channel's seqs must be 1..n.
const { randomUUID } = require('node:crypto');
const { readFileSync, readdirSync } = require('node:fs');
const { io } = require('socket.io-client');
const { runLiveLoad, loadFigures, ratio, sleep } = require('./lib/load');
const { usage } = require('./lib/process-usage');
const { writeResult, machine, runBench } = require('./lib/baselines');
const { freePort, freshDatabase, seedChannels, token, appEnv, startApp } = require('./lib/hamkar');
const { startHaproxy, haproxyVersion } = require('./lib/haproxy');

const QUICK = process.env.BENCH_QUICK === '1';
const num = (name, dflt, quick) => Number(process.env[name] ?? (QUICK ? quick : dflt));
const SOCKETS = num('SCALE_SOCKETS', 2000, 200);
const STEP_SECONDS = num('SCALE_STEP_SECONDS', 8, 3);
const START_RATE = num('SCALE_START_RATE', 100, 50);
const MAX_RATE = num('SCALE_MAX_RATE', 3200, 50);
const KILL_RATE = num('KILL_RATE', 100, 50);
const KILL_SECONDS = num('KILL_SECONDS', 20, 8);
const PER_CHANNEL = 20;
const DATABASE_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/hamkar_bench_scale';
const log = (...a) => process.stderr.write(`[scale-out.bench] ${a.join(' ')}\n`);

/** Busy and total jiffies of the whole machine, from /proc/stat. */
function machineCpu() {
  const [, ...f] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  return { busy: total - f[3] - f[4], total };
}

/** Pids of every process whose command is `name` (PostgreSQL's backends, Redis). */
function pidsNamed(name) {
  const pids = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (readFileSync(`/proc/${d}/comm`, 'utf8').trim() === name) pids.push(Number(d));
    } catch {
      /* gone */
    }
  }
  return pids;
}

/** CPU (1.0 = one core) of each named process group over `work`, and the machine's busy share. */
async function cpuDuring(groups, work) {
  const read = () =>
    Object.fromEntries(
      Object.entries(groups).map(([name, pids]) => [
        name,
        (typeof pids === 'function' ? pids() : pids).reduce((s, pid) => s + (usage(pid)?.cpuSeconds ?? 0), 0),
      ]),
    );
  const before = read();
  const m0 = machineCpu();
  const self0 = process.cpuUsage();
  const t0 = Date.now();
  const result = await work();
  const seconds = (Date.now() - t0) / 1000;
  const after = read();
  const m1 = machineCpu();
  const self = process.cpuUsage(self0);
  const cpu = Object.fromEntries(
    Object.keys(groups).map((name) => [name, Math.round(((after[name] - before[name]) / seconds) * 100) / 100]),
  );
  cpu['load generator'] = Math.round(((self.user + self.system) / 1e6 / seconds) * 100) / 100;
  return { result, cpu, machineBusy: Math.round(((m1.busy - m0.busy) / (m1.total - m0.total)) * 100) / 100 };
}

/** Doubles the offered rate until acknowledgements fall behind it; the best rate with nothing lost. */
async function saturate(url, channels, log) {
  const steps = [];
  for (let rate = START_RATE; rate <= MAX_RATE; rate *= 2) {
    const r = await runLiveLoad({
      url,
      channels,
      auth: (userId) => ({ token: token(userId) }),
      rate,
      seconds: STEP_SECONDS,
      warmupMessages: Math.min(rate, Math.floor((rate * STEP_SECONDS) / 4)),
    });
    const step = {
      rate,
      ...loadFigures(r),
      loadAverage: machine().loadAverage[0],
    };
    log(JSON.stringify(step));
    steps.push(step);
    if (r.achievedRate < 0.9 * rate || r.failed > 0) break;
  }
  const clean = steps.filter((s) => s.lost === 0 && s.duplicates === 0);
  return { throughput: Math.max(0, ...clean.map((s) => s.achievedRate)), steps };
}

/** The kill run's clients: they reconnect, sync from the last seq they hold without a gap, and resend. */
async function killRun({ url, channels, kill, db }) {
  // The channels carry the saturation runs' messages already: this run counts from where they are.
  const { rows: marks } = await db.query(`SELECT id, last_seq FROM channels WHERE id = ANY($1)`, [channels.map((c) => c.id)]);
  const startSeq = new Map(marks.map((r) => [r.id, Number(r.last_seq)]));
  const people = channels.flatMap((c) => c.members.map((userId) => ({ userId, channelId: c.id })));
  const byUser = new Map();
  let reconnected = 0;
  let disconnected = 0;
  let done = false;
  const record = (u, m, live) => {
    if (live) u.live.set(m.id, (u.live.get(m.id) ?? 0) + 1);
    u.seen.add(m.id);
    u.seqs.add(Number(m.seq));
    while (u.seqs.has(u.contiguous + 1)) u.contiguous++;
  };
  const resync = async (u) => {
    for (let page = 0; page < 100; page++) {
      const r = await u.socket
        .timeout(15_000)
        .emitWithAck('sync', { channels: [{ channelId: u.channelId, afterSeq: u.contiguous }] })
        .catch(() => null);
      if (!r?.ok) return;
      for (const m of r.messages) record(u, m, false);
      if (!r.hasMore) return;
    }
  };
  log(`kill run: connecting ${people.length} sockets through HAProxy`);
  for (let i = 0; i < people.length; i += 100)
    await Promise.all(
      people.slice(i, i + 100).map(
        (p) =>
          new Promise((resolve, reject) => {
            const u = { ...p, seen: new Set(), live: new Map(), seqs: new Set(), contiguous: startSeq.get(p.channelId), ready: false };
            u.socket = io(url, {
              auth: (cb) => cb({ token: token(p.userId) }),
              transports: ['websocket'],
              reconnectionDelay: 200,
              reconnectionDelayMax: 1000,
              forceNew: true,
            });
            u.socket.on('message:new', (m) => record(u, m, true));
            u.socket.on('disconnect', () => !done && disconnected++);
            u.socket.on('ready', () => {
              if (!u.ready) {
                u.ready = true;
                return resolve();
              }
              reconnected++;
              void resync(u);
            });
            // A refused connect (a busy pool answers 503) is retried by the client's reconnection.
            let refused = 0;
            u.socket.on('connect_error', (e) => !u.ready && ++refused > 30 && reject(e));
            byUser.set(p.userId, u);
          }),
      ),
    );
  const total = KILL_RATE * KILL_SECONDS;
  const killAt = Math.floor(total / 3);
  let acked = 0;
  let gaveUp = 0;
  let retries = 0;
  const ackIds = new Set();
  const send = async (u, payload) => {
    for (let attempt = 0; attempt < 30; attempt++) {
      if (attempt > 0) retries++;
      if (!u.socket.connected) await Promise.race([new Promise((resolve) => u.socket.once('connect', resolve)), sleep(30_000)]);
      const ack = await u.socket
        .timeout(5000)
        .emitWithAck('message:send', payload)
        .catch(() => null);
      if (ack?.ok) {
        acked++;
        ackIds.add(ack.message.id);
        return;
      }
      if (ack && ack.error?.status < 500 && ack.error?.status !== 429) break;
      await sleep(100 * Math.min(attempt + 1, 10));
    }
    gaveUp++;
  };
  log(`kill run: ${KILL_RATE}/s for ${KILL_SECONDS}s, one api killed after ${killAt} messages`);
  const pending = [];
  const started = Date.now();
  let killedAt = null;
  for (let k = 0; k < total; k++) {
    const wait = started + (k * 1000) / KILL_RATE - Date.now();
    if (wait > 0) await sleep(wait);
    if (k === killAt) {
      killedAt = Date.now();
      kill();
    }
    const ch = channels[k % channels.length];
    const u = byUser.get(ch.members[k % ch.members.length]);
    pending.push(send(u, { channelId: ch.id, body: `t ${Date.now()} ${k}`, clientMessageId: randomUUID() }));
  }
  await Promise.all(pending);
  // Everyone catches up: live, or by sync once back.
  const { rows: all } = await db.query(`SELECT id, channel_id, seq FROM messages WHERE channel_id = ANY($1) ORDER BY channel_id, seq`, [
    channels.map((c) => c.id),
  ]);
  const stored = all.filter((r) => Number(r.seq) > startSeq.get(r.channel_id));
  const ids = new Map(channels.map((c) => [c.id, []]));
  for (const r of stored) ids.get(r.channel_id).push(r);
  const behind = () => [...byUser.values()].filter((u) => ids.get(u.channelId).some((m) => !u.seen.has(m.id)));
  const deadline = Date.now() + 60_000;
  while (behind().length && Date.now() < deadline) {
    await sleep(500);
    // A socket that came back between two checks syncs on `ready`; one still catching up is asked again.
    await Promise.all(
      behind()
        .filter((u) => u.socket.connected)
        .map(resync),
    );
  }
  const lost = [...byUser.values()].reduce((n, u) => n + ids.get(u.channelId).filter((m) => !u.seen.has(m.id)).length, 0);
  const liveDuplicates = [...byUser.values()].reduce((n, u) => n + [...u.live.values()].reduce((d, c) => d + c - 1, 0), 0);
  const gaps = channels.filter((c) => ids.get(c.id).some((m, i) => Number(m.seq) !== startSeq.get(c.id) + i + 1)).length;
  done = true;
  byUser.forEach((u) => u.socket.disconnect());
  return {
    sockets: people.length,
    rate: KILL_RATE,
    seconds: KILL_SECONDS,
    sends: total,
    acked,
    gaveUp,
    retries,
    storedMessages: stored.length,
    storedNotAcked: stored.filter((m) => !ackIds.has(m.id)).length,
    disconnectedSockets: disconnected,
    reconnectedSockets: reconnected,
    lostDeliveries: lost,
    duplicatedLiveDeliveries: liveDuplicates,
    channelsWithSeqGaps: gaps,
    killedAfterMs: killedAt - started,
  };
}

async function main() {
  const version = haproxyVersion();
  if (!version) throw new Error('haproxy is not installed (Debian: apt-get install -y haproxy)');
  const db = freshDatabase(DATABASE_URL);
  const { channels } = await seedChannels(db, SOCKETS, Math.ceil(SOCKETS / PER_CHANNEL));
  const env = appEnv(DATABASE_URL, `hamkar-bench:${randomUUID().slice(0, 8)}:`);
  log('starting three apis and two workers');
  const apis = await Promise.all([1, 2, 3].map(async () => startApp('api', env, { port: await freePort() })));
  const workers = await Promise.all([1, 2].map(() => startApp('worker', env)));
  const two = await startHaproxy(
    await freePort(),
    apis.slice(0, 2).map((a) => a.port),
  );
  const three = await startHaproxy(
    await freePort(),
    apis.map((a) => a.port),
  );
  const groups = (proxy) => ({
    ...Object.fromEntries(apis.map((a, i) => [`api${i + 1}`, [a.pid]])),
    workers: workers.map((w) => w.pid),
    haproxy: proxy ? [proxy.pid] : [],
    'postgres (every database on the machine)': () => pidsNamed('postgres'),
    'redis-server': () => pidsNamed('redis-server'),
  });

  // Warm-up of every api (JIT, pools), through the three-api proxy: not kept.
  await runLiveLoad({
    url: three.url,
    channels: channels.slice(0, 10),
    auth: (userId) => ({ token: token(userId) }),
    rate: 50,
    seconds: 3,
    warmupMessages: 0,
  });
  const configs = [
    ['one api', apis[0].url, null],
    ['two apis behind HAProxy', two.url, two],
    ['three apis behind HAProxy', three.url, three],
  ];
  const saturation = {};
  for (const [name, url, proxy] of configs) {
    log(`saturating ${name}`);
    const { result, cpu, machineBusy } = await cpuDuring(groups(proxy), () => saturate(url, channels, (m) => log(`${name}: ${m}`)));
    saturation[name] = { ...result, cpu, machineBusy };
    log(`${name}: ${result.throughput}/s, CPU ${JSON.stringify(cpu)}, machine busy ${machineBusy}`);
  }

  const kill = await killRun({ url: three.url, channels, db, kill: () => apis[1].stop('SIGKILL') });
  log(`kill run: ${JSON.stringify(kill)}`);
  const one = saturation['one api'].throughput;
  const ratios = {
    twoVsOne: ratio(saturation['two apis behind HAProxy'].throughput, one),
    threeVsOne: ratio(saturation['three apis behind HAProxy'].throughput, one),
  };
  // The limit was the machine when it had no idle CPU left at one api already.
  const machineBound = saturation['one api'].machineBusy >= 0.9;
  const problems = [
    ...Object.entries(saturation).flatMap(([name, s]) =>
      s.steps.filter((x) => x.lost || x.duplicates).map((x) => `${name} at ${x.rate}/s: ${x.lost} lost, ${x.duplicates} duplicated`),
    ),
    ...(kill.lostDeliveries ? [`kill run: ${kill.lostDeliveries} deliveries lost`] : []),
    ...(kill.duplicatedLiveDeliveries ? [`kill run: ${kill.duplicatedLiveDeliveries} deliveries duplicated`] : []),
    ...(kill.gaveUp ? [`kill run: ${kill.gaveUp} sends never acknowledged`] : []),
    ...(kill.storedMessages !== kill.sends ? [`kill run: ${kill.storedMessages} stored for ${kill.sends} sends`] : []),
    ...(kill.channelsWithSeqGaps ? [`kill run: ${kill.channelsWithSeqGaps} channels with a gap in their seqs`] : []),
  ];
  const result = {
    bench: 'scale-out',
    quick: QUICK,
    at: new Date().toISOString(),
    machine: machine(),
    haproxy: version,
    command: `${QUICK ? 'BENCH_QUICK=1 ' : ''}SCALE_SOCKETS=${SOCKETS} SCALE_STEP_SECONDS=${STEP_SECONDS} KILL_RATE=${KILL_RATE} KILL_SECONDS=${KILL_SECONDS} npm run bench -- scale-out`,
    deployment:
      '3 api + 2 worker processes, one PostgreSQL, one Redis, HAProxy (leastconn, /health checks every 300 ms, websockets as tunnels)',
    saturation,
    ratios,
    machineBound,
    kill,
    problems,
  };
  process.stderr.write(
    `throughput at saturation: ${Object.entries(saturation)
      .map(([n, s]) => `${n} ${s.throughput}/s (machine busy ${s.machineBusy})`)
      .join(', ')}; ` +
      `two ÷ one ${ratios.twoVsOne}×, three ÷ one ${ratios.threeVsOne}×${machineBound ? ' — the machine had no idle CPU left with one api: this is its limit, not the api’s' : ''}\n` +
      `one of three apis killed: ${kill.disconnectedSockets} sockets dropped, ${kill.reconnectedSockets} back through HAProxy; ${kill.acked} of ${kill.sends} sends acknowledged (${kill.retries} retries), ` +
      `${kill.storedMessages} stored, ${kill.lostDeliveries} deliveries lost, ${kill.duplicatedLiveDeliveries} duplicated, ${kill.channelsWithSeqGaps} channels with a seq gap\n`,
  );
  writeResult('scale-out', result);
  console.log(
    JSON.stringify({
      bench: 'scale-out',
      throughput: Object.fromEntries(Object.entries(saturation).map(([n, s]) => [n, s.throughput])),
      ratios,
      machineBound,
      problems,
    }),
  );
  [two, three, ...apis, ...workers].forEach((p) => p.stop());
  await db.end();
  return problems;
}

runBench('scale-out.bench', main);
