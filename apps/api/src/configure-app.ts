import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import express, { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import helmet from 'helmet';
import responseTime from 'response-time';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from 'nestjs-pino';
import { AppConfig, createValidationPipe, ProblemDetailsFilter, rejectUnsafeRequests, toProblem } from '@hamkar/common';
import { buildOpenApiDocument } from './openapi';
import { RedisIoAdapter } from './realtime/redis-io.adapter';

export const API_PREFIX = 'api/v1';

/** Everything main.ts and the test harness must set up identically. */
export function configureApp(app: NestExpressApplication, config: AppConfig): INestApplication {
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback');
  // The server's own time for each answer, without the network: devtools show it, benchmarks read it.
  app.use(responseTime((_req, res, ms) => res.setHeader('Server-Timing', `app;dur=${ms.toFixed(2)}`)));
  // The api may be served over plain HTTP on a LAN or localhost, so requests are not forced to HTTPS.
  // Pictures sent in chat are fetched with the bearer token and shown from blob: URLs.
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'connect-src': ["'self'", 'ws:', 'wss:'],
          'img-src': ["'self'", 'data:', 'blob:'],
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  app.enableCors({
    origin: config.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    credentials: true,
    exposedHeaders: ['X-Request-Id'],
  });
  // `/health` is also served at the root, where orchestrators and the contract look for it.
  app.use((req: Request, _res: Response, next: NextFunction) => {
    if (req.url === '/health' || req.url.startsWith('/health/') || req.url.startsWith('/health?')) req.url = `/${API_PREFIX}${req.url}`;
    next();
  });
  // Our own body parsers, so a malformed or oversized body becomes problem+json, not an HTML 500.
  app.use(express.json({ limit: '1mb' }));
  app.use(express.urlencoded({ extended: false, limit: '1mb' }));
  app.use(rejectUnsafeRequests);
  app.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const problem = toProblem(err);
    res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  });
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useWebSocketAdapter(new RedisIoAdapter(app, config));

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', useGlobalPrefix: false });

  serveWebClient(app, config);
  return app;
}

/** In production the api also serves the built web client, with the SPA's index for its routes. */
function serveWebClient(app: NestExpressApplication, config: AppConfig) {
  const dist = resolve(config.WEB_DIST);
  if (!existsSync(join(dist, 'index.html'))) return;
  // The build writes .br and .gz beside each asset; a phone on a slow line gets the smallest it accepts.
  // Hashed files under /assets never change: cached for a year. Everything else is revalidated on each visit.
  app.use(
    expressStaticGzip(dist, {
      enableBrotli: true,
      orderPreference: ['br', 'gz'],
      index: false,
      serveStatic: {
        setHeaders: (res, path) =>
          res.setHeader('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (
      req.method !== 'GET' ||
      req.path.startsWith('/api/') ||
      req.path.startsWith('/docs') ||
      req.path.startsWith('/socket.io') ||
      req.path.startsWith('/health')
    )
      return next();
    if (!(req.headers.accept ?? '').includes('text/html')) return next();
    // With `root`, only "index.html" is checked for dot-segments, so a dist under a dot-folder still works.
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile('index.html', { root: dist });
  });
}
