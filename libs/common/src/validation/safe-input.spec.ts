import { findUnsafeInput, MAX_INPUT_DEPTH } from './safe-input';

const nested = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
};

describe('input no service could store', () => {
  it('finds a NUL or a lone surrogate in any value or key, and names where', () => {
    expect(findUnsafeInput({ tiers: [{ unit: 'k\u0000g' }] })).toEqual({ field: 'tiers.0.unit', code: 'input.invalid-character' });
    expect(findUnsafeInput({ email: 'leyla\ud800@example.az' })).toEqual({ field: 'email', code: 'input.invalid-character' });
    expect(findUnsafeInput({ ['x\udc00']: 1 })).toEqual({ field: 'x\udc00', code: 'input.invalid-character' });
    expect(findUnsafeInput('\u0000')).toEqual({ field: 'body', code: 'input.invalid-character' });
  });

  it('lets ordinary text through: emoji (surrogate pairs), Persian, tabs and newlines', () => {
    expect(findUnsafeInput({ body: 'سلام 🧶\tline\nnext', reactions: ['👍🏽'] })).toBeNull();
  });

  it('refuses nesting deeper than any request needs, without recursing into all of it', () => {
    expect(findUnsafeInput(nested(MAX_INPUT_DEPTH - 1))).toBeNull();
    expect(findUnsafeInput(nested(100_000))).toMatchObject({ code: 'input.too-deep' });
  });

  it('refuses keys that would reach an object prototype', () => {
    expect(findUnsafeInput(JSON.parse('{"__proto__": {"admin": true}}'))).toEqual({ field: '__proto__', code: 'input.not-allowed' });
  });
});
