import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../app.module';
import { API_PREFIX } from '../configure-app';
import { buildOpenApiDocument } from '../openapi';

/**
 * Writes the api's OpenAPI document to the file named by the first argument (stdout without one).
 * Nest's preview mode reads the modules and their routes without creating a provider, so this needs
 * no database, Redis or secret: CI and a developer's laptop get the same document.
 */
async function main() {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register({ LOG_LEVEL: 'silent' }), {
    preview: true,
    abortOnError: false,
    logger: false,
    bodyParser: false,
  });
  app.setGlobalPrefix(API_PREFIX);
  const json = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  await app.close();
  if (process.argv[2]) writeFileSync(process.argv[2], json);
  else process.stdout.write(json);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
