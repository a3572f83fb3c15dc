// The live-chat load generator shared by Hamkar's api and the two baseline relays, so that the three
// are measured with exactly the same clients, pacing and checks. Every target speaks the same
// protocol as Hamkar: the socket says `ready` once its rooms are joined, `message:send` is acked with
// `{ ok }`, and every member of the channel (the sender too) gets `message:new` with `{ id, body }`.
const { randomUUID } = require('node:crypto');
const { io } = require('socket.io-client');
const { usage } = require('./process-usage');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** a ÷ b to two places; null when either is missing or b is 0. */
const ratio = (a, b) => (a == null || !b ? null : Math.round((a / b) * 100) / 100);

const pct = (xs, p) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] * 100) / 100;
};

/**
 * @param {object} o
 * @param {string} o.url the target's base url
 * @param {{ id: string, members: string[] }[]} o.channels every channel and its members (user ids)
 * @param {(userId: string) => object} o.auth the handshake's `auth` for one user
 * @param {number} o.rate messages a second, @param {number} o.seconds how long
 * @param {number} o.warmupMessages the first messages are checked for delivery but not timed
 * @param {number} [o.pid] the server's process, for its CPU and memory per socket
 */
async function runLiveLoad({ url, channels, auth, rate, seconds, warmupMessages, pid, log = () => {} }) {
  const idle = pid && usage(pid);
  const users = channels.flatMap((c) => c.members);
  const perChannel = new Map(channels.map((c) => [c.id, c.members.length]));
  log(`connecting ${users.length} sockets`);
  const sockets = new Map();
  let received = 0;
  const latencies = [];
  const seen = new Set();
  /** Each timed message's slowest delivery: whether the tail is one stall or spread over the run. */
  const slowest = new Map();
  const disconnects = {};
  let duplicates = 0;
  for (let i = 0; i < users.length; i += 100) {
    await Promise.all(
      users.slice(i, i + 100).map(
        (userId) =>
          new Promise((resolve, reject) => {
            const s = io(url, { auth: auth(userId), transports: ['websocket'], reconnection: false, forceNew: true });
            s.on('message:new', (m) => {
              const key = `${userId}:${m.id}`;
              if (seen.has(key)) duplicates++;
              seen.add(key);
              received++;
              const [, sentAt, k] = m.body.split(' ');
              if (Number(k) >= warmupMessages) {
                const ms = Date.now() - Number(sentAt);
                latencies.push(ms);
                if (ms > (slowest.get(k) ?? -1)) slowest.set(k, ms);
              }
            });
            s.on('disconnect', (reason) => (disconnects[reason] = (disconnects[reason] ?? 0) + 1));
            s.once('ready', () => resolve());
            s.once('connect_error', reject);
            sockets.set(userId, s);
          }),
      ),
    );
  }
  const connected = pid && usage(pid);
  log(`sending ${rate}/s for ${seconds}s`);
  const ackLatencies = [];
  let sent = 0;
  let failed = 0;
  let expected = 0;
  const errors = {};
  const pending = [];
  const total = rate * seconds;
  const started = Date.now();
  for (let k = 0; k < total; k++) {
    const due = started + (k * 1000) / rate;
    const wait = due - Date.now();
    if (wait > 0) await sleep(wait);
    const ch = channels[k % channels.length];
    const sender = sockets.get(ch.members[k % ch.members.length]);
    const t0 = Date.now();
    pending.push(
      sender
        .timeout(30_000)
        .emitWithAck('message:send', { channelId: ch.id, body: `t ${t0} ${k}`, clientMessageId: randomUUID() })
        .then(
          (ack) => {
            if (ack.ok) {
              sent++;
              expected += perChannel.get(ch.id);
            } else {
              failed++;
              const key = `${ack.error?.status} ${ack.error?.title}`;
              errors[key] = (errors[key] ?? 0) + 1;
            }
            if (k >= warmupMessages) ackLatencies.push(Date.now() - t0);
          },
          () => {
            failed++;
            errors.timeout = (errors.timeout ?? 0) + 1;
          },
        ),
    );
  }
  await Promise.all(pending);
  const sendSeconds = (Date.now() - started) / 1000;
  const afterSending = pid && usage(pid);
  const deadline = Date.now() + 30_000;
  while (received < expected && Date.now() < deadline) await sleep(100);
  sockets.forEach((s) => s.disconnect());
  return {
    sockets: users.length,
    channels: channels.length,
    targetRate: rate,
    achievedRate: Math.round((sent / sendSeconds) * 10) / 10,
    sent,
    failed,
    errors,
    disconnects,
    expectedDeliveries: expected,
    received,
    lost: Math.max(0, expected - (received - duplicates)),
    duplicates,
    warmupMessagesUntimed: warmupMessages,
    sendToReceiveMs: { p50: pct(latencies, 50), p99: pct(latencies, 99), max: pct(latencies, 100) },
    ackMs: { p50: pct(ackLatencies, 50), p99: pct(ackLatencies, 99) },
    // The ten slowest messages: when in the run they were sent (seconds) and their slowest delivery.
    slowestMessages: [...slowest]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([k, ms]) => ({ atSecond: Math.round((Number(k) / rate) * 100) / 100, ms })),
    server: serverUsage({ idle, connected, afterSending, sockets: users.length, sendSeconds, sent }),
  };
}

/** The server's memory per connected socket and its CPU while sending (1.0 = one core busy). */
function serverUsage({ idle, connected, afterSending, sockets, sendSeconds, sent }) {
  if (!idle || !connected || !afterSending) return null;
  const cpu = afterSending.cpuSeconds - connected.cpuSeconds;
  return {
    rssIdleMB: idle.rssMB,
    rssConnectedMB: connected.rssMB,
    rssAfterSendingMB: afterSending.rssMB,
    kBPerSocket: Math.round(((connected.rssMB - idle.rssMB) * 1024) / sockets),
    cpuWhileSending: Math.round((cpu / sendSeconds) * 100) / 100,
    cpuMsPerMessage: sent ? Math.round((cpu * 1000 * 100) / sent) / 100 : null,
  };
}

/** What must hold whatever the machine's speed: every message sent and delivered exactly once. */
function deliveryProblems(live, total) {
  const problems = [];
  if (live.sent !== total) problems.push(`${total - live.sent} of ${total} sends not acknowledged ok`);
  if (live.lost) problems.push(`${live.lost} deliveries lost`);
  if (live.duplicates) problems.push(`${live.duplicates} deliveries duplicated`);
  if (live.received - live.duplicates !== live.expectedDeliveries)
    problems.push(`received ${live.received - live.duplicates} distinct, expected ${live.expectedDeliveries}`);
  return problems;
}

/** What a load run's row shows of it: the rate reached, the counts and send→receive p50 and p99. */
const loadFigures = (r) => ({
  achievedRate: r.achievedRate,
  sent: r.sent,
  failed: r.failed,
  lost: r.lost,
  duplicates: r.duplicates,
  p50: r.sendToReceiveMs.p50,
  p99: r.sendToReceiveMs.p99,
});

module.exports = { runLiveLoad, deliveryProblems, loadFigures, pct, ratio, sleep };
