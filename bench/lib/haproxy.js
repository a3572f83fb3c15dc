// HAProxy (Debian's package: apt-get install haproxy) in front of several api processes, on loopback,
// with a config written here: HTTP and websockets passed through (a websocket becomes a tunnel),
// least connections, and health checks on /health so that a killed api is taken out within a second.
// HAPROXY_LOG=1 shows HAProxy's own warnings (servers going down and up).
const { spawn, execFileSync } = require('node:child_process');
const { mkdirSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { ROOT } = require('./hamkar');
const { sleep } = require('./load');

const HAPROXY = process.env.HAPROXY_BIN || 'haproxy';

function haproxyVersion() {
  try {
    return execFileSync(HAPROXY, ['-v'], { encoding: 'utf8' }).split('\n')[0];
  } catch {
    return null;
  }
}

function config(port, backends) {
  return `global
  maxconn 9000
defaults
  mode http
  timeout connect 5s
  timeout client 60s
  timeout server 60s
  timeout tunnel 1h
  # A busy machine answers /health slowly; a killed api refuses at once, so it is still out within a second.
  timeout check 3s
  option http-server-close
frontend hamkar
  bind 127.0.0.1:${port}
  default_backend api
backend api
  balance leastconn
  option httpchk GET /health
  http-check expect status 200
  default-server check inter 500 fall 2 rise 1
${backends.map((b, i) => `  server api${i + 1} 127.0.0.1:${b}`).join('\n')}
`;
}

/** Starts HAProxy on `port` in front of the api ports `backends`; resolves once it answers /health. */
async function startHaproxy(port, backends) {
  const dir = path.join(ROOT, '.tmp', 'bench');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `haproxy-${port}.cfg`);
  writeFileSync(file, config(port, backends));
  const child = spawn(HAPROXY, ['-db', ...(process.env.HAPROXY_LOG ? [] : ['-q']), '-f', file], {
    stdio: ['ignore', 'ignore', process.env.HAPROXY_LOG ? 'inherit' : 'ignore'],
  });
  const stop = () => child.exitCode === null && child.signalCode === null && child.kill('SIGTERM');
  process.on('exit', stop);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`haproxy exited (${child.exitCode})`);
    if (
      await fetch(`${url}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, pid: child.pid, stop, config: file };
    await sleep(100);
  }
  throw new Error('haproxy did not answer within 20 s');
}

module.exports = { startHaproxy, haproxyVersion };
