import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Two class-validator habits that once let bad input through to a 500: `@IsOptional()` also lets
// `null` through, and `@Type(() => Number)` skips the digit normalisation (and turns "" into 0).
// Every DTO uses `@Optional()`/`@Nullable()` and `@Digits()` from @hamkar/common instead.
const API = join(__dirname, '../../../../apps/api/src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [join(dir, e.name)] : [],
  );
}

describe('request DTOs', () => {
  const files = sources(API).map((path) => ({ path: path.slice(API.length + 1), text: readFileSync(path, 'utf8') }));

  it('never use IsOptional, which lets null through', () => {
    expect(files.filter((f) => /@IsOptional\(/.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it('read every number, decimal string and coordinate through Digits', () => {
    // A property is its decorators and the line that names it; numeric checks need the transform first.
    const numeric = /@(IsInt|IsNumber|IsLatitude|IsLongitude)\(|@Matches\((POSITIVE_DECIMAL|DECIMAL|AMOUNT)/;
    const missing = files.flatMap((f) =>
      [...f.text.matchAll(/((?:^ {2}@.*\n)+)^ {2}(\w+)[?!]?:/gm)]
        .filter((m) => numeric.test(m[1]) && !m[1].includes('@Digits('))
        .map((m) => `${f.path}: ${m[2]}`),
    );
    expect(missing).toEqual([]);
  });

  it('read numbers through Digits, never a bare Type(() => Number)', () => {
    expect(files.filter((f) => /@Type\(\(\) => Number\)/.test(f.text)).map((f) => f.path)).toEqual([]);
  });
});
