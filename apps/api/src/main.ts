import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { closeGracefullyOnSignals, loadConfigOrExit } from '@hamkar/common';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';

async function main() {
  const config = loadConfigOrExit();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(), { bufferLogs: true, bodyParser: false });
  configureApp(app, config);
  closeGracefullyOnSignals(app, app.get(Logger));
  await app.listen(config.PORT, process.env.HOST ?? '0.0.0.0');
}

void main();
