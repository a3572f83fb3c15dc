import { aUser, eventually } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { startApp } from '../support/processes';
import { testEnv } from '../support/test-env';

describe('start-up configuration', () => {
  it('stops with one line naming a bad variable', async () => {
    const app = startApp('api', testEnv({ DATABASE_URL: 'mysql://nope', PORT: 'eighty' }), '.tmp/test/config');
    const code = await app.exited;
    expect(code).toBe(1);
    const lines = app.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/DATABASE_URL/);
    expect(lines[0]).toMatch(/PORT/);
  });
});

describe('graceful shutdown', () => {
  let p: Platform;
  beforeAll(async () => (p = await startPlatform()));
  afterAll(() => p.close());

  it('lets the worker finish its running job, then exit 0', async () => {
    const user = await aUser(p);
    const queued = await p.http.as(user).post('/system/jobs', { message: 'slow', delayMs: 1500 });
    await eventually(async () => (await p.http.as(user).get(`/system/jobs/${queued.body.id}`)).body.state === 'active');
    expect(await p.worker!.stop('SIGTERM')).toBe(0);
    const job = await p.http.as(user).get(`/system/jobs/${queued.body.id}`);
    expect(job.body).toMatchObject({ state: 'completed', result: { echo: 'slow' } });
  });

  it('lets the api finish in-flight requests, close sockets, and exit 0', async () => {
    const user = await aUser(p);
    const socket = await p.socket(user.token);
    const disconnected = new Promise((resolve) => socket.once('disconnect', resolve));
    // Registration hashes a password: a request that is still running when the signal arrives.
    const inFlight = p.http.post('/auth/register', {
      email: `late-${Date.now()}@example.test`,
      password: 'correct horse battery',
      displayName: 'Late',
    });
    await new Promise((r) => setTimeout(r, 20));
    const exit = p.api.stop('SIGTERM');
    expect((await inFlight).status).toBe(201);
    await disconnected;
    expect(await exit).toBe(0);
  });
});
