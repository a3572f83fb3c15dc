import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeForSearch } from '@hamkar/common/pure';
import { suppliersDataDir } from './data-files';

export interface CategoryRow {
  code: string;
  parentCode: string | null;
  level: number;
  section: string;
  nameEn: string;
  nameFa: string | null;
  nameAz: string | null;
  search: string;
}

/** The HS 2022 tree with our Persian and Azerbaijani names, ready to insert. */
export function loadHsCategories(): CategoryRow[] {
  const dir = suppliersDataDir();
  const rows: Array<{ section: string; hscode: string; description: string; parent: string; level: string }> = parse(
    readFileSync(join(dir, 'hs-2022.csv')),
    { columns: true, skip_empty_lines: true },
  );
  const names: Record<string, { fa?: string; az?: string }> = JSON.parse(readFileSync(join(dir, 'category-names.json'), 'utf8'));
  // The file's grand-total row is not a category.
  return rows
    .filter((r) => r.hscode !== 'TOTAL')
    .map((r) => {
      const n = names[r.hscode] ?? {};
      return {
        code: r.hscode,
        parentCode: r.parent === 'TOTAL' ? null : r.parent,
        level: Number(r.level),
        section: r.section,
        nameEn: r.description,
        nameFa: n.fa ?? null,
        nameAz: n.az ?? null,
        search: normalizeForSearch([r.hscode, r.description, n.fa ?? '', n.az ?? ''].join(' ')),
      };
    });
}
