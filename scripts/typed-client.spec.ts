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

/** The type errors of the web files under `under` (only those are checked: cheap), with `schema` as the generated file. */
function screenErrors(schema: string, under: string[]): string[] {
  const configFile = ts.readConfigFile(join(root, 'apps/web/tsconfig.json'), ts.sys.readFile);
  const config = ts.parseJsonConfigFileContent(configFile.config, ts.sys, join(root, 'apps/web'));
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => (resolve(file) === schemaPath ? schema : readFile(file));
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, host });
  const screens = program
    .getSourceFiles()
    .filter((f) => under.some((path) => resolve(f.fileName).startsWith(join(root, 'apps/web/src', path))));
  expect(screens.length).toBeGreaterThan(3);
  return screens
    .flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)])
    .map((d) => `${d.file ? d.file.fileName.slice(root.length + 1) : '?'}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
}

const projectScreenErrors = (schema: string) => screenErrors(schema, ['pages/projects/']);
const chatScreenErrors = (schema: string) => screenErrors(schema, ['chat/', 'pages/ChatPage.tsx']);

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

  // Chat takes a message from the history (HTTP) and from the socket as one type; the server's view
  // class implements the socket payload, and the web side holds the other way round: a field only the
  // view has (as regenerating after adding it to MessageView alone would give) stops chat compiling.
  it('type-checks the chat screens against the committed schema', () => {
    expect(chatScreenErrors(readFileSync(schemaPath, 'utf8'))).toEqual([]);
  });

  it("stops type-checking chat when the message's HTTP view has a field its socket payload lacks", () => {
    const schema = readFileSync(schemaPath, 'utf8');
    const at = schema.indexOf('        MessageView: {\n');
    expect(at).toBeGreaterThan(0);
    const opened = at + '        MessageView: {\n'.length;
    const errors = chatScreenErrors(schema.slice(0, opened) + '            pinnedAt: string;\n' + schema.slice(opened));
    expect(errors.filter((line) => line.includes("'pinnedAt'"))).not.toEqual([]);
  });
});
