import { execFileSync } from 'node:child_process';
import globalSetup from './global-setup';

/** Browser tests also need the web client, built the way production builds it. */
export default async function webGlobalSetup() {
  await globalSetup();
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, WEB_DIST: process.env.WEB_DIST ?? 'dist/web' } });
}
