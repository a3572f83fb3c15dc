import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { io, Socket } from 'socket.io-client';
import { ApiClient } from '../support/api-client';
import { eventually } from '../support/factories';
import { ROOT } from '../support/processes';
import { emit } from '../support/sockets';
import { DIST, TEST_RUN } from '../support/test-env';
import { alive, canIsolate, copyOfCheckout, descendantsOf, Namespace, networkNamespace } from './isolated-machine';

/**
 * The README's run command, `bash scripts/run.sh`, on a machine that has nothing but Node.js:
 * a copy of the checkout with its dependencies installed, inside a network namespace with only
 * loopback, so the machine's PostgreSQL and Redis cannot be reached. No Redis is needed (REDIS_URL
 * unset: queues, events, rate limits and presence on PostgreSQL), and the PostgreSQL is the
 * embedded one the run command starts itself.
 */
const isolate = canIsolate() ? describe : describe.skip;
const DEMO_PASSWORD = 'hamkar-demo-2026';
const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();

/** Waits while the run command is alive and still printing; a busy machine is slow, not broken. */
async function whileProgressing(run: { exitCode: number | null; output(): string }, ready: () => Promise<boolean>, stallMs = 300_000) {
  let seen = -1;
  let lastChange = Date.now();
  for (;;) {
    if (await ready().catch(() => false)) return;
    if (run.exitCode !== null) throw new Error(`the run command exited with ${run.exitCode}:\n${run.output().slice(-4000)}`);
    const size = run.output().length;
    if (size !== seen) [seen, lastChange] = [size, Date.now()];
    if (Date.now() - lastChange > stallMs) throw new Error(`no progress for ${stallMs} ms:\n${run.output().slice(-4000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

isolate('the run command on a machine with nothing but Node.js', () => {
  const workDir = join(ROOT, '.tmp', 'runs-anywhere', TEST_RUN || randomUUID().slice(0, 8));
  let ns: Namespace;
  let run: ReturnType<Namespace['spawn']>;
  let http: ApiClient;
  let baseUrl: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    const checkout = copyOfCheckout(join(workDir, 'hamkar'));
    ns = await networkNamespace(workDir);

    const env: NodeJS.ProcessEnv = { ...process.env, DEMO_SUPPLIERS_PER_CLUSTER: '20' };
    // As a user's shell has it: no database, no Redis, no test settings of this Jest run.
    for (const key of [
      'DATABASE_URL',
      'REDIS_URL',
      'NODE_ENV',
      'PORT',
      'REDIS_PREFIX',
      'JWT_SECRET',
      'HAMKAR_DIST',
      'WEB_DIST',
      'HAMKAR_SKIP_BUILD',
    ])
      delete env[key];
    if (process.env.HAMKAR_TEST_SKIP_BUILD === '1') {
      // The test command built this run's apps once already; the run command takes that build.
      Object.assign(env, {
        HAMKAR_SKIP_BUILD: '1',
        HAMKAR_DIST: resolve(ROOT, DIST),
        WEB_DIST: resolve(ROOT, process.env.WEB_DIST ?? 'dist/web'),
      });
    }
    run = ns.spawn('bash', ['scripts/run.sh'], { cwd: checkout, env, log: join(workDir, 'run.log') });
    const port = await ns.bridge(3000);
    baseUrl = `http://127.0.0.1:${port}`;
    http = new ApiClient(baseUrl);
    await whileProgressing(run, async () => (await fetch(`${baseUrl}/health/ready`)).ok);
  }, 3_600_000);

  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    if (run?.exitCode === null) {
      const left = descendantsOf(run.pid!);
      run.kill('SIGKILL');
      left.forEach((pid) => alive(pid) && process.kill(pid, 'SIGKILL'));
    }
    await ns?.close();
    // The copy (with its PostgreSQL data) goes; run.log beside it stays for a look.
    rmSync(join(workDir, 'hamkar'), { recursive: true, force: true });
  });

  it('becomes ready on a PostgreSQL it started itself, with no outside PostgreSQL or Redis in reach', async () => {
    expect(ns.reaches(5432)).toBe(false);
    expect(ns.reaches(6379)).toBe(false);
    expect(run.output()).toMatch(/\[postgres\] PostgreSQL \d+ is up on 127\.0\.0\.1:\d+ \(data in \.data\/postgres\)/);
    expect(run.output()).toContain('demo data: ');
    const ready = await fetch(`${baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    // PostgreSQL alone: readiness does not ask for a Redis that is not used.
    expect(Object.keys(((await ready.json()) as { details: object }).details)).toEqual(['database']);
  });

  it('lets a demo user sign in, send a message over Socket.IO and read it back from history', async () => {
    const login = await http.post('/auth/login', { email: 'maryam@demo.hamkar.app', password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    const me = http.as(login.body.accessToken);
    const clusterId = (await me.get('/me')).body.memberships[0].clusterId;
    const channel = (await me.get(`/clusters/${clusterId}/channels`)).body.items.find((c: { kind: string }) => c.kind === 'public');

    const socket = io(baseUrl, { auth: { token: login.body.accessToken }, transports: ['websocket'], reconnection: false, forceNew: true });
    sockets.push(socket);
    await new Promise((resolve, reject) => socket.once('ready', resolve).once('connect_error', reject));
    const body = `سلام از یک ماشین تنها ${randomUUID().slice(0, 6)}`;
    const ack = await emit(socket, 'message:send', { channelId: channel.id, body, clientMessageId: randomUUID() });
    expect(ack).toMatchObject({ ok: true, message: { channelId: channel.id, body } });

    const history = await me.get(`/channels/${channel.id}/messages?limit=5`);
    expect(history.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: ack.message.id, body, seq: ack.message.seq })]),
    );
  });

  it('fires a procurement deadline as a job in its worker', async () => {
    const login = await http.post('/auth/login', { email: 'ali@demo.hamkar.app', password: DEMO_PASSWORD });
    const me = http.as(login.body.accessToken);
    const membership = (await me.get('/me')).body.memberships.find((m: { organizationId: string | null }) => m.organizationId);
    const created = await me.post(`/clusters/${membership.clusterId}/procurements`, {
      organizationId: membership.organizationId,
      title: 'Wool yarn for a trial run',
      description: 'Natural white, two-ply',
      categoryCode: '510610',
      unit: 'kg',
      quantity: '100',
      currency: 'IRR',
      joinDeadline: inSeconds(5),
      quoteDeadline: inSeconds(3600),
      deliveryCity: 'Zanjan',
      deliveryLat: 36.67,
      deliveryLng: 48.48,
    });
    expect(created.status).toBe(201);
    expect((await me.post(`/procurements/${created.body.id}/publish`)).body.status).toBe('open');
    // Nobody closes joining by hand: only the deadline job can move it on.
    await eventually(async () => (await me.get(`/procurements/${created.body.id}`)).body.status === 'quoting', { timeoutMs: 120_000 });
  }, 180_000);

  it('stops everything it started on SIGTERM: api, worker and PostgreSQL', async () => {
    const started = descendantsOf(run.pid!);
    expect(started.length).toBeGreaterThanOrEqual(3);
    const exited = new Promise<number | null>((r) => run.once('exit', (code) => r(code)));
    run.kill('SIGTERM');
    expect(await exited).toBe(0);
    await eventually(async () => started.every((pid) => !alive(pid)), { timeoutMs: 30_000 });
    expect(run.output()).toContain('[postgres] stopping PostgreSQL (SIGTERM)');
  }, 120_000);
});
