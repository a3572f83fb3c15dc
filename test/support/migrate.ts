import { execFileSync } from 'node:child_process';
import { ROOT } from './processes';
import { DIST } from './test-env';

/** Creates the database at `url` if needed and applies every migration, as the global setup does for the test database. */
export function migrateDatabase(url: string, recreate = false): void {
  execFileSync(
    process.execPath,
    ['-r', `./${DIST}/register-paths.js`, `${DIST}/libs/database/src/cli/migrate.js`, 'run', ...(recreate ? ['--recreate'] : [])],
    {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: url },
    },
  );
}
