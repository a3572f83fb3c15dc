import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import { AppConfig, createRedis } from '@hamkar/common';
import { socketIoKey } from '@hamkar/realtime';

/** Socket.IO across api nodes: events published on one node reach sockets on every other. */
export class RedisIoAdapter extends IoAdapter {
  private pub?: Redis;
  private sub?: Redis;

  constructor(
    app: INestApplicationContext,
    private readonly config: AppConfig,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    this.pub = createRedis(this.config.REDIS_URL, 'socket.io-pub');
    this.sub = this.pub.duplicate();
    const origins = this.config.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
    const server: Server = super.createIOServer(port, { ...options, cors: { origin: origins, credentials: true } } as ServerOptions);
    server.adapter(createAdapter(this.pub, this.sub, { key: socketIoKey(this.config.REDIS_PREFIX) }));
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.all([this.pub, this.sub].map((r) => r?.quit().catch(() => r.disconnect())));
  }
}
