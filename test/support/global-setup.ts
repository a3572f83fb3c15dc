import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { DIST, PID_FILE, TEST_DATABASE_URL } from './test-env';

/**
 * End-to-end tests drive the real built api and worker as separate processes, as production runs
 * them (the service tests, test/service, load the services in Jest instead). Here, once per
 * run: compile them (unless `scripts/test.sh` already did: HAMKAR_TEST_SKIP_BUILD=1), then build
 * a fresh test database with the real migrations. The e2e and browser projects both call this;
 * the second call finds both done (global setups share this process's environment).
 */
export default async function globalSetup() {
  rmSync(PID_FILE, { force: true });
  const built = existsSync(`${DIST}/apps/api/src/main.js`) && existsSync(`${DIST}/register-paths.js`);
  if (!(built && (process.env.HAMKAR_TEST_SKIP_BUILD === '1' || process.env.HAMKAR_TEST_BUILT === DIST))) {
    // Type errors are reported (and fail `npm run typecheck`), but tsc still emits, and the tests then show what breaks.
    const tsc = spawnSync(
      process.execPath,
      ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--outDir', DIST, '--tsBuildInfoFile', `${DIST}/.tsbuildinfo`],
      { stdio: 'inherit' },
    );
    if (!existsSync(`${DIST}/apps/api/src/main.js`)) throw new Error(`the build failed (tsc exit ${tsc.status})`);
    process.env.HAMKAR_TEST_BUILT = DIST;
  }
  if (process.env.HAMKAR_TEST_DATABASE_READY === TEST_DATABASE_URL) return;
  execFileSync(process.execPath, ['-r', `./${DIST}/register-paths.js`, `${DIST}/libs/database/src/cli/migrate.js`, 'run', '--recreate'], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: TEST_DATABASE_URL },
  });
  process.env.HAMKAR_TEST_DATABASE_READY = TEST_DATABASE_URL;
}
