#!/usr/bin/env node
// Jobs (issue 16): an `@channel` mention in a 2,000-member channel, end to end, against the built api
// and worker: every member's socket is open; one member sends the mention over its socket; the api
// stores the message and 1,999 notifications with one outbox row in its transaction; the outbox
// relay moves the row to BullMQ; the worker reads the notifications and pushes each to its user's
// sockets through the adapter. Timed from the send to each member's `notification:new` (p50, p99,
// the last), MENTIONS times in a row; every member but the sender must get each exactly once.
// Beside it, on the same Redis in the same run, BullMQ's own floor: one empty job added and
// processed (its round trip), and BULL_JOBS empty jobs added in bulk and processed by one Worker.
const { randomUUID } = require('node:crypto');
const { Queue, Worker, QueueEvents } = require('bullmq');
const IORedis = require('ioredis');
const { io } = require('socket.io-client');
const { pct, ratio, sleep } = require('./lib/load');
const { writeResult, machine, runBench } = require('./lib/baselines');
const { freePort, freshDatabase, seedChannels, token, appEnv, startApp } = require('./lib/hamkar');

const QUICK = process.env.BENCH_QUICK === '1';
const MEMBERS = Number(process.env.FANOUT_MEMBERS ?? (QUICK ? 200 : 2000));
const MENTIONS = Number(process.env.FANOUT_MENTIONS ?? (QUICK ? 2 : 5));
const BULL_JOBS = Number(process.env.BULL_JOBS ?? MEMBERS);
const DATABASE_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/hamkar_bench_jobs';
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const log = (...a) => process.stderr.write(`[jobs.bench] ${a.join(' ')}\n`);

async function connectAll(url, userIds, onNotification) {
  const sockets = [];
  for (let i = 0; i < userIds.length; i += 100)
    sockets.push(
      ...(await Promise.all(
        userIds.slice(i, i + 100).map(
          (userId) =>
            new Promise((resolve, reject) => {
              // A starved machine may refuse a connect (503, its pool busy): the client tries again, as the web client does.
              const s = io(url, {
                auth: { token: token(userId) },
                transports: ['websocket'],
                reconnectionDelay: 500,
                reconnectionAttempts: 20,
                forceNew: true,
              });
              s.on('notification:new', (n) => onNotification(userId, n));
              s.once('ready', () => resolve(s));
              s.io.once('reconnect_failed', () => reject(new Error(`${userId} could not connect`)));
            }),
        ),
      )),
    );
  return sockets;
}

async function fanOut() {
  const db = freshDatabase(DATABASE_URL);
  const {
    channels: [channel],
  } = await seedChannels(db, MEMBERS, 1);
  const prefix = `hamkar-bench:${randomUUID().slice(0, 8)}:`;
  const env = appEnv(DATABASE_URL, prefix);
  const api = await startApp('api', env, { port: await freePort() });
  const worker = await startApp('worker', env);
  const [sender, ...others] = channel.members;
  // Per mention: when each member got it, and how many times. A notification may come before the
  // sender has read its ack (which names the message): it is kept under its message until then.
  const arrivals = new Map();
  const arrival = (messageId) => {
    if (!arrivals.has(messageId)) arrivals.set(messageId, { count: new Map(), at: [] });
    return arrivals.get(messageId);
  };
  const onNotification = (userId, n) => {
    const got = arrival(n.data?.messageId);
    got.count.set(userId, (got.count.get(userId) ?? 0) + 1);
    if (got.count.get(userId) === 1) got.at.push(Date.now());
  };
  log(`connecting ${MEMBERS} sockets`);
  const sockets = await connectAll(api.url, channel.members, onNotification);
  const mentions = [];
  for (let i = 0; i < MENTIONS + 1; i++) {
    const sentAt = Date.now();
    const ack = await sockets[0]
      .timeout(60_000)
      .emitWithAck('message:send', { channelId: channel.id, body: `@channel the truck leaves at ${i}`, clientMessageId: randomUUID() });
    if (!ack.ok) throw new Error(`the mention was refused: ${JSON.stringify(ack.error)}`);
    const ackMs = Date.now() - sentAt;
    const entry = arrival(ack.message.id);
    const deadline = Date.now() + 120_000;
    while (entry.count.size < others.length && Date.now() < deadline) await sleep(20);
    await sleep(200); // a duplicate would come right behind
    const duplicates = [...entry.count.values()].reduce((n, c) => n + c - 1, 0);
    const ms = entry.at.map((t) => t - sentAt);
    const m = {
      ackMs,
      delivered: entry.count.size,
      expected: others.length,
      duplicates,
      toAllMs: { p50: pct(ms, 50), p99: pct(ms, 99), last: pct(ms, 100) },
    };
    // The first mention warms the path (JIT, pools, the worker's queue connection): not kept.
    if (i > 0) mentions.push(m);
    log(`${i === 0 ? 'warm-up ' : ''}mention ${i}: ${JSON.stringify(m)}`);
  }
  const {
    rows: [stored],
  } = await db.query(`SELECT count(*)::int AS n, count(DISTINCT user_id)::int AS people FROM notifications WHERE kind = 'mention'`);
  sockets.forEach((s) => s.disconnect());
  api.stop();
  worker.stop();
  await Promise.all([api.exited, worker.exited]);
  await db.end();
  return { members: MEMBERS, mentions, storedNotifications: stored.n, notifiedPeople: stored.people, sender };
}

