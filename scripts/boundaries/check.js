'use strict';
// The boundary check (scripts/check-boundaries.js runs it on this repository; check.spec.ts on
// fixture trees). Three rules, each a list of violations:
//   1. tables: only the context that owns a table names it in SQL or uses its entity class as a value
//      (a repository, a query builder, a relation); everyone else asks the owner's exported service.
//   2. imports: a context imports another only through its index.ts (`@hamkar/<lib>`), never a file
//      inside it (`@hamkar/<lib>/src/...` or a relative path out of its own folder).
//   3. migrations: a migration file that has landed in git history stays byte-identical to the
//      version first committed; a schema change is a new migration.
// A context is a folder of libs/ (`clusters`) or of apps/ (`apps/api`). Plain CommonJS on purpose:
// it runs from a clean clone before anything is built, and Jest loads it as it is.
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { execFileSync } = require('node:child_process');
const ts = require('typescript');

const SOURCE = /\.(ts|tsx)$/;
const SKIP = /(\.spec\.tsx?|\.d\.ts)$/;
// Query builder and repository calls whose string argument is a table name.
const TABLE_ARGUMENT_CALLS = /^(from|into|update|getRepository|createQueryBuilder|(inner|left)Join(AndSelect|AndMap\w*)?)$/;

function walk(dir, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (SOURCE.test(entry.name) && !SKIP.test(entry.name)) out.push(full);
  }
  return out;
}

/** `libs/clusters/src/x.ts` → `clusters`; `apps/api/src/x.ts` → `apps/api`; anything else → null. */
function contextOf(relative) {
  const parts = relative.split(/[\\/]/);
  if (parts[0] === 'libs' && parts.length > 2) return parts[1];
  if (parts[0] === 'apps' && parts.length > 2) return `apps/${parts[1]}`;
  return null;
}

// ---- SQL: which tables a piece of SQL names after FROM, JOIN, INTO, UPDATE, TABLE or USING ----

const TOKEN = /--[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^']|'')*'|"(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*|\$\{\}|\S/g;
const TABLE_KEYWORDS = new Set(['from', 'join', 'into', 'update', 'table', 'using']);
const SKIPPED = new Set(['only', 'lateral', 'if', 'not', 'exists']);
// `DO UPDATE SET`, `INSERT INTO ... SELECT`: the keyword is followed by no table.
const NO_TABLE = new Set(['set', 'select', 'values', 'where', 'on', 'default']);

function tokens(sql) {
  const out = [];
  for (const match of sql.matchAll(TOKEN)) {
    const t = match[0];
    if (t.startsWith('--') || t.startsWith('/*') || t.startsWith("'")) continue;
    out.push(t.startsWith('"') ? { word: t.slice(1, -1).replace(/""/g, '"'), quoted: true } : { word: t });
  }
  return out;
}

/** The table names (lower case) that `sql` reads or writes. */
function tablesInSql(sql) {
  const found = new Set();
  const list = tokens(sql);
  const word = (i) => (list[i] ? list[i].word : undefined);
  const isIdent = (i) => list[i] && (list[i].quoted || /^[A-Za-z_]/.test(list[i].word));
  for (let i = 0; i < list.length; i++) {
    if (list[i].quoted || !TABLE_KEYWORDS.has(list[i].word.toLowerCase())) continue;
    // `x.from` is a column, not the keyword.
    if (word(i - 1) === '.') continue;
    let j = i + 1;
    for (;;) {
      while (isIdent(j) && !list[j].quoted && SKIPPED.has(word(j).toLowerCase())) j++;
      if (isIdent(j) && !list[j].quoted && NO_TABLE.has(word(j).toLowerCase())) break;
      if (word(j) === '(') {
        // a sub-query or a function: its own keywords are found by the outer loop
        let depth = 0;
        do {
          if (word(j) === '(') depth++;
          else if (word(j) === ')') depth--;
          j++;
        } while (j < list.length && depth > 0);
      } else if (isIdent(j)) {
        let name = word(j);
        if (word(j + 1) === '.' && isIdent(j + 2)) {
          // `public.users` is a table; `m.created_at` (as in `EXTRACT(EPOCH FROM m.created_at)`) is a column
          if (name.toLowerCase() !== 'public') break;
          name = word(j + 2);
          j += 2;
        }
        found.add(name.toLowerCase());
        j++;
      } else break;
      // an alias, then perhaps `, next_table`
      if (isIdent(j) && word(j).toLowerCase() === 'as') j++;
      if (isIdent(j) && !TABLE_KEYWORDS.has(word(j).toLowerCase()) && word(j + 1) !== '(') j++;
      if (word(j) !== ',' || list[i].word.toLowerCase() !== 'from') break;
      j++;
    }
  }
  return found;
}

// ---- one source file ----

function literalText(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => ' ${} ' + s.literal.text).join('');
  return null;
}

