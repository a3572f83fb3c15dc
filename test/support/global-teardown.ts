import { existsSync, readFileSync, rmSync } from 'node:fs';
import { PID_FILE } from './test-env';

/** Stops any api or worker a failed test file left running, so CI never hangs on them. */
export default async function globalTeardown() {
  if (!existsSync(PID_FILE)) return;
  for (const pid of readFileSync(PID_FILE, 'utf8').split('\n').filter(Boolean).map(Number)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  rmSync(PID_FILE, { force: true });
}
