import { Pool } from 'pg';
import { io, Socket } from 'socket.io-client';
import { ApiClient } from './api-client';
import { AppProcess, freePort, ROOT, startApp, waitFor } from './processes';
import { testEnv } from './test-env';

export interface Platform {
  baseUrl: string;
  http: ApiClient;
  api: AppProcess;
  worker: AppProcess | null;
  /** Direct access to the test database, for assertions a client cannot make. */
  db: Pool;
  env: Record<string, string>;
  /** A real Socket.IO client connected with this access token (resolves once its rooms are set up). */
  socket(token: string): Promise<Socket>;
  /** Starts a second api node on the same database and Redis (for cross-node tests). */
  anotherApi(): Promise<{ baseUrl: string; http: ApiClient; socket(token: string): Promise<Socket>; api: AppProcess }>;
  startWorker(): Promise<AppProcess>;
  close(): Promise<void>;
}

export interface PlatformOptions {
  env?: Record<string, string>;
  /** Most files want the worker too; pure HTTP files can skip it. */
  worker?: boolean;
}

/** The real built api and worker, as processes, on the real PostgreSQL and Redis. */
export async function startPlatform(options: PlatformOptions = {}): Promise<Platform> {
  const env = testEnv(options.env);
  const logDir = `${ROOT}/${env.FILES_DIR.replace(/\/files$/, '')}`;
  const sockets: Socket[] = [];
  const apps: AppProcess[] = [];

  const bootApi = async () => {
    const port = await freePort();
    const api = startApp('api', { ...env, PORT: String(port), HOST: '127.0.0.1' }, `${logDir}/api-${port}`);
    apps.push(api);
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitFor(api, 'api', async () => (await fetch(`${baseUrl}/health`)).ok);
    const socket = (token: string) => {
      const s = io(baseUrl, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
      sockets.push(s);
      return new Promise<Socket>((resolve, reject) => {
        s.once('ready', () => resolve(s));
        s.once('connect_error', (e) => reject(e));
      });
    };
    return { baseUrl, http: new ApiClient(baseUrl), socket, api };
  };
  const startWorker = async () => {
    const worker = startApp('worker', { ...env, LOG_LEVEL: 'info' }, `${logDir}/worker-${apps.length}`);
    apps.push(worker);
    await waitFor(worker, 'worker', async () => worker.output().includes('worker ready'));
    return worker;
  };

  const [first, worker] = await Promise.all([bootApi(), options.worker === false ? Promise.resolve(null) : startWorker()]);
  const db = new Pool({ connectionString: env.DATABASE_URL, max: 4 });
  return {
    ...first,
    worker,
    db,
    env,
    anotherApi: bootApi,
    startWorker,
    async close() {
      sockets.forEach((s) => s.disconnect());
      await Promise.all(apps.map((a) => a.stop()));
      await db.end();
    },
  };
}
