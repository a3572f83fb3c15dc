import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Validates a document against the official OCDS 1.1.5 release package schema (JSON Schema draft 4). */
export function ocdsValidator() {
  const dir = findDataDir();
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(JSON.parse(readFileSync(join(dir, 'release-schema.json'), 'utf8')));
  const validate = ajv.compile(JSON.parse(readFileSync(join(dir, 'release-package-schema.json'), 'utf8')));
  return (doc: unknown) => ({ valid: validate(doc) as boolean, errors: validate.errors ?? [] });
}

// The schemas ship in libs/procurement/data, whether this runs from the sources or from dist/.
function findDataDir(): string {
  for (const base of [process.cwd(), join(__dirname, '..', '..', '..'), join(__dirname, '..', '..', '..', '..')]) {
    const dir = join(base, 'libs', 'procurement', 'data');
    try {
      readFileSync(join(dir, 'release-schema.json'));
      return dir;
    } catch {
      /* try the next place */
    }
  }
  throw new Error('OCDS schemas not found in libs/procurement/data');
}
