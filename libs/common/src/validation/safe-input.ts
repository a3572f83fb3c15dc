import { BadInput } from '../errors/domain-error';

/** Deeper than any request the api accepts (a quote's tiers are three levels down). */
export const MAX_INPUT_DEPTH = 16;

// PostgreSQL cannot store NUL in text, and a lone surrogate has no UTF-8 form: both used to fail
// deep inside a service as a 500. Other control characters (tab, newline) are ordinary text.
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// No request has fields named so; class-transformer drops them silently, which would let a
// client believe they were taken. Like any unknown field, they are refused.
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface UnsafeInput {
  field: string;
  code: 'input.invalid-character' | 'input.too-deep' | 'input.not-allowed';
}

/** The first string (value or key) no one can store, or nesting deeper than any request needs. */
export function findUnsafeInput(value: unknown, path = '', depth = 0): UnsafeInput | null {
  if (typeof value === 'string') return UNSAFE.test(value) ? { field: path || 'body', code: 'input.invalid-character' } : null;
  if (value === null || typeof value !== 'object') return null;
  if (depth >= MAX_INPUT_DEPTH) return { field: path || 'body', code: 'input.too-deep' };
  for (const [key, item] of Object.entries(value)) {
    const field = path ? `${path}.${key}` : key;
    if (UNSAFE.test(key)) return { field, code: 'input.invalid-character' };
    if (PROTOTYPE_KEYS.has(key)) return { field, code: 'input.not-allowed' };
    const found = findUnsafeInput(item, field, depth + 1);
    if (found) return found;
  }
  return null;
}

/** The same refusal for an HTTP body, a query string and a socket event. */
export function assertSafeInput(value: unknown, path = ''): void {
  const found = findUnsafeInput(value, path);
  if (!found) return;
  const messages = {
    'input.too-deep': `is nested deeper than ${MAX_INPUT_DEPTH} levels`,
    'input.invalid-character': 'contains a character that cannot be stored (NUL or a lone surrogate)',
    'input.not-allowed': 'is not allowed',
  };
  const message = messages[found.code];
  const errors = [{ field: found.field, message, code: found.code }];
  // An unknown field is an ordinary validation failure; the other two are problems of their own.
  if (found.code === 'input.not-allowed') throw new BadInput(`Invalid input: ${found.field}`, errors, { code: 'input.invalid' });
  throw new BadInput(`${found.field} ${message}`, errors, {
    code: found.code,
    params: found.code === 'input.too-deep' ? { field: found.field, max: MAX_INPUT_DEPTH } : { field: found.field },
  });
}
