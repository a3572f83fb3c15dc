import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkBoundaries, tablesInSql } from './check';

const owners = { shelves: ['books', 'shelf_events'], readers: ['readers'] };

/** A small checkout: two contexts, each with an entity, a service and an index.ts, and a landed migration. */
function aTree(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'boundaries-'));
  const base: Record<string, string> = {
    'libs/shelves/src/book.entity.ts': `import { Entity } from 'typeorm';\n@Entity('books')\nexport class Book {}\n`,
    'libs/shelves/src/books.service.ts':
      `export class BooksService {\n` +
      `  count(db: any) { return db.query('SELECT count(*) FROM books b JOIN shelf_events e ON e.book_id = b.id'); }\n}\n`,
    'libs/shelves/src/index.ts': `export * from './book.entity';\nexport * from './books.service';\n`,
    'libs/readers/src/reader.entity.ts': `import { Entity } from 'typeorm';\n@Entity({ name: 'readers' })\nexport class Reader {}\n`,
    'libs/readers/src/readers.service.ts':
      `import type { Book } from '@hamkar/shelves';\nimport { BooksService } from '@hamkar/shelves';\n` +
      `export class ReadersService {\n  constructor(private readonly books: BooksService) {}\n` +
      `  latest(db: any): Promise<Book[]> { return db.query(\`SELECT * FROM readers WHERE id = \${1}\`); }\n}\n`,
    'libs/readers/src/index.ts': `export * from './readers.service';\n`,
    'libs/database/src/migrations/1000-start.ts':
      `export const up = 'CREATE TABLE books (id int); ` + `CREATE TABLE shelf_events (); CREATE TABLE readers ()';\n`,
  };
  for (const [path, text] of Object.entries({ ...base, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
  git('init', '-q');
  git('-c', 'user.email=t@t', '-c', 'user.name=t', 'add', '.');
  git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-q', '-m', 'start');
  return root;
}

const check = (root: string, extra: object = {}) => checkBoundaries({ root, owners, ...extra });
const trees: string[] = [];
const tree = (files?: Record<string, string>) => {
  const root = aTree(files);
  trees.push(root);
  return root;
};
afterAll(() => trees.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('the boundary check', () => {
  it('passes a tree where each context touches only its own tables and imports others by their index', () => {
    const result = check(tree());
    expect(result.violations).toEqual([]);
    expect(result.landedMigrations).toBe(1);
  });

  it('fails when one context reads another context’s table in SQL', () => {
    const root = tree({
      'libs/readers/src/shelf-report.ts':
        `export const sql = \`SELECT r.id, b.title FROM readers r ` + `LEFT JOIN books b ON b.reader_id = r.id\`;\n`,
    });
    expect(check(root).violations).toEqual([
      expect.objectContaining({
        rule: 'tables',
        file: 'libs/readers/src/shelf-report.ts',
        subject: 'books',
        message: 'SQL names books, a table of shelves',
      }),
    ]);
  });

  it('fails when one context uses another context’s entity as a repository, but not as a type', () => {
    const root = tree({
      'libs/readers/src/borrow.ts':
        `import { Book } from '@hamkar/shelves';\n` +
        `export const borrow = (m: any, id: string): Promise<Book> => m.findOneBy(Book, { id });\n`,
    });
    expect(check(root).violations).toEqual([
      expect.objectContaining({ rule: 'tables', file: 'libs/readers/src/borrow.ts', line: 2, subject: 'books' }),
    ]);
  });

  it('fails when a table named in a query builder call belongs to another context', () => {
    const root = tree({
      'libs/readers/src/builder.ts': `export const q = (m: any) => m.createQueryBuilder().select('x').from('books', 'b');\n`,
    });
    expect(check(root).violations).toEqual([expect.objectContaining({ rule: 'tables', subject: 'books' })]);
  });

  it('fails when a context imports a file inside another instead of its index.ts', () => {
    const root = tree({
      'libs/readers/src/deep.ts':
        `import { BooksService } from '@hamkar/shelves/books.service';\n` +
        `import { Book } from '../../shelves/src/book.entity';\nexport type T = [BooksService, Book];\n`,
    });
    expect(check(root).violations.map((v) => [v.rule, v.line])).toEqual([
      ['imports', 1],
      ['imports', 2],
    ]);
  });

  it('fails when a migration that has landed changes or disappears, and accepts a new one', () => {
    const root = tree();
    writeFileSync(join(root, 'libs/database/src/migrations/1000-start.ts'), `export const up = 'CREATE TABLE books (id bigint)';\n`);
    writeFileSync(join(root, 'libs/database/src/migrations/2000-next.ts'), `export const up = 'ALTER TABLE books ADD title text';\n`);
    expect(check(root).violations).toEqual([
      expect.objectContaining({ rule: 'migrations', file: 'libs/database/src/migrations/1000-start.ts' }),
    ]);
    rmSync(join(root, 'libs/database/src/migrations/1000-start.ts'));
    expect(check(root).violations).toEqual([expect.objectContaining({ rule: 'migrations', message: expect.stringContaining('removed') })]);
  });

  it('accepts a landed migration edited before the check only at the content the config names', () => {
    const root = tree();
    const file = 'libs/database/src/migrations/1000-start.ts';
    writeFileSync(join(root, file), `export const up = 'CREATE TABLE books (id bigint)';\n`);
    const accepted = execFileSync('git', ['hash-object', file], { cwd: root, encoding: 'utf8' }).trim();
    expect(check(root, { acceptedMigrationEdits: { [file]: accepted } }).violations).toEqual([]);
    writeFileSync(join(root, file), `export const up = 'CREATE TABLE books (id text)';\n`);
    expect(check(root, { acceptedMigrationEdits: { [file]: accepted } }).violations).toEqual([
      expect.objectContaining({ rule: 'migrations', file }),
    ]);
  });

  it('fails when an app, which owns no table here, reads a context’s table', () => {
    const root = tree({ 'apps/api/src/health.ts': `export const q = (db: any) => db.query('SELECT 1 FROM readers LIMIT 1');\n` });
    expect(check(root).violations).toEqual([
      expect.objectContaining({ rule: 'tables', file: 'apps/api/src/health.ts', subject: 'readers' }),
    ]);
  });

  it('fails for a table no context owns, and for an entity mapping a table of another context', () => {
    const root = tree({
      'libs/database/src/migrations/2000-loans.ts': `export const up = 'CREATE TABLE loans ()';\n`,
      'libs/readers/src/shelf.entity.ts': `import { Entity } from 'typeorm';\n@Entity('shelf_events')\nexport class ShelfEvent {}\n`,
    });
    expect(check(root).violations.map((v) => v.message)).toEqual([
      'table loans has no owner in the owner map',
      'entity ShelfEvent maps table shelf_events, owned by shelves',
    ]);
  });

  it('keeps a listed violation with its reason, and fails on an allowance nothing needs', () => {
    const root = tree({ 'libs/readers/src/shelf-report.ts': `export const sql = 'SELECT 1 FROM books';\n` });
    const allowed = [
      { file: 'libs/readers/src/shelf-report.ts', rule: 'tables', subject: 'books', why: 'until shelves publishes a count' },
      { file: 'libs/readers/src/gone.ts', rule: 'tables', subject: 'books', why: 'fixed already' },
    ];
    const result = check(root, { allowed });
    expect(result.allowed).toEqual([expect.objectContaining({ subject: 'books', why: 'until shelves publishes a count' })]);
    expect(result.violations).toEqual([expect.objectContaining({ rule: 'allow-list', file: 'libs/readers/src/gone.ts' })]);
  });
});

describe('tables named by a piece of SQL', () => {
  it.each([
    ['SELECT a FROM users u JOIN memberships m ON m.user_id = u.id', ['users', 'memberships']],
    ['SELECT 1 FROM users u, clusters c WHERE u.id = c.created_by', ['users', 'clusters']],
    ['INSERT INTO "notifications" (id) VALUES ($1) ON CONFLICT DO UPDATE SET id = 1', ['notifications']],
    ['UPDATE public.tasks SET done = true', ['tasks']],
    ['DELETE FROM channels USING messages m WHERE m.channel_id = channels.id', ['channels', 'messages']],
    ['SELECT EXTRACT(EPOCH FROM m.created_at) FROM (SELECT * FROM messages) m', ['messages']],
    ["SELECT 'from users' AS text -- from users\n FROM x", ['x']],
  ])('%s', (sql, tables) => {
    expect([...tablesInSql(sql)].sort()).toEqual([...tables].sort());
  });
});
