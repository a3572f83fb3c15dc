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
        redact: [
          'req.headers.authorization',
          'req.headers.cookie',
          'req.body.password',
          'req.body.refreshToken',
          'res.headers["set-cookie"]',
        ],
        // An invitation's token travels in its path (/invitations/:token/accept): logs keep neither it nor its params.
        serializers: { req: withoutSecrets },
        autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').includes('/health') },
      },
    }),
  });
}

const SECRET_KEY = /token|password|secret/i;

export function withoutSecrets(req: { url?: string; query?: Record<string, unknown>; params?: unknown }) {
  const url = req.url
    ?.replace(/(\/invitations\/)[^/?#]+/g, '$1[Redacted]')
    .replace(/([?&][^=&]*(?:token|password|secret)[^=&]*=)[^&#]*/gi, '$1[Redacted]');
  const query = req.query && Object.fromEntries(Object.entries(req.query).map(([k, v]) => [k, SECRET_KEY.test(k) ? '[Redacted]' : v]));
  return { ...req, url, query, params: undefined };
}