function isTypePosition(node) {
  for (let p = node.parent; p; p = p.parent) {
    if (ts.isTypeNode(p) && !ts.isExpressionWithTypeArguments(p)) return true;
    if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p)) return true;
    if (ts.isStatement(p) || ts.isClassElement(p)) return false;
  }
  return false;
}

function lineOf(sourceFile, node) {
  return sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
}

function parse(file, text) {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

/** Classes decorated with @Entity(...) in a file, with their table names. */
function entitiesIn(sourceFile) {
  const out = [];
  sourceFile.forEachChild((node) => {
    if (!ts.isClassDeclaration(node) || !node.name) return;
    for (const decorator of ts.getDecorators(node) ?? []) {
      const call = decorator.expression;
      if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || call.expression.text !== 'Entity') continue;
      const arg = call.arguments[0];
      let table = null;
      if (arg && ts.isStringLiteralLike(arg)) table = arg.text;
      else if (arg && ts.isObjectLiteralExpression(arg)) {
        const nameProp = arg.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(sourceFile) === 'name');
        if (nameProp && ts.isStringLiteralLike(nameProp.initializer)) table = nameProp.initializer.text;
      }
      out.push({ className: node.name.text, table: (table ?? node.name.text).toLowerCase() });
    }
  });
  return out;
}

