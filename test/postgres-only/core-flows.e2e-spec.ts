import { randomUUID } from 'node:crypto';
import { aCluster, Actor, aUser, ClusterFixture, eventually } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { aNeedBy, inDays, inSeconds } from '../support/procurement';
import { emit, nextEvent } from '../support/sockets';
import { withoutRedis } from '../support/test-env';

/** A deadline job fires on time on an idle machine; on a busy one the worker may take a while to get to it. */
const DEADLINE_JOB_WAIT = 60_000;

/**
 * The core flows with REDIS_URL empty: queues on BullMQ's PostgreSQL backend, events between
 * the two api nodes and from the worker over PostgreSQL NOTIFY, presence and rate limits in
 * UNLOGGED tables. The same flows with Redis are proven by the files beside their features.
 */
describe('on PostgreSQL alone, without Redis', () => {
  let p: Platform;
  let other: Awaited<ReturnType<Platform['anotherApi']>>;
  let cluster: ClusterFixture;
  let buyer: Actor;

  beforeAll(async () => {
    p = await startPlatform({ env: { ...withoutRedis, RATE_LIMIT_LOGIN_PER_MINUTE: '4' } });
    other = await p.anotherApi();
    cluster = await aCluster(p);
    buyer = await cluster.withMember('member');
  });
  afterAll(() => p?.close());

  const aChannel = async () =>
    (await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: `ch-${randomUUID().slice(0, 8)}`, kind: 'public' }))
      .body;

  const aNeed = async (overrides: Record<string, unknown> = {}) => {
    const res = await p.http
      .as(buyer)
      .post(
        `/clusters/${cluster.id}/procurements`,
        aNeedBy(buyer, { title: 'نخ پشمی فرش', description: 'Two-ply carpet wool yarn', ...overrides }),
      );
    if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  it('is ready without asking for Redis, and keeps its queues in PostgreSQL', async () => {
    const ready = await p.http.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(Object.keys(ready.body.details)).toEqual(['database']);
    const { rows } = await p.db.query(`SELECT count(*)::int AS n FROM information_schema.schemata WHERE schema_name LIKE '%\\_bullmq'`);
    expect(rows[0].n).toBeGreaterThan(0);
  });

  it('delivers a message sent over a socket on one api node live to a socket on the other, and sync there reads it back', async () => {
    const ali = await cluster.withMember('member');
    const channel = await aChannel();
    await p.http.as(ali).post(`/channels/${channel.id}/join`);
    const [near, far] = await Promise.all([p.socket(cluster.admin.token), other.socket(ali.token)]);
    const received = nextEvent(far, 'message:new', (m) => m.channelId === channel.id);
    const ack = await emit(near, 'message:send', { channelId: channel.id, body: 'سلام از گره دیگر', clientMessageId: randomUUID() });
    expect(ack).toMatchObject({ ok: true, message: { seq: 1 } });
    expect(await received).toMatchObject({ id: ack.message.id, seq: 1 });
    const synced = await emit(far, 'sync', { channels: [{ channelId: channel.id, afterSeq: 0 }] });
    expect(synced.messages.map((m: { id: string }) => m.id)).toEqual([ack.message.id]);
  });

  it('carries an event too big for one NOTIFY to the other node whole', async () => {
    const channel = await aChannel();
    const far = await other.socket(cluster.admin.token);
    const body = 'ب'.repeat(3900); // about 7.8 kB of UTF-8, over NOTIFY's 8000 bytes with its envelope
    const received = nextEvent(far, 'message:new', (m) => m.channelId === channel.id);
    const sent = await p.http.as(cluster.admin).post(`/channels/${channel.id}/messages`, { body, clientMessageId: randomUUID() });
    expect(sent.status).toBe(201);
    expect((await received).body).toBe(body);
  });

  it('tells a member on the other node that someone came online, and both nodes agree who is', async () => {
    const member = await cluster.withMember('member');
    const channel = await aChannel();
    await p.http.as(member).post(`/channels/${channel.id}/join`);
    const watcher = await other.socket(cluster.admin.token);
    const online = nextEvent(watcher, 'presence', (e) => e.userId === member.id && e.status === 'online');
    const socket = await p.socket(member.token);
    await online;
    expect((await emit(watcher, 'presence', { userIds: [member.id] })).presence).toEqual([{ userId: member.id, status: 'online' }]);
    const offline = nextEvent(watcher, 'presence', (e) => e.userId === member.id && e.status === 'offline');
    socket.disconnect();
    await offline;
  });

  it(
    'moves a procurement on at its deadlines through the worker',
    async () => {
      const need = await aNeed({ joinDeadline: inSeconds(3), quoteDeadline: inSeconds(5) });
      await p.http.as(buyer).post(`/procurements/${need.id}/publish`);
      await eventually(async () => (await p.http.as(buyer).get(`/procurements/${need.id}`)).body.status === 'quoting', {
        timeoutMs: DEADLINE_JOB_WAIT,
      });
      await eventually(async () => (await p.http.as(buyer).get(`/procurements/${need.id}`)).body.status === 'evaluating', {
        timeoutMs: DEADLINE_JOB_WAIT,
      });
    },
    3 * DEADLINE_JOB_WAIT,
  );

  it('tells cluster members on the other node live, from the api, when the pooled total grows', async () => {
    const need = await aNeed();
    await p.http.as(buyer).post(`/procurements/${need.id}/publish`);
    const watcher = await other.socket(cluster.admin.token);
    const update = nextEvent(watcher, 'procurement:updated', (e) => e.procurementId === need.id && e.totalQuantity === '410');
    const joiner = await cluster.withMember('member');
    await p.http.as(joiner).post(`/procurements/${need.id}/participations`, { organizationId: joiner.organizationId, quantity: '10' });
    expect(await update).toEqual({ procurementId: need.id, status: 'open', totalQuantity: '410' });
  });

  it('matches a published need with suppliers through the worker', async () => {
    const supplier = await cluster.withMember('supplier', { organization: { city: 'Tabriz', kind: 'supplier' } });
    const profile = await p.http.as(supplier).put(`/organizations/${supplier.organizationId}/supplier-profile`, {
      categories: ['510610'],
      capacityPerMonth: '20000',
      unit: 'kg',
      minOrderQuantity: '100',
      leadTimeDays: 10,
      serviceRadiusKm: 600,
      lat: 38.0962,
      lng: 46.2738,
      certifications: [],
    });
    expect(profile.status).toBe(200);
    const need = await aNeed({ quantity: '5000', currency: 'IRR', joinDeadline: inDays(5), quoteDeadline: inDays(10.5) });
    await p.http.as(buyer).post(`/procurements/${need.id}/publish`);
    await eventually(async () => {
      const res = await p.http.as(buyer).get(`/procurements/${need.id}/matches`);
      return res.body.items?.some((m: { supplierOrganizationId: string }) => m.supplierOrganizationId === supplier.organizationId);
    });
  });

  it("pushes a mention's notification from the worker to the person's socket on the other node", async () => {
    const reader = await cluster.withMember('member');
    const channel = await aChannel();
    await p.http.as(reader).post(`/channels/${channel.id}/join`);
    const socket = await other.socket(reader.token);
    const pushed = nextEvent(socket, 'notification:new');
    const sent = await p.http
      .as(cluster.admin)
      .post(`/channels/${channel.id}/messages`, { body: '@channel the truck leaves at 9', clientMessageId: randomUUID() });
    expect(sent.body.mentions).toEqual([reader.id]);
    expect((await pushed).data).toMatchObject({ messageId: sent.body.id });
  });

  it('counts login attempts on both api nodes against one limit, and says when to retry', async () => {
    const user = await aUser(p);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await (i % 2 ? other : p).http.post('/auth/login', { email: user.email, password: `wrong guess ${i}` })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    const blocked = await other.http.post('/auth/login', { email: user.email, password: 'correct horse battery' });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  // Last in this file: it replaces the platform's worker.
  it("hands a killed worker's running job to another worker within seconds", async () => {
    const http = p.http.as(cluster.admin);
    const id = (await http.post('/system/jobs', { message: 'outlives its worker', delayMs: 3000 })).body.id;
    await eventually(async () => (await http.get(`/system/jobs/${id}`)).body.state === 'active');
    await p.worker!.stop('SIGKILL');
    const killedAt = Date.now();
    const replacement = await p.startWorker();
    const readyAt = Date.now();
    const job = await eventually(
      async () => {
        const res = (await http.get(`/system/jobs/${id}`)).body;
        return res.state === 'completed' ? res : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    const [sinceKill, sinceReady] = [(Date.now() - killedAt) / 1000, (Date.now() - readyAt) / 1000];
    process.stdout.write(
      `killed worker's job finished by another ${sinceKill.toFixed(1)} s after the kill, ${sinceReady.toFixed(1)} s after the new worker was ready (3 s of it the job itself)\n`,
    );
    expect(job.result.pid).toBe(replacement.child.pid);
    // At most the lock's 10 s + a stalled check every 5 s + the 3 s job; BullMQ's defaults took up to 63 s.
    expect(sinceReady).toBeLessThan(25);
  }, 90_000);
});
