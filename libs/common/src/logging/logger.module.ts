import { DynamicModule } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, AppConfig } from '../config/config.module';

const REQUEST_ID = /^[\w.:-]{1,100}$/;

/**
 * JSON logs through pino; every line logged while serving a request carries its `reqId`
 * (the caller's `X-Request-Id` when it sent a sane one), echoed back in the response.
 */
export function loggingModule(app: string): DynamicModule {
  return LoggerModule.forRootAsync({
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => ({
      pinoHttp: {
        level: config.LOG_LEVEL,
        base: { app },
        genReqId: (req: IncomingMessage, res: ServerResponse) => {
          const given = req.headers['x-request-id'];
          const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
          res.setHeader('X-Request-Id', id);
          return id;
        },
        customProps: (req: IncomingMessage) => ({ reqId: (req as IncomingMessage & { id?: unknown }).id }),
        redact: ['req.headers.authorization', 'req.headers.cookie', 'req.body.password', 'req.body.refreshToken'],
        autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').includes('/health') },
      },
    }),
  });
}
