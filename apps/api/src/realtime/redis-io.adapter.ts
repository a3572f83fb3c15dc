import { INestApplicationContext, Logger, WsMessageHandler } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import type { Observable } from 'rxjs';
import type { Server, ServerOptions, Socket } from 'socket.io';
import { AppConfig, createRedis, publishingSafely, usesRedis } from '@hamkar/common';
import { socketIoKey } from '@hamkar/realtime';
import { postgresAdapter } from './postgres-io.adapter';

/**
 * Socket.IO across api nodes: events published on one node reach sockets on every other, through
 * Redis or, when the deployment has none, PostgreSQL (see postgres-io.adapter.ts).
 */
export class RedisIoAdapter extends IoAdapter {
  private pub?: Redis;
  private sub?: Redis;
  private closePostgres?: () => Promise<void>;

  constructor(
    app: INestApplicationContext,
    private readonly config: AppConfig,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const origins = this.config.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean);
    const server: Server = super.createIOServer(port, { ...options, cors: { origin: origins, credentials: true } } as ServerOptions);
    if (!usesRedis(this.config)) {
      const { adapter, close } = postgresAdapter(this.config);
      server.adapter(adapter);
      this.closePostgres = close;
      return server;
    }
    this.pub = createRedis(this.config.REDIS_URL, 'socket.io-pub');
    this.sub = this.pub.duplicate();
    // The adapter publishes without awaiting; while Redis is away this node's own sockets still get
    // their events, other nodes' catch up with `sync`, and nothing queues up to replay later.
    server.adapter(createAdapter(publishingSafely(this.pub, 'socket.io-pub'), this.sub, { key: socketIoKey(this.config.REDIS_PREFIX) }));
    return server;
  }

  /**
   * Nest's own binding keeps an RxJS pipeline per handler per socket for the socket's whole life:
   * about 50 kB a socket, which at thousands of sockets makes the old generation big enough for
   * its garbage collections to stall deliveries. Here a socket holds one plain listener per
   * event, and a stream exists only while one message is being handled.
   */
  override bindMessageHandlers(socket: Socket, handlers: WsMessageHandler[], transform: (data: unknown) => Observable<unknown>): void {
    for (const { message, callback, isAckHandledManually } of handlers) {
      socket.on(message, (...payload: unknown[]) => {
        // As RxJS fromEvent hands it to Nest: one argument alone, several as an array.
        const { data, ack } = this.mapPayload(payload.length === 1 ? payload[0] : payload);
        let response$: Observable<unknown>;
        try {
          response$ = transform(callback(data, ack));
        } catch (e) {
          handlerLogger.error(e);
          return;
        }
        response$.subscribe({
          next: (response) => {
            if (response === null || response === undefined) return;
            const reply = response as { event?: string; data?: unknown };
            if (reply.event) socket.emit(reply.event, reply.data);
            else if (!isAckHandledManually && typeof ack === 'function') (ack as (r: unknown) => void)(response);
          },
          error: (e) => handlerLogger.error(e),
        });
      });
    }
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.all([this.pub, this.sub].map((r) => r?.quit().catch(() => r.disconnect())));
    await this.closePostgres?.();
  }
}

const handlerLogger = new Logger('SocketHandlers');
