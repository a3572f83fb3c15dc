import { randomUUID } from 'node:crypto';
import { aCluster, eventually } from '../support/factories';
import { migrateDatabase } from '../support/migrate';
import { Platform, startPlatform } from '../support/platform';
import { emit } from '../support/sockets';
import { throwawayPostgres } from '../support/throwaway-postgres';
import { oneToN, storedIn, syncAll } from './chat-ledger';

describe('the api while PostgreSQL is down', () => {
  let p: Platform;
  let pg: Awaited<ReturnType<typeof throwawayPostgres>>;
  beforeAll(async () => {
    pg = await throwawayPostgres();
    migrateDatabase(pg.url);
    p = await startPlatform({ worker: false, env: { DATABASE_URL: pg.url, DATABASE_CONNECT_TIMEOUT_MS: '3000' } });
    // The test's own pool loses its connections too; that must not end the test run.
    p.db.on('error', () => undefined);
  }, 120_000);
  afterAll(async () => {
    await pg.start().catch(() => undefined);
    await p.close();
    await pg.destroy();
  });

  it('answers fast 503s with Retry-After and service.unavailable, never a 500, and recovers without a restart', async () => {
    const cluster = await aCluster(p);
    const channel = (
      await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: `pg-${randomUUID().slice(0, 6)}`, kind: 'public' })
    ).body;
    const socket = await p.socket(cluster.admin.token);
    const acked = new Set<string>();
    const sendOk = async (body: string) => {
      const clientMessageId = randomUUID();
      const res = await p.http.as(cluster.admin).post(`/channels/${channel.id}/messages`, { body, clientMessageId });
      if (res.status === 201) acked.add(clientMessageId);
      return res;
    };
    expect((await sendOk('before')).status).toBe(201);

    await pg.stop('immediate');

    const asks = [
      () => p.http.as(cluster.admin).get(`/clusters/${cluster.id}/channels`),
      () => p.http.as(cluster.admin).get(`/channels/${channel.id}/messages`),
      () => sendOk('while PostgreSQL is down'),
      () => p.http.post('/auth/login', { email: cluster.admin.email, password: 'correct horse battery' }),
      () => p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: `pg-${randomUUID().slice(0, 6)}`, kind: 'public' }),
    ];
    // Twice each, at once: the second round meets a pool that already knows the server is gone.
    for (let round = 0; round < 2; round++) {
      const started = Date.now();
      const answers = await Promise.all(asks.map((ask) => ask()));
      const tookMs = Date.now() - started;
      for (const res of answers) {
        expect(res.status).toBe(503);
        expect(res.body).toMatchObject({ status: 503, code: 'service.unavailable' });
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      }
      expect(tookMs).toBeLessThan(4000);
      console.log(`PostgreSQL down, round ${round + 1}: ${answers.length} requests at once answered 503 within ${tookMs} ms`);
    }
    const ack = await emit(socket, 'message:send', { channelId: channel.id, body: 'socket while down', clientMessageId: randomUUID() });
    expect(ack).toMatchObject({ ok: false, error: { status: 503, code: 'service.unavailable' } });
    expect((await p.http.get('//health/ready')).status).toBe(503);
    expect((await p.http.get('//health')).status).toBe(200);
    expect(p.api.output()).not.toMatch(/"statusCode":500|server\.internal/);

    await pg.start();
    let last: unknown;
    await eventually(
      async () => {
        const res = await sendOk('after');
        last = res.body;
        return res.status === 201;
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    ).catch((e: Error) => {
      throw new Error(`${e.message}; last answer ${JSON.stringify(last)}; api said ${p.api.output().slice(-3000)}`);
    });
    expect(p.api.child.exitCode).toBeNull();

    const stored = await storedIn(p.db, channel.id);
    expect([...stored.copies.keys()].sort()).toEqual([...acked].sort());
    expect(stored.seqs).toEqual(oneToN(acked.size));
    expect((await syncAll(socket, channel.id)).map((m) => m.seq)).toEqual(oneToN(acked.size));
  });
});