/** BullMQ alone, on the same Redis: no database, no sockets, empty jobs. */
async function bullmqFloor() {
  const connection = new IORedis(REDIS_URL, { maxRetriesPerRequest: null });
  const prefix = `hamkar-bench-bull:${randomUUID().slice(0, 8)}`;
  const name = 'empty';
  const queue = new Queue(name, { connection, prefix });
  const events = new QueueEvents(name, { connection: connection.duplicate(), prefix });
  await events.waitUntilReady();
  let processed = 0;
  const worker = new Worker(
    name,
    async () => {
      processed++;
    },
    { connection: connection.duplicate(), prefix },
  );
  await worker.waitUntilReady();
  // One job's round trip, as the mention's one job makes it.
  const single = [];
  for (let i = 0; i < 21; i++) {
    const t0 = Date.now();
    const job = await queue.add('one', {});
    await job.waitUntilFinished(events, 30_000);
    if (i > 0) single.push(Date.now() - t0);
  }
  const before = processed;
  const t0 = Date.now();
  await queue.addBulk(Array.from({ length: BULL_JOBS }, () => ({ name: 'empty', data: {} })));
  const addedMs = Date.now() - t0;
  const deadline = Date.now() + 120_000;
  while (processed - before < BULL_JOBS && Date.now() < deadline) await sleep(5);
  const doneMs = Date.now() - t0;
  const result = {
    jobs: BULL_JOBS,
    processed: processed - before,
    oneJobRoundTripMs: { p50: pct(single, 50), p99: pct(single, 99) },
    bulkAddMs: addedMs,
    bulkAddAndProcessMs: doneMs,
    perSecond: Math.round((BULL_JOBS / doneMs) * 1000),
  };
  await worker.close();
  await events.close();
  await queue.obliterate({ force: true });
  await queue.close();
  connection.disconnect();
  return result;
}

async function main() {
  const fanout = await fanOut();
  const bullmq = await bullmqFloor();
  log(`bullmq: ${JSON.stringify(bullmq)}`);
  const median = (xs) => pct(xs, 50);
  const lastMs = median(fanout.mentions.map((m) => m.toAllMs.last));
  const problems = [
    ...fanout.mentions.flatMap((m, i) => [
      ...(m.delivered !== m.expected ? [`mention ${i + 1}: ${m.expected - m.delivered} of ${m.expected} members got no notification`] : []),
      ...(m.duplicates ? [`mention ${i + 1}: ${m.duplicates} notifications delivered twice`] : []),
    ]),
    ...(fanout.storedNotifications !== (MENTIONS + 1) * (MEMBERS - 1)
      ? [`${fanout.storedNotifications} notifications stored, expected ${(MENTIONS + 1) * (MEMBERS - 1)}`]
      : []),
    ...(bullmq.processed !== BULL_JOBS ? [`bullmq processed ${bullmq.processed} of ${BULL_JOBS}`] : []),
  ];
  const result = {
    bench: 'jobs',
    quick: QUICK,
    at: new Date().toISOString(),
    machine: machine(),
    command: `${QUICK ? 'BENCH_QUICK=1 ' : ''}FANOUT_MEMBERS=${MEMBERS} FANOUT_MENTIONS=${MENTIONS} BULL_JOBS=${BULL_JOBS} npm run bench -- jobs`,
    fanout: {
      members: fanout.members,
      mentions: fanout.mentions,
      medianToAllLastMs: lastMs,
      medianAckMs: median(fanout.mentions.map((m) => m.ackMs)),
    },
    bullmq,
    ratios: {
      // The mention's whole path (a send, a transaction, the outbox, one job, 1,999 pushes) against
      // BullMQ moving as many empty jobs, and against one empty job's round trip.
      fanoutLastVsBulkEmpty: ratio(lastMs, bullmq.bulkAddAndProcessMs),
      fanoutLastVsOneJob: ratio(lastMs, bullmq.oneJobRoundTripMs.p50),
    },
    problems,
  };
  process.stderr.write(
    `@channel to ${MEMBERS} members: ack ${result.fanout.medianAckMs} ms, every member notified in ${lastMs} ms (median of ${MENTIONS}); ` +
      `BullMQ alone: one empty job ${bullmq.oneJobRoundTripMs.p50} ms, ${BULL_JOBS} empty jobs added and processed in ${bullmq.bulkAddAndProcessMs} ms ` +
      `(${result.ratios.fanoutLastVsBulkEmpty}× / ${result.ratios.fanoutLastVsOneJob}×)\n`,
  );
  writeResult('jobs', result);
  console.log(JSON.stringify({ bench: 'jobs', ratios: result.ratios, problems }));
  return problems;
}

runBench('jobs.bench', main);
