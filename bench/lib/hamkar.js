// Hamkar's side of a benchmark: a throwaway database with people in channels, the built api and
// worker as their own processes (the node flags of `npm run start:api`), and tokens to sign in with.
const { spawn, execFileSync } = require('node:child_process');
const { randomUUID } = require('node:crypto');
const net = require('node:net');
const path = require('node:path');
const { Pool } = require('pg');
const jwt = require('jsonwebtoken');
const { sleep } = require('./load');
const { API_NODE_FLAGS } = require('./baselines');

const ROOT = path.join(__dirname, '..', '..');
const DIST = process.env.HAMKAR_DIST || 'dist';
const JWT_SECRET = 'bench-secret-that-is-long-enough-for-hs256';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const freePort = () =>
  new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

/** Recreates the database at `url` with every migration; a pool on it. */
function freshDatabase(url) {
  execFileSync(process.execPath, ['-r', `./${DIST}/register-paths.js`, `${DIST}/libs/database/src/cli/migrate.js`, 'run', '--recreate'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, DATABASE_URL: url },
  });
  return new Pool({ connectionString: url, max: 4 });
}

/** `people` users, members of one cluster, in `channels` public channels of equal size. */
async function seedChannels(db, people, channelCount) {
  const perChannel = Math.ceil(people / channelCount);
  const { rows: users } = await db.query(
    `INSERT INTO users (email, email_normalized, password_hash, display_name)
       SELECT 'b' || i || '@bench.test', 'b' || i || '@bench.test', 'x', 'Bench ' || i FROM generate_series(1, $1) i RETURNING id`,
    [people],
  );
  const {
    rows: [cluster],
  } = await db.query(
    `INSERT INTO clusters (slug, name, sector, country, region, created_by) VALUES ($1, 'Bench', 'carpets', 'IR', 'Zanjan', $2) RETURNING id`,
    [`bench-${randomUUID().slice(0, 8)}`, users[0].id],
  );
  await db.query(`INSERT INTO memberships (cluster_id, user_id, role) SELECT $1, unnest($2::uuid[]), 'member'`, [
    cluster.id,
    users.map((u) => u.id),
  ]);
  const channels = [];
  for (let c = 0; c < channelCount; c++) {
    const {
      rows: [ch],
    } = await db.query(`INSERT INTO channels (cluster_id, name, kind) VALUES ($1, $2, 'public') RETURNING id`, [cluster.id, `bench-${c}`]);
    const members = users.slice(c * perChannel, (c + 1) * perChannel).map((u) => u.id);
    await db.query(`INSERT INTO channel_members (channel_id, user_id) SELECT $1, unnest($2::uuid[])`, [ch.id, members]);
    channels.push({ id: ch.id, members });
  }
  return { clusterId: cluster.id, users: users.map((u) => u.id), channels };
}

const token = (userId) => jwt.sign({ sub: userId, sid: randomUUID(), typ: 'access' }, JWT_SECRET, { algorithm: 'HS256', expiresIn: 3600 });

/** The environment both apps get; `prefix` keeps this run's Redis keys apart. */
function appEnv(databaseUrl, prefix, extra = {}) {
  return {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    REDIS_PREFIX: prefix,
    JWT_SECRET,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_API_PER_MINUTE: '1000000',
    MIGRATIONS_RUN: 'false',
    FILES_DIR: '.tmp/bench/files',
    MAIL_TRANSPORT: 'file:.tmp/bench/mail',
    ...extra,
  };
}

/**
 * Starts the built api or worker; resolves once the api answers /health (the worker: at once).
 * `nodeFlags` go to node besides the production ones (a CPU profile, say).
 */
async function startApp(app, env, { port, nodeFlags = [] } = {}) {
  const flags = app === 'api' ? API_NODE_FLAGS : [];
  const child = spawn(process.execPath, [...flags, ...nodeFlags, '-r', `./${DIST}/register-paths.js`, `${DIST}/apps/${app}/src/main.js`], {
    cwd: ROOT,
    env: { ...env, ...(port ? { PORT: String(port), CORS_ORIGINS: `http://127.0.0.1:${port}` } : {}) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = (signal = 'SIGTERM') => child.exitCode === null && child.signalCode === null && child.kill(signal);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.on('exit', () => stop('SIGKILL'));
  const handle = { pid: child.pid, port, url: port && `http://127.0.0.1:${port}`, stop, exited };
  if (app !== 'api') return handle;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`api exited (${child.exitCode}) before it was healthy`);
    if (
      await fetch(`${handle.url}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return handle;
    await sleep(100);
  }
  throw new Error('api not healthy within 60 s');
}

module.exports = { freePort, freshDatabase, seedChannels, token, appEnv, startApp, ROOT, DIST, JWT_SECRET };
