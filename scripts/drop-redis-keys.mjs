// Deletes every Redis key under the given prefixes (a passed test run's queues, rate limits and
// socket state), leaving all other keys alone.   node scripts/drop-redis-keys.mjs <url> <prefix>...
import Redis from 'ioredis';

const [url, ...prefixes] = process.argv.slice(2);
if (!url || prefixes.length === 0 || prefixes.some((p) => p.length < 8))
  throw new Error('usage: drop-redis-keys.mjs <redis url> <prefix of at least 8 characters>...');
const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
await redis.connect();
let dropped = 0;
for (const prefix of prefixes) {
  const glob = prefix.replace(/[*?[\]\\]/g, '\\$&') + '*';
  for await (const keys of redis.scanStream({ match: glob, count: 1000 })) {
    if (keys.length) dropped += await redis.unlink(...keys);
  }
}
await redis.quit();
process.stdout.write(`[test] dropped ${dropped} Redis keys of this run\n`);