function moduleSpecifiers(sourceFile) {
  const out = [];
  const visit = (node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      out.push(node.moduleSpecifier);
    } else if (
      ts.isCallExpression(node) &&
      node.arguments.length === 1 &&
      ts.isStringLiteral(node.arguments[0]) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      out.push(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return out;
}

// ---- migrations ----

function git(root, args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

function blobId(bytes) {
  return crypto.createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** Landed migrations that changed or went away since their first commit. */
function migrationViolations(root, migrationsDir, acceptedEdits) {
  try {
    if (git(root, ['rev-parse', '--is-inside-work-tree']).trim() !== 'true') throw new Error('not a work tree');
  } catch {
    return { violations: [], skipped: `${root} is not a git checkout: landed migrations were not compared` };
  }
  const prefix = git(root, ['rev-parse', '--show-prefix']).trim();
  const firstVersion = new Map();
  // Oldest first, so the first commit that added a path wins.
  const log = git(root, ['log', '--reverse', '--diff-filter=A', '--no-renames', '--format=commit %H', '--name-only', '--', migrationsDir]);
  let commit = null;
  for (const line of log.split('\n')) {
    if (line.startsWith('commit ')) commit = line.slice(7).trim();
    else if (line.trim() && commit) {
      const inRepo = line.trim();
      const relative = prefix && inRepo.startsWith(prefix) ? inRepo.slice(prefix.length) : inRepo;
      if (/^\d+-[^/]+\.ts$/.test(path.basename(relative)) && !firstVersion.has(relative)) firstVersion.set(relative, `${commit}:${inRepo}`);
    }
  }
  const violations = [];
  for (const [relative, object] of firstVersion) {
    const full = path.join(root, relative);
    if (!fs.existsSync(full)) {
      violations.push({
        rule: 'migrations',
        file: relative,
        line: 1,
        message: `landed migration was removed or renamed (first committed in ${object.slice(0, 12)})`,
      });
      continue;
    }
    const now = blobId(fs.readFileSync(full));
    const first = git(root, ['rev-parse', object]).trim();
    if (now === first || acceptedEdits[relative] === now) continue;
    violations.push({
      rule: 'migrations',
      file: relative,
      line: 1,
      message: `landed migration changed since its first commit ${object.slice(0, 12)}: put the change in a new migration`,
    });
  }
  return { violations, landed: firstVersion.size };
}

// ---- the whole tree ----

/**
 * @param {object} options
 * @param {string} options.root the checkout
 * @param {Record<string, string[]>} options.owners context → the tables it owns
 * @param {string[]} [options.publicEntries] besides `@hamkar/<lib>`, what may be imported: specifiers (`@hamkar/common/pure`) or,
 *   for a client that cannot use the alias, files by their path in the repository without extension
 * @param {Array<{file: string, rule: string, subject: string, why: string}>} [options.allowed] violations kept on purpose
 * @param {string} [options.migrationsDir] relative to root
 * @param {Record<string, string>} [options.acceptedMigrationEdits] file → git blob id of the accepted content
 * @param {string} [options.scope] the import alias of libs (`@hamkar`)
 */
function checkBoundaries(options) {
  const root = path.resolve(options.root);
  const scope = options.scope ?? '@hamkar';
  const migrationsDir = options.migrationsDir ?? 'libs/database/src/migrations';
  const publicEntries = new Set(options.publicEntries ?? []);
  const allowed = options.allowed ?? [];
  const violations = [];
  const add = (v) => violations.push(v);

  const ownerOf = new Map();
  for (const [context, tables] of Object.entries(options.owners)) {
    for (const table of tables) {
      if (ownerOf.has(table))
        add({
          rule: 'owners',
          file: '(owner map)',
          line: 0,
          message: `table ${table} has two owners: ${ownerOf.get(table)} and ${context}`,
        });
      ownerOf.set(table, context);
    }
  }

  const files = [...walk(path.join(root, 'libs')), ...walk(path.join(root, 'apps'))]
    .map((full) => ({ full, relative: path.relative(root, full).split(path.sep).join('/') }))
    .filter((f) => contextOf(f.relative) && !f.relative.startsWith(`${migrationsDir}/`));
  const parsed = files.map((f) => ({ ...f, context: contextOf(f.relative), sourceFile: parse(f.full, fs.readFileSync(f.full, 'utf8')) }));

  // Entities: each names its table; the table's owner must be the entity's context.
  const entityContext = new Map();
  for (const f of parsed) {
    for (const entity of entitiesIn(f.sourceFile)) {
      entityContext.set(`${f.context}:${entity.className}`, { context: f.context, table: entity.table });
      const owner = ownerOf.get(entity.table);
      if (!owner)
        add({
          rule: 'owners',
          file: f.relative,
          line: 1,
          message: `entity ${entity.className} maps table ${entity.table}, which the owner map does not list`,
        });
      else if (owner !== f.context)
        add({
          rule: 'owners',
          file: f.relative,
          line: 1,
          message: `entity ${entity.className} maps table ${entity.table}, owned by ${owner}`,
        });
    }
  }

  // Every table a migration creates has an owner.
  for (const full of walk(path.join(root, migrationsDir))) {
    const text = fs.readFileSync(full, 'utf8');
    for (const m of text.matchAll(/CREATE\s+(?:UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"?([A-Za-z_][A-Za-z0-9_]*)"?/gi)) {
      if (!ownerOf.has(m[1].toLowerCase())) {
        add({
          rule: 'owners',
          file: path.relative(root, full).split(path.sep).join('/'),
          line: 1,
          message: `table ${m[1]} has no owner in the owner map`,
        });
      }
    }
  }

  for (const f of parsed) {
    const { sourceFile, context, relative } = f;
    const foreign = (table) => {
      const owner = ownerOf.get(table);
      return owner && owner !== context ? owner : null;
    };
    const importedEntities = new Map();

    for (const spec of moduleSpecifiers(sourceFile)) {
      const text = spec.text;
      const line = lineOf(sourceFile, spec);
      if (text.startsWith(`${scope}/`)) {
        const [, lib, ...rest] = text.split('/');
        if (rest.length && !publicEntries.has(text)) {
          add({
            rule: 'imports',
            file: relative,
            line,
            subject: text,
            message: `imports ${text}, a file inside ${lib}: import ${scope}/${lib} (its index.ts)`,
          });
        }
        const node = spec.parent;
        if (
          ts.isImportDeclaration(node) &&
          !node.importClause?.isTypeOnly &&
          node.importClause?.namedBindings &&
          ts.isNamedImports(node.importClause.namedBindings)
        ) {
          for (const el of node.importClause.namedBindings.elements) {
            if (el.isTypeOnly) continue;
            const entity = entityContext.get(`${lib}:${(el.propertyName ?? el.name).text}`);
            if (entity && entity.context !== context) importedEntities.set(el.name.text, entity);
          }
        }
      } else if (text.startsWith('.')) {
        const target = path
          .relative(root, path.resolve(path.dirname(f.full), text))
          .split(path.sep)
          .join('/');
        const targetContext = contextOf(`${target}/x`);
        if (targetContext && targetContext !== context && !publicEntries.has(target.replace(/\.(ts|tsx|js)$/, ''))) {
          add({
            rule: 'imports',
            file: relative,
            line,
            subject: text,
            message: `imports ${text}, a file inside ${targetContext}: import it through its index.ts`,
          });
        }
      }
    }

    const visit = (node) => {
      const sql = literalText(node);
      if (sql !== null) {
        for (const table of tablesInSql(sql)) {
          const owner = foreign(table);
          if (owner)
            add({
              rule: 'tables',
              file: relative,
              line: lineOf(sourceFile, node),
              subject: table,
              message: `SQL names ${table}, a table of ${owner}`,
            });
        }
        const call = node.parent;
        if (ts.isCallExpression(call) && call.arguments.includes(node)) {
          const callee = call.expression;
          const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
          const owner = TABLE_ARGUMENT_CALLS.test(method) && foreign(sql.toLowerCase());
          if (owner)
            add({
              rule: 'tables',
              file: relative,
              line: lineOf(sourceFile, node),
              subject: sql.toLowerCase(),
              message: `${method}('${sql}') uses a table of ${owner}`,
            });
        }
      }
      if (ts.isIdentifier(node) && importedEntities.has(node.text) && !isTypePosition(node)) {
        const entity = importedEntities.get(node.text);
        add({
          rule: 'tables',
          file: relative,
          line: lineOf(sourceFile, node),
          subject: entity.table,
          message:
            `uses the entity ${node.text} (table ${entity.table}, owned by ${entity.context}) as a value: ` +
            `ask ${entity.context}'s exported service`,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }

  const migrations = migrationViolations(root, migrationsDir, options.acceptedMigrationEdits ?? {});
  violations.push(...migrations.violations);

  // One violation a line and subject: a statement naming a table twice, or an entity used twice in a call, is one finding.
  const unique = new Map();
  for (const v of violations) {
    const key = `${v.rule}|${v.file}|${v.line}|${v.subject ?? v.message}`;
    if (!unique.has(key)) unique.set(key, v);
  }
  const usedAllowances = new Set();
  const remaining = [];
  const kept = [];
  for (const v of unique.values()) {
    const allowance = allowed.find((a) => a.file === v.file && a.rule === v.rule && a.subject === v.subject);
    if (allowance) {
      usedAllowances.add(allowance);
      kept.push({ ...v, why: allowance.why });
    } else remaining.push(v);
  }
  // An allowance nothing needs any more is removed, so the list only shrinks.
  for (const a of allowed) {
    if (!usedAllowances.has(a))
      remaining.push({
        rule: 'allow-list',
        file: a.file,
        line: 0,
        subject: a.subject,
        message: `allowed ${a.rule} ${a.subject} is no longer needed: remove it from the allow-list`,
      });
  }
  remaining.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {
    violations: remaining,
    allowed: kept,
    files: parsed.length,
    landedMigrations: migrations.landed ?? 0,
    skipped: migrations.skipped,
  };
}

module.exports = { checkBoundaries, tablesInSql, contextOf };
