import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

// What "the web client is typed from the api" promises: a field renamed in a response DTO
// (here the task's `title`, shown on every task card) changes the generated schema, and the web
// client no longer type-checks. The generated file is edited in memory as `npm run api:generate`
// would rewrite it after the rename; the web project is then checked with the TypeScript compiler.
// (That a changed DTO changes the generated file is the test command's job: generate-api-types --check.)

const root = resolve(__dirname, '..');
const schemaPath = join(root, 'apps/web/src/api/schema.d.ts');

/** The type errors of the project screens (only those files are checked: cheap), with `schema` as the generated file. */
function projectScreenErrors(schema: string): string[] {
  const configFile = ts.readConfigFile(join(root, 'apps/web/tsconfig.json'), ts.sys.readFile);
  const config = ts.parseJsonConfigFileContent(configFile.config, ts.sys, join(root, 'apps/web'));
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => (resolve(file) === schemaPath ? schema : readFile(file));
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, host });
  const screens = program.getSourceFiles().filter((f) => resolve(f.fileName).startsWith(join(root, 'apps/web/src/pages/projects/')));
  expect(screens.length).toBeGreaterThan(3);
  return screens
    .flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)])
    .map((d) => `${d.file ? d.file.fileName.slice(root.length + 1) : '?'}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
}

const renamed = (schema: string, view: string, from: string, to: string) => {
  const start = schema.indexOf(`        ${view}: {\n`);
  const end = schema.indexOf('\n        };', start);
  expect(start).toBeGreaterThan(0);
  const block = schema.slice(start, end);
  expect(block).toContain(`            ${from}: `);
  return schema.slice(0, start) + block.replace(`            ${from}: `, `            ${to}: `) + schema.slice(end);
};

describe('the typed web client', () => {
  jest.setTimeout(180_000);

  it('type-checks the project screens against the committed schema', () => {
    expect(projectScreenErrors(readFileSync(schemaPath, 'utf8'))).toEqual([]);
  });

  it('stops type-checking when a field of a response DTO is renamed', () => {
    const errors = projectScreenErrors(renamed(readFileSync(schemaPath, 'utf8'), 'TaskView', 'title', 'name'));
    expect(errors.filter((line) => line.includes("'title'"))).not.toEqual([]);
  });
});
