import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { aCluster, eventually } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { emit } from '../support/sockets';
import { throwawayRedis } from '../support/throwaway-redis';
import { oneToN, storedIn, syncAll } from './chat-ledger';

const alive = (p: Platform) => p.api.child.exitCode === null && p.api.child.signalCode === null;

describe('chat while Redis is down', () => {
  let p: Platform;
  let redis: Awaited<ReturnType<typeof throwawayRedis>>;
  beforeAll(async () => {
    redis = await throwawayRedis();
    p = await startPlatform({ env: { REDIS_URL: redis.url } });
  });
  afterAll(async () => {
    await redis.start().catch(() => undefined);
    await p.close();
    await redis.stop();
  });

  it("stores and acknowledges every send, stays up, delivers live on the sender's own api, and resumes live delivery between apis when Redis returns", async () => {
    const cluster = await aCluster(p);
    const reader = await cluster.withMember('member', { organization: false });
    const channel = (
      await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: `redis-${randomUUID().slice(0, 6)}`, kind: 'public' })
    ).body;
    await p.http.as(reader).post(`/channels/${channel.id}/join`);
    const sender: Socket = await p.socket(cluster.admin.token);
    const listener: Socket = await p.socket(reader.token);
    const live: number[] = [];
    listener.on('message:new', (m: { channelId: string; seq: number }) => m.channelId === channel.id && live.push(m.seq));
    // The same reader on a second api: only Redis carries events to it.
    const remote: Socket = await (await p.anotherApi()).socket(reader.token);
    const remoteLive: number[] = [];
    remote.on('message:new', (m: { channelId: string; seq: number }) => m.channelId === channel.id && remoteLive.push(m.seq));
    const acked = new Set<string>();
    const send = async (via: 'socket' | 'http', body: string) => {
      const clientMessageId = randomUUID();
      if (via === 'socket') {
        // Paced like a client: a 429 (the per-user send budget) is retried with the same clientMessageId.
        let ack = await emit(sender, 'message:send', { channelId: channel.id, body, clientMessageId });
        for (let attempt = 0; !ack.ok && ack.error.status === 429 && attempt < 50; attempt++) {
          await new Promise((r) => setTimeout(r, 100));
          ack = await emit(sender, 'message:send', { channelId: channel.id, body, clientMessageId });
        }
        expect(ack).toEqual(expect.objectContaining({ ok: true }));
      } else {
        const res = await p.http.as(cluster.admin).post(`/channels/${channel.id}/messages`, { body, clientMessageId });
        expect(res.status).toBe(201);
      }
      acked.add(clientMessageId);
    };

    await send('socket', 'before');
    await eventually(async () => live.includes(1) && remoteLive.includes(1));

    await redis.stop();
    // Sequential sends spread over more than ioredis' retry window, in which the emitter's
    // publish used to fail with MaxRetriesPerRequestError and take the process down.
    const downSince = Date.now();
    for (let i = 0; i < 60 || Date.now() - downSince < 3000; i++) {
      if (i >= 400) break;
      await send(i % 3 === 0 ? 'http' : 'socket', `while Redis is down #${i}`);
      await emit(sender, 'typing', { channelId: channel.id });
    }
    expect(alive(p)).toBe(true);
    expect(p.worker!.child.exitCode).toBeNull();
    // The sender's own api hands every message to its sockets without Redis.
    await eventually(async () => live.length === acked.size);
    expect(live).toEqual(oneToN(acked.size));
    // A client connecting now still gets its rooms and can read.
    const latecomer = await p.socket(reader.token);
    expect((await syncAll(latecomer, channel.id)).length).toBe(acked.size);
    expect((await p.http.get('//health/ready')).status).toBe(503);

    await redis.start();
    // Live delivery between apis resumes without a restart: a new message reaches the other api's socket.
    await eventually(
      async () => {
        await send('socket', 'after');
        const newest = (await storedIn(p.db, channel.id)).seqs.at(-1)!;
        return eventually(async () => remoteLive.includes(newest), { timeoutMs: 1000 }).then(
          () => true,
          () => false,
        );
      },
      { timeoutMs: 20_000, intervalMs: 200 },
    );
    expect(alive(p)).toBe(true);

    // Acknowledged = stored (once each, gapless) = delivered after sync.
    const stored = await storedIn(p.db, channel.id);
    expect([...stored.copies.keys()].sort()).toEqual([...acked].sort());
    expect([...stored.copies.values()].every((n) => n === 1)).toBe(true);
    expect(stored.seqs).toEqual(oneToN(acked.size));
    const synced = await syncAll(remote, channel.id);
    expect(synced.map((m) => m.seq)).toEqual(oneToN(acked.size));
  });
});
