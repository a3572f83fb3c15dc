import { ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, createWriteStream, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { DIST, PID_FILE } from './test-env';

export const ROOT = join(__dirname, '..', '..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface AppProcess {
  child: ChildProcess;
  /** Resolves with the exit code once the process is gone. */
  exited: Promise<number | null>;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts a built app (`dist/apps/<app>/src/main.js`) with `env`, logging to `logDir`. */
export function startApp(app: 'api' | 'worker', env: Record<string, string>, logDir: string): AppProcess {
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(join(logDir, `${app}.log`));
  const child = spawn(process.execPath, ['-r', `./${DIST}/register-paths.js`, `${DIST}/apps/${app}/src/main.js`], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  mkdirSync(join(ROOT, '.tmp/test'), { recursive: true });
  appendFileSync(join(ROOT, PID_FILE), `${child.pid}\n`);
  let output = '';
  const capture = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
    log.write(chunk);
  };
  child.stdout!.on('data', capture);
  child.stderr!.on('data', capture);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    output: () => output,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await exited;
      clearTimeout(timer);
      log.end();
      return code;
    },
  };
}

/**
 * Waits until `ready()` holds, failing early with the app's output if it dies. The ceiling is
 * generous because a start on a busy machine is slow, not broken; a dead process fails at once.
 */
export async function waitFor(app: AppProcess, what: string, ready: () => Promise<boolean>, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.child.exitCode !== null) throw new Error(`${what} exited with ${app.child.exitCode}:\n${app.output().slice(-4000)}`);
    if (await ready().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} not ready within ${timeoutMs} ms:\n${app.output().slice(-4000)}`);
}
