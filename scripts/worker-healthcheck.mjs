// Healthy when this host's worker is connected and consuming: for every queue of the platform,
// BullMQ lists a worker connection coming from one of this host's addresses. (A container's
// healthcheck runs in its network namespace, so "this host" is the worker's container.)
// Exit 0 when healthy, 1 with the reason otherwise. Used by docker-compose.yml.
import { networkInterfaces } from 'node:os';
import { Queue } from 'bullmq';

const QUEUES = ['system', 'mail', 'notifications', 'matching', 'procurement-deadlines', 'project-reminders', 'dashboard', 'meetings'];
const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `${process.env.REDIS_PREFIX ?? 'hamkar:'}bull`;
const mine = new Set(
  Object.values(networkInterfaces())
    .flat()
    .map((i) => i.address.replace(/^::ffff:/, '')),
);
const hostOf = (addr) => addr.replace(/^\[?(.*?)\]?:\d+$/, '$1').replace(/^::ffff:/, '');

const timer = setTimeout(() => fail('Redis did not answer within 5 s'), 5000);
function fail(reason) {
  process.stderr.write(`worker unhealthy: ${reason}\n`);
  process.exit(1);
}

const { hostname, port, password, username } = new URL(url);
const connection = {
  host: hostname,
  port: Number(port || 6379),
  password: password || undefined,
  username: username || undefined,
  tls: url.startsWith('rediss:') ? {} : undefined,
  maxRetriesPerRequest: 1,
  enableOfflineQueue: false,
  lazyConnect: false,
};
const missing = [];
for (const name of QUEUES) {
  const queue = new Queue(name, { connection, prefix });
  try {
    const workers = await queue.getWorkers();
    if (!workers.some((w) => mine.has(hostOf(w.addr ?? '')))) missing.push(name);
  } catch (e) {
    fail(e?.message ?? String(e));
  } finally {
    await queue.close().catch(() => {});
  }
}
clearTimeout(timer);
if (missing.length) fail(`no worker of this host on ${missing.join(', ')}`);
process.stdout.write('worker healthy\n');
process.exit(0);
