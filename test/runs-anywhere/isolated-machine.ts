import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  createWriteStream,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { connect, createServer, Server } from 'node:net';
import { dirname, join } from 'node:path';
import { freePort, ROOT } from '../support/processes';

/**
 * A machine as a newcomer has it: a copy of the checkout with its dependencies installed, in a
 * network namespace whose only interface is loopback (so the machine's own PostgreSQL and Redis
 * are out of reach). Needs root for the namespace (`unshare`, `nsenter`, `ip` from util-linux
 * and iproute2).
 */
export function canIsolate(): boolean {
  if (process.getuid?.() !== 0) return false;
  return ['unshare', 'nsenter', 'ip'].every((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0);
}

/** The checkout as `git` sees it (tracked and new files, not ignored ones), copied; node_modules linked entry by entry. */
export function copyOfCheckout(into: string): string {
  rmSync(into, { recursive: true, force: true });
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT })
    .toString()
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    // Deleted in the work tree, or a link or folder (such as a linked node_modules or .tools): not source.
    if (!existsSync(join(ROOT, file)) || !lstatSync(join(ROOT, file)).isFile()) continue;
    mkdirSync(dirname(join(into, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(into, file));
  }
  // A folder of links, not one link: `npm ci` in the copy could only remove the links, never the real packages.
  mkdirSync(join(into, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry === '.hamkar-lock') continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(into, 'node_modules', entry));
  }
  // Node.js from the npm registry, when the test command had to fetch one (scripts/node.sh).
  if (existsSync(join(ROOT, '.tools'))) symlinkSync(join(ROOT, '.tools'), join(into, '.tools'));
  // Installed from this very lockfile, as scripts/install.sh records it (no network in the namespace).
  writeFileSync(
    join(into, 'node_modules', '.hamkar-lock'),
    createHash('sha256')
      .update(readFileSync(join(into, 'package-lock.json')))
      .digest('hex') + '\n',
  );
  return into;
}

export interface Namespace {
  /** Runs a command inside the namespace. */
  spawn(
    command: string,
    args: string[],
    options?: { cwd?: string; env?: NodeJS.ProcessEnv; log?: string },
  ): ChildProcess & { output(): string };
  /** Whether a TCP connection to 127.0.0.1:port succeeds from inside. */
  reaches(port: number): boolean;
  /** A port on this side that leads to 127.0.0.1:port inside (through a Unix socket, which crosses namespaces). */
  bridge(port: number): Promise<number>;
  close(): Promise<void>;
}

export async function networkNamespace(workDir: string): Promise<Namespace> {
  const holder = spawn('unshare', ['--net', '--', 'sleep', 'infinity'], { stdio: 'ignore' });
  await new Promise((r) => holder.once('spawn', r));
  // unshare execs sleep in the new namespace; wait for that before entering it.
  for (let i = 0; i < 100 && readFileSync(`/proc/${holder.pid}/comm`, 'utf8').trim() !== 'sleep'; i++)
    await new Promise((r) => setTimeout(r, 20));
  const enter = ['-t', String(holder.pid), '-n', '--'];
  execFileSync('nsenter', [...enter, 'ip', 'link', 'set', 'lo', 'up']);
  const children: ChildProcess[] = [];
  const servers: Server[] = [];

  return {
    spawn(command, args, options = {}) {
      const child = spawn('nsenter', [...enter, command, ...args], {
        cwd: options.cwd,
        env: options.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      }) as ChildProcess & { output(): string };
      children.push(child);
      let output = '';
      const log = options.log ? createWriteStream(options.log) : null;
      const capture = (chunk: Buffer) => {
        output = (output + chunk.toString()).slice(-200_000);
        log?.write(chunk);
      };
      child.stdout!.on('data', capture);
      child.stderr!.on('data', capture);
      child.once('exit', () => log?.end());
      child.output = () => output;
      return child;
    },
    reaches(port) {
      const probe = `require('net').connect(${port},'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))`;
      return spawnSync('nsenter', [...enter, process.execPath, '-e', probe], { timeout: 10_000 }).status === 0;
    },
    async bridge(port) {
      const socketPath = join(workDir, `bridge-${port}.sock`);
      rmSync(socketPath, { force: true });
      const inside = `const net=require('net');net.createServer(c=>{const t=net.connect(${port},'127.0.0.1');c.pipe(t).pipe(c);c.on('error',()=>t.destroy());t.on('error',()=>c.destroy())}).listen(process.argv[1])`;
      children.push(spawn('nsenter', [...enter, process.execPath, '-e', inside, socketPath], { stdio: 'ignore' }));
      for (let i = 0; i < 200 && !existsSync(socketPath); i++) await new Promise((r) => setTimeout(r, 50));
      const outsidePort = await freePort();
      const server = createServer((c) => {
        const t = connect(socketPath);
        c.pipe(t).pipe(c);
        c.on('error', () => t.destroy());
        t.on('error', () => c.destroy());
      });
      servers.push(server);
      await new Promise<void>((r) => server.listen(outsidePort, '127.0.0.1', r));
      return outsidePort;
    },
    async close() {
      servers.forEach((s) => s.close());
      for (const child of [...children, holder]) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/** Every process below `pid` (children, their children, …), read from /proc. */
export function descendantsOf(pid: number): number[] {
  const found: number[] = [];
  const walk = (parent: number) => {
    let children: string[] = [];
    try {
      children = readdirSync(`/proc/${parent}/task`).flatMap((t) =>
        readFileSync(`/proc/${parent}/task/${t}/children`, 'utf8').split(' ').filter(Boolean),
      );
    } catch {
      /* gone */
    }
    for (const c of children.map(Number)) {
      found.push(c);
      walk(c);
    }
  };
  walk(pid);
  return found;
}

export const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
