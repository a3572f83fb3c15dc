import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { aCluster, Actor } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { oneToN, storedIn, syncAll } from './chat-ledger';

interface Ack {
  ok: boolean;
  message?: { id: string; seq: number; clientMessageId: string };
  error?: { status: number; code: string };
}

/** Every socket sends `perSocket` messages at once into the channel; resolves with each ack and its clientMessageId. */
async function flood(sockets: Socket[], channelId: string, perSocket: number) {
  return Promise.all(
    sockets.flatMap((s, i) =>
      Array.from({ length: perSocket }, async (_, k) => {
        const clientMessageId = randomUUID();
        const ack: Ack = await s.timeout(60_000).emitWithAck('message:send', { channelId, body: `flood ${i}.${k}`, clientMessageId });
        return { clientMessageId, ack };
      }),
    ),
  );
}

describe('a channel flooded with sends', () => {
  let p: Platform;
  beforeAll(async () => (p = await startPlatform({ worker: false })));
  afterAll(() => p.close());

  const aChannel = async (admin: Actor, clusterId: string) =>
    (await p.http.as(admin).post(`/clusters/${clusterId}/channels`, { name: `flood-${randomUUID().slice(0, 6)}`, kind: 'public' })).body;

  it('answers one user with 20 sockets sending 30 messages each without a 5xx, limits the user as a whole, and stores each acknowledged message once', async () => {
    const cluster = await aCluster(p);
    const channel = await aChannel(cluster.admin, cluster.id);
    const sockets = await Promise.all(Array.from({ length: 20 }, () => p.socket(cluster.admin.token)));

    const results = await flood(sockets, channel.id, 30);

    const failures = results.filter((r) => !r.ack.ok).map((r) => r.ack.error!);
    expect(failures.filter((e) => e.status >= 500)).toEqual([]);
    expect(failures.every((e) => e.status === 429 && e.code === 'rate.limited')).toBe(true);
    const acked = results.filter((r) => r.ack.ok);
    // The budget is the user's (a burst of 30, then 10 a second), not each socket's.
    expect(acked.length).toBeGreaterThanOrEqual(30);
    expect(acked.length).toBeLessThan(120);
    const stored = await storedIn(p.db, channel.id);
    expect([...stored.copies.keys()].sort()).toEqual(acked.map((r) => r.clientMessageId).sort());
    expect([...stored.copies.values()].every((n) => n === 1)).toBe(true);
    expect(stored.seqs).toEqual(oneToN(acked.length));
  });

  it('lets 600 sends of 20 people into one channel wait their turn without running the pool dry: no 500, other requests still answered', async () => {
    const cluster = await aCluster(p);
    const channel = await aChannel(cluster.admin, cluster.id);
    const people = await Promise.all(Array.from({ length: 20 }, () => cluster.withMember('member', { organization: false })));
    const sockets = await Promise.all(people.map((who) => p.socket(who.token)));
    const bystander = await cluster.withMember('member', { organization: false });

    const flooding = flood(sockets, channel.id, 30);
    let floodOver = false;
    void flooding.then(() => (floodOver = true));
    // While the channel is busy, a request that needs the database is answered, not queued behind the flood.
    const started = Date.now();
    const other = await p.http.as(bystander).get(`/clusters/${cluster.id}/channels`);
    const otherMs = Date.now() - started;
    const answeredDuringFlood = !floodOver;
    const results = await flooding;

    expect(other.status).toBe(200);
    expect(answeredDuringFlood).toBe(true);
    const failures = results.filter((r) => !r.ack.ok).map((r) => r.ack.error!);
    expect(failures.filter((e) => e.status === 500)).toEqual([]);
    // Back-pressure, if any, is a 503 saying the channel is busy (with nothing stored).
    expect(failures.every((e) => e.status === 503 && e.code === 'message.channel-busy')).toBe(true);
    const acked = results.filter((r) => r.ack.ok);
    const stored = await storedIn(p.db, channel.id);
    expect([...stored.copies.keys()].sort()).toEqual(acked.map((r) => r.clientMessageId).sort());
    expect(stored.seqs).toEqual(oneToN(acked.length));
    expect((await syncAll(sockets[0], channel.id)).map((m) => m.seq)).toEqual(oneToN(acked.length));
    console.log(`busy channel: ${acked.length} of 600 sends stored, ${failures.length} refused; another request took ${otherMs} ms`);
  });
});
