import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { closeGracefullyOnSignals, loadConfigOrExit } from '@hamkar/common';
import { WorkerModule } from './worker.module';

async function main() {
  loadConfigOrExit();
  const worker = await NestFactory.createApplicationContext(WorkerModule.register(), { bufferLogs: true });
  worker.useLogger(worker.get(Logger));
  // Closing the context closes every BullMQ worker, which waits for its running jobs to finish.
  closeGracefullyOnSignals(worker, worker.get(Logger));
  await worker.init();
  worker.get(Logger).log('worker ready');
}

void main();
