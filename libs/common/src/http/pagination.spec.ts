import { decodeCursor, encodeCursor } from './pagination';

const b64 = (text: string) => Buffer.from(text).toString('base64url');

describe('cursors', () => {
  it('reads back what the api made', () => {
    const made = { at: new Date('2026-11-25T10:00:00.000Z').toISOString(), id: '0b6f6c2e-3c1e-4c59-9d8e-2f7f0a6c1d11' };
    expect(decodeCursor(encodeCursor(made))).toEqual(made);
    expect(decodeCursor(encodeCursor({ id: '12345' }))).toEqual({ id: '12345' });
    expect(decodeCursor(undefined)).toBeUndefined();
  });

  it.each([
    ['not JSON', 'MQ'],
    ['a number', b64('1')],
    ['an id that is neither a UUID nor a row number', b64('{"id":"x"}')],
    ['an empty object', b64('{}')],
    ['an unknown field', b64('{"id":"1","role":"admin"}')],
    ['a time that is not one', b64('{"at":"yesterday","id":"1"}')],
    ['a list', b64('[1]')],
    ['garbage', '%%%'],
  ])('refuses %s with input.bad-cursor', (_what, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(expect.objectContaining({ status: 400, code: 'input.bad-cursor' }));
  });
});
