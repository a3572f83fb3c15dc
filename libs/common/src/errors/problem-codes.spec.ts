import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Clients translate problem codes, so a code the README does not list is a message nobody can
// write. Every `code: '…'` thrown in apps/ and libs/ must appear in the README's "Problem codes".
const ROOT = join(__dirname, '../../../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.name === 'node_modules' || e.name === 'web'
      ? []
      : e.isDirectory()
        ? sources(join(dir, e.name))
        : e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts')
          ? [join(dir, e.name)]
          : [],
  );
}

describe('problem codes', () => {
  it('are all listed in the README', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const listed = readme.slice(readme.indexOf('## Problem codes'), readme.indexOf('\n## ', readme.indexOf('## Problem codes') + 1));
    // Lines that raise a problem (or, in errors/, map one); match reasons have codes of their own.
    const raising = (file: string, line: string) =>
      file.includes('/errors/') ||
      /new (BadInput|Unauthenticated|Forbidden|NotFound|Conflict|Gone|PayloadTooLarge|RuleBroken|TooManyRequests|Unavailable)\(/.test(line);
    const used = new Set(
      [...sources(join(ROOT, 'apps')), ...sources(join(ROOT, 'libs'))].flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => raising(file, line))
          .flatMap((line) => [...line.matchAll(/code: ['`]([a-z]+\.[a-z0-9.-]+)['`]/g)].map((m) => m[1])),
      ),
    );
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((code) => !listed.includes(`\`${code}\``)).sort()).toEqual([]);
  });
});
