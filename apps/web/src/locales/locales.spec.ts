import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/*
 * The client never shows the server's English sentence in Persian or Azerbaijani, so every problem code
 * the server can send needs a sentence in each language, and no language may lack a key another has.
 */
const ROOT = join(__dirname, '..', '..', '..', '..');
const locales = Object.fromEntries(['en', 'fa', 'az'].map((l) => [l, JSON.parse(readFileSync(join(__dirname, `${l}.json`), 'utf8'))]));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

function serverCodes(): string[] {
  const codes = new Set<string>();
  for (const file of [...sources(join(ROOT, 'libs')), ...sources(join(ROOT, 'apps', 'api', 'src'))]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:code: |defaultCode = )'([a-z]+\.[a-z.-]+)'/g)) codes.add(m[1]);
    for (const m of text.matchAll(/^\s*\d{3}: '([a-z]+\.[a-z-]+)',$/gm)) codes.add(m[1]);
  }
  return [...codes].sort();
}

const lookup = (tree: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

function keys(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('translations', () => {
  it.each(['en', 'fa', 'az'])('%s has a sentence for every problem code the server sends', (locale) => {
    // Match reasons (capacity, distance, …) share the `code:` spelling but are not problems.
    // input.* codes mostly name what is wrong with one field ("is required"): those live in fieldProblems.
    const translated = (code: string) =>
      typeof lookup(locales[locale].problems, code) === 'string' ||
      (code.startsWith('input.') && typeof locales[locale].fieldProblems[code.slice('input.'.length)] === 'string');
    const missing = serverCodes().filter((code) => !code.startsWith('performance') && !translated(code));
    expect(missing).toEqual([]);
  });

  it.each(['fa', 'az'])('%s has every key English has', (locale) => {
    const theirs = new Set(keys(locales[locale]));
    expect(keys(locales.en).filter((k) => !theirs.has(k))).toEqual([]);
  });
});
