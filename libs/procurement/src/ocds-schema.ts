import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** RFC 7386 JSON Merge Patch, which is how OCDS applies an extension's release-schema.json to the core schema. */
export function mergePatch(target: Json, patch: Json): Json {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out: { [key: string]: Json } = target !== null && typeof target === 'object' && !Array.isArray(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key] ?? null, value);
  }
  return out;
}

/**
 * Validates a document against the official OCDS 1.1.5 release package schema (JSON Schema draft 4)
 * with the lots extension applied, so lots, relatedLot and relatedLots are checked too.
 */
export function ocdsValidator() {
  const dir = findDataDir();
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const core = JSON.parse(readFileSync(join(dir, 'release-schema.json'), 'utf8')) as { [key: string]: Json };
  const lots = JSON.parse(readFileSync(join(dir, 'ocds-lots-extension-release-schema.json'), 'utf8')) as { definitions: Json };
  ajv.addSchema(mergePatch(core, { definitions: lots.definitions }) as object);
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
