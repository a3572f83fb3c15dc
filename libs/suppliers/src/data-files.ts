import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** libs/suppliers/data, found from the sources, from dist/, or from the working directory. */
export function suppliersDataDir(): string {
  for (const base of [process.cwd(), join(__dirname, '..', '..', '..'), join(__dirname, '..', '..', '..', '..')]) {
    const dir = join(base, 'libs', 'suppliers', 'data');
    if (existsSync(join(dir, 'hs-2022.csv'))) return dir;
  }
  throw new Error('libs/suppliers/data not found');
}
