import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { Client } from 'pg';
import { ROOT, startApp, waitFor, AppProcess, freePort } from '../support/processes';
import { DIST, TEST_DATABASE_URL, testEnv } from '../support/test-env';

// Counted from the files: the migrations' index pulls in Nest, which Jest cannot load.
const allMigrations = readdirSync(`${__dirname}/../../libs/database/src/migrations`).filter((f) => /^\d+-.+\.ts$/.test(f));
const adminUrl = () => Object.assign(new URL(TEST_DATABASE_URL), { pathname: '/postgres' }).toString();

/** Issue 13, item 8: the api, the worker and the migration command started together on an empty database. */
describe('applying migrations from several processes at once', () => {
  const name = `hamkar_race_${randomUUID().slice(0, 8)}`;
  const url = Object.assign(new URL(TEST_DATABASE_URL), { pathname: `/${name}` }).toString();
  const apps: AppProcess[] = [];

  const admin = async <T>(work: (c: Client) => Promise<T>) => {
    const c = new Client({ connectionString: adminUrl() });
    await c.connect();
    try {
      return await work(c);
    } finally {
      await c.end();
    }
  };

  const migrateCommand = () =>
    new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, ['-r', `./${DIST}/register-paths.js`, `${DIST}/libs/database/src/cli/migrate.js`, 'run'], {
        cwd: ROOT,
        env: { ...process.env, ...testEnv(), DATABASE_URL: url },
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('exit', (code) => resolve({ code, output }));
    });

  beforeAll(() => admin((c) => c.query(`CREATE DATABASE "${name}"`)));
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  });

  it('applies each migration exactly once, and every process starts', async () => {
    const env = testEnv({ DATABASE_URL: url, MIGRATIONS_RUN: 'true' });
    const port = await freePort();
    const api = startApp('api', { ...env, PORT: String(port), HOST: '127.0.0.1' }, `${ROOT}/.tmp/test/race-${name}/api`);
    const worker = startApp('worker', { ...env, LOG_LEVEL: 'info' }, `${ROOT}/.tmp/test/race-${name}/worker`);
    apps.push(api, worker);
    const commands = await Promise.all([migrateCommand(), migrateCommand()]);

    for (const c of commands)
      expect({ code: c.code, output: c.output }).toEqual({ code: 0, output: expect.stringMatching(/^migrations: \d+ applied/) });
    await waitFor(api, 'api', async () => (await fetch(`http://127.0.0.1:${port}/health/ready`)).ok);
    await waitFor(worker, 'worker', async () => worker.output().includes('worker ready'));

    const applied = await admin(async () => {
      const c = new Client({ connectionString: url });
      await c.connect();
      try {
        return (await c.query(`SELECT name, count(*)::int AS n FROM migrations GROUP BY name`)).rows;
      } finally {
        await c.end();
      }
    });
    expect(applied).toHaveLength(allMigrations.length);
    expect(applied.every((m) => m.n === 1)).toBe(true);
    // Between them, the four processes applied every migration once.
    const counted = commands.map((c) => Number(/migrations: (\d+) applied/.exec(c.output)![1]));
    expect(counted.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(allMigrations.length);
  });
});
