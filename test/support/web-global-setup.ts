import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import globalSetup from './global-setup';

/** Browser tests also need the web client, built the way production builds it (once per run; Jest's NODE_ENV=test would make a development build). */
export default async function webGlobalSetup() {
  await globalSetup();
  const webDist = process.env.WEB_DIST ?? 'dist/web';
  if (existsSync(`${webDist}/index.html`) && process.env.HAMKAR_TEST_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, WEB_DIST: webDist, NODE_ENV: 'production' },
  });
}
