import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { io, Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { loadConfig } from '@hamkar/common';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/configure-app';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { ApiClient } from './api-client';
import { testEnv } from './test-env';

export interface Platform {
  baseUrl: string;
  http: ApiClient;
  api: INestApplication;
  worker: INestApplicationContext | null;
  db: DataSource;
  env: Record<string, string>;
  /** A real Socket.IO client connected with this access token (resolves once the server has set up its rooms). */
  socket(token: string): Promise<Socket>;
  close(): Promise<void>;
}

export interface PlatformOptions {
  env?: Record<string, string>;
  /** Most files want the worker too; pure HTTP files can skip it. */
  worker?: boolean;
}

/** The real api and worker, in this process, on the real PostgreSQL and Redis. */
export async function startPlatform(options: PlatformOptions = {}): Promise<Platform> {
  const env = testEnv(options.env);
  const api = await NestFactory.create<NestExpressApplication>(AppModule.register(env), { bodyParser: false, bufferLogs: true });
  configureApp(api, loadConfig({ ...process.env, ...env }));
  await api.listen(0, '127.0.0.1');
  const baseUrl = (await api.getUrl()).replace('[::1]', '127.0.0.1');
  let worker: INestApplicationContext | null = null;
  if (options.worker !== false) {
    worker = await NestFactory.createApplicationContext(WorkerModule.register(env), { bufferLogs: true });
    await worker.init();
  }
  const sockets: Socket[] = [];
  return {
    baseUrl,
    http: new ApiClient(baseUrl),
    api,
    worker,
    db: api.get(DataSource),
    env,
    socket(token: string) {
      const socket = io(baseUrl, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
      sockets.push(socket);
      return new Promise<Socket>((resolve, reject) => {
        socket.once('ready', () => resolve(socket));
        socket.once('connect_error', (e) => reject(e));
      });
    },
    async close() {
      sockets.forEach((s) => s.disconnect());
      await worker?.close();
      await api.close();
    },
  };
}
