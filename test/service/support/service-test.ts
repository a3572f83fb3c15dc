import 'reflect-metadata';
import type { DynamicModule, INestApplicationContext, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AppConfigModule } from '@hamkar/common';
import { DatabaseModule } from '@hamkar/database';
import { OutboxModule, OutboxRelay } from '@hamkar/outbox';
import { RealtimeModule, RealtimePublisher } from '@hamkar/realtime';
import { aServiceDatabase } from './service-database';
import { RealtimeRecorder } from './realtime-recorder';

export interface ServiceTest {
  /** A provider of the running context: the real service, as the api and the worker get it. */
  get<T>(type: Type<T> | string | symbol): T;
  readonly dataSource: DataSource;
  /** What the services told sockets, in order (the emitter to other processes is the one piece replaced). */
  readonly realtime: RealtimeRecorder;
}

/**
 * The real services of the given contexts (their Nest modules, as the apps import them) over the
 * real TypeORM data source, on a database of this file's own built by the real migrations, with no
 * api or worker running. Only what crosses to another process is replaced by an in-process stand-in:
 * the socket emitter records what it would send, and the outbox relay does not hand jobs to BullMQ,
 * so jobs stay in the `outbox` table where a test can read them.
 *
 * Call it at the top of a test file: it opens the context before the file's tests and closes it and
 * drops the database after them.
 */
export function serviceTest(contexts: Array<Type<unknown> | DynamicModule>): ServiceTest {
  let app: INestApplicationContext | undefined;
  let drop: (() => Promise<void>) | undefined;
  const realtime = new RealtimeRecorder();

  beforeAll(async () => {
    const database = await aServiceDatabase();
    drop = database.drop;
    const builder = Test.createTestingModule({
      imports: [
        AppConfigModule.forRoot({
          NODE_ENV: 'test',
          DATABASE_URL: database.url,
          // No Redis: the few in-process helpers that would use it (presence) use PostgreSQL instead.
          REDIS_URL: '',
          MIGRATIONS_RUN: 'false',
          JWT_SECRET: 'service-test-secret-long-enough',
          LOG_LEVEL: 'warn',
          MAIL_TRANSPORT: 'file:.tmp/test/service/mail',
          FILES_DIR: '.tmp/test/service/files',
        }),
        DatabaseModule,
        OutboxModule,
        RealtimeModule,
        ...contexts,
      ],
    })
      .overrideProvider(RealtimePublisher)
      .useValue(realtime)
      .overrideProvider(OutboxRelay)
      .useValue({ kick: () => undefined, relayBatch: async () => 0 });
    app = await builder.compile();
    // Lifecycle hooks run as in the apps (a service that prepares itself on init is tested prepared).
    await app.init();
  });

  afterEach(() => realtime.clear());

  afterAll(async () => {
    await app?.close();
    await drop?.();
  });

  return {
    get<T>(type: Type<T> | string | symbol): T {
      if (!app) throw new Error('the service context is not open yet: call get() inside a test or a beforeAll after serviceTest()');
      return app.get<T>(type as Type<T>, { strict: false });
    },
    get dataSource() {
      return this.get(DataSource);
    },
    realtime,
  };
}
