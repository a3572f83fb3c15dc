import type { INestApplicationContext, LoggerService } from '@nestjs/common';

/**
 * SIGTERM/SIGINT → close the app (HTTP stops accepting and drains, sockets close, BullMQ workers
 * finish their running jobs, connections close) → exit 0. Nest's own shutdown hooks re-raise the
 * signal after closing, so the process would not exit 0; hence this instead of enableShutdownHooks().
 */
export function closeGracefullyOnSignals(app: INestApplicationContext, logger: LoggerService, graceMs = 25_000): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal} received: finishing in-flight work`);
    const force = setTimeout(() => {
      logger.error(`still busy after ${graceMs} ms: exiting`);
      process.exit(1);
    }, graceMs);
    force.unref();
    app
      .close()
      .then(() => process.exit(0))
      .catch((e: Error) => {
        logger.error(`shutdown failed: ${e.message}`);
        process.exit(1);
      });
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}
