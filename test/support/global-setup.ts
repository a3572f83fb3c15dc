import { execFileSync } from 'node:child_process';
import { TEST_DATABASE_URL } from './test-env';

/**
 * NestJS 12 ships as ES modules, which Jest's CommonJS runtime cannot load, so e2e tests drive
 * the real built api and worker as separate processes (as production does). Here, once per
 * run: compile them, then build a fresh test database with the real migrations.
 */
export default async function globalSetup() {
  if (process.env.HAMKAR_TEST_SKIP_BUILD !== '1') {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  }
  execFileSync(process.execPath, ['-r', './dist/register-paths.js', 'dist/libs/database/src/cli/migrate.js', 'run', '--recreate'], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: TEST_DATABASE_URL },
  });
}
