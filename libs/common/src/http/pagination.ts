import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { BadInput } from '../errors/domain-error';
import { Digits } from '../validation/digits';
import { Optional } from '../validation/optional';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export class PageQuery {
  @Optional()
  @Digits('number')
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @Optional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export const pageLimit = (q: { limit?: number }) => q.limit ?? 50;

/** Fetch `limit + 1` rows; the extra one only says whether there is a next page. */
export function toPage<T>(rows: T[], limit: number, cursorOf: (last: T) => string): Page<T> {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? cursorOf(items[items.length - 1]) : null };
}

export const encodeCursor = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CURSOR_FIELDS: Record<string, (v: unknown) => boolean> = {
  id: (v) => typeof v === 'string' && (UUID.test(v) || /^\d{1,18}$/.test(v)),
  at: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(v) && !Number.isNaN(Date.parse(v)),
};

/** Only what `encodeCursor` could have made: an object of known fields, each well formed. */
function isCursor(v: unknown): boolean {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const entries = Object.entries(v);
  return entries.length > 0 && entries.every(([key, value]) => CURSOR_FIELDS[key]?.(value) === true);
}

export function decodeCursor<T>(c: string | undefined): T | undefined {
  if (!c) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(c, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (!isCursor(value))
    throw new BadInput('cursor is not valid', [{ field: 'cursor', message: 'is not a cursor this api made', code: 'input.bad-cursor' }], {
      code: 'input.bad-cursor',
    });
  return value as T;
}
