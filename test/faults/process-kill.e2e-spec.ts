import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { ApiClient } from '../support/api-client';
import { aCluster, eventually } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { ROOT } from '../support/processes';
import { oneToN, storedIn, syncAll } from './chat-ledger';

const backoff = () => new Promise((r) => setTimeout(r, 50));

describe('processes killed mid-work', () => {
  let p: Platform;
  beforeAll(async () => (p = await startPlatform()));
  afterAll(() => p.close());

  it('finishes every job exactly once when the worker is SIGKILLed mid-jobs and another starts', async () => {
    const cluster = await aCluster(p);
    const http = () => p.http.as(cluster.admin);
    // Slow jobs, so that some are running when the worker dies.
    const echoes: string[] = [];
    for (let i = 0; i < 30; i++) echoes.push((await http().post('/system/jobs', { message: `echo ${i}`, delayMs: 400 })).body.id);
    const invited = Array.from({ length: 20 }, () => `guest-${randomUUID().slice(0, 8)}@example.test`);
    for (const email of invited)
      expect((await http().post(`/clusters/${cluster.id}/invitations`, { email, role: 'member' })).status).toBe(201);

    const running = await eventually(
      async () => {
        for (const id of echoes.slice(1)) if ((await http().get(`/system/jobs/${id}`)).body.state === 'active') return id;
        return undefined;
      },
      { intervalMs: 200 },
    );
    await p.worker!.stop('SIGKILL');
    const replacement = await p.startWorker();

    // BullMQ hands a dead worker's running job to another once its lock expires (10 s, apps/worker/src/worker-options.ts) and a stalled check sees it. Polled
    // gently: the api's rate limit counts these requests too.
    const done = async (id: string) => (await http().get(`/system/jobs/${id}`)).body.state === 'completed';
    await eventually(async () => (await done(running)) && (await done(echoes.at(-1)!)), { timeoutMs: 100_000, intervalMs: 1000 });
    const states = await Promise.all(echoes.map(async (id) => (await http().get(`/system/jobs/${id}`)).body));
    expect(states.map((j) => j.state)).toEqual(echoes.map(() => 'completed'));
    expect(states.map((j) => j.result.echo)).toEqual(echoes.map((_, i) => `echo ${i}`));
    // The job that was running when the worker died was finished by the new one.
    expect(states[echoes.indexOf(running)].result.pid).toBe(replacement.child.pid);

    // Each invitation mail exactly once (a retried job rewrites its own mail, named by job id).
    const mailDir = join(ROOT, p.env.MAIL_TRANSPORT.slice('file:'.length));
    const sentTo = await eventually(
      async () => {
        const files = await readdir(mailDir).catch(() => [] as string[]);
        const to = await Promise.all(files.map(async (f) => JSON.parse(await readFile(join(mailDir, f), 'utf8')).to as string));
        const ours = to.filter((t) => invited.includes(t));
        return ours.length >= invited.length ? ours : undefined;
      },
      { timeoutMs: 30_000 },
    );
    expect(sentTo.sort()).toEqual([...invited].sort());
  }, 150_000);

  // Last in this file: the platform's first api is gone afterwards.
  it('loses and doubles no message when the api is SIGKILLed mid-burst and clients retry against a new api', async () => {
    const cluster = await aCluster(p);
    const channel = (
      await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: `kill-${randomUUID().slice(0, 6)}`, kind: 'public' })
    ).body;
    const reader = await cluster.withMember('member', { organization: false });
    let api: ApiClient = p.http;
    let restarted: Promise<void> | undefined;
    const killAndReplace = async () => {
      await p.api.stop('SIGKILL');
      api = (await p.anotherApi()).http;
    };
    const total = 200;
    const pending = Array.from({ length: total }, (_, i) => ({ i, clientMessageId: randomUUID() }));
    const acked = new Set<string>();
    // A client that retries what was not acknowledged, with the same clientMessageId, as the web client does.
    const sender = async () => {
      for (let next = pending.shift(); next; next = pending.shift()) {
        const deadline = Date.now() + 60_000;
        for (;;) {
          if (Date.now() > deadline) throw new Error(`message ${next.i} never acknowledged`);
          const res = await api
            .as(cluster.admin)
            .post(`/channels/${channel.id}/messages`, { body: `burst ${next.i}`, clientMessageId: next.clientMessageId })
            .catch(() => null);
          if (res && (res.status === 201 || res.status === 200)) break;
          if (res && res.status < 500 && res.status !== 429) throw new Error(`refused: ${res.status} ${JSON.stringify(res.body)}`);
          await (restarted ?? backoff());
        }
        acked.add(next.clientMessageId);
        if (acked.size === 50) restarted ??= killAndReplace();
      }
    };
    await Promise.all(Array.from({ length: 10 }, sender));
    expect(restarted).toBeDefined();
    expect(p.api.child.signalCode).toBe('SIGKILL');

    const stored = await storedIn(p.db, channel.id);
    expect(acked.size).toBe(total);
    expect([...stored.copies.keys()].sort()).toEqual([...acked].sort());
    expect([...stored.copies.values()].every((n) => n === 1)).toBe(true);
    expect(stored.seqs).toEqual(oneToN(total));
    const socket = io(api.baseUrl, { auth: { token: reader.token }, transports: ['websocket'], reconnection: false, forceNew: true });
    await new Promise((resolve, reject) => {
      socket.once('ready', resolve);
      socket.once('connect_error', reject);
    });
    try {
      expect((await syncAll(socket, channel.id)).map((m) => m.seq)).toEqual(oneToN(total));
    } finally {
      socket.disconnect();
    }
  }, 120_000);
});
