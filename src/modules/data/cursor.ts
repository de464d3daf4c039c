import { AppError } from '../../common/errors/app-error.js';
import { isCalendarDate } from '../../common/http/calendar.js';
import { isStorableText } from '../../common/http/storable-text.js';

export type Direction = 'next' | 'prev';

/** What an opaque cursor carries: which way to page and the sort key of the row it continues from. */
export interface Cursor<K> {
  direction: Direction;
  key: K;
}

/** base64url JSON: opaque to clients, but stable and cheap; the `kind` stops a cursor being replayed elsewhere. */
export function encodeCursor<K>(kind: string, direction: Direction, key: K): string {
  return Buffer.from(JSON.stringify({ t: kind, d: direction, k: key })).toString('base64url');
}

export function decodeCursor<K>(
  kind: string,
  cursor: string | undefined,
  isKey: (k: unknown) => k is K,
): Cursor<K> | null {
  if (cursor === undefined || cursor === '') return null;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      t?: unknown;
      d?: unknown;
      k?: unknown;
    };
    if (parsed.t === kind && (parsed.d === 'next' || parsed.d === 'prev') && isKey(parsed.k))
      return { direction: parsed.d, key: parsed.k };
  } catch {
    // fall through: any undecodable cursor is the same client error
  }
  throw new AppError('validation_failed', `Invalid cursor: '${cursor.slice(0, 64)}'`, {
    errors: [{ field: 'cursor', messages: ['cursor is not one this endpoint returned'] }],
  });
}

export type KeyPart = 'instant' | 'uuid' | 'text' | 'date';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** PostgreSQL's text form of a timestamp or timestamptz, as the keys were encoded. */
const INSTANT =
  /^(\d{4}-\d{2}-\d{2})[ T]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/;

const PART_CHECKS: Record<KeyPart, (value: string) => boolean> = {
  instant: (value) => {
    const match = INSTANT.exec(value);
    return match !== null && isCalendarDate(match[1]);
  },
  uuid: (value) => UUID.test(value),
  text: (value) => value.length <= 255 && isStorableText(value),
  date: (value) => isCalendarDate(value),
};

/**
 * A cursor key of these parts. Cursors are opaque but not signed: a hand-made one must fail here (400), not in a
 * SQL cast (500).
 */
export const isKeyTuple =
  <K extends string[]>(...parts: KeyPart[]) =>
  (k: unknown): k is K =>
    Array.isArray(k) &&
    k.length === parts.length &&
    k.every((v, i) => typeof v === 'string' && PART_CHECKS[parts[i]](v));

export const isStringTuple =
  (length: number) =>
  (k: unknown): k is string[] =>
    Array.isArray(k) && k.length === length && k.every((v) => typeof v === 'string');

export interface Pagination {
  next_cursor: string | null;
  previous_cursor: string | null;
  has_more: boolean;
}

/**
 * Keyset paging in either direction: the repository fetched `limit + 1` rows after (or, for `prev`, before) the
 * cursor in scan order; this trims the probe row, restores display order and builds both cursors.
 */
export function keysetPage<T, K>(
  kind: string,
  rows: T[],
  limit: number,
  cursor: Cursor<K> | null,
  keyOf: (row: T) => K,
): { items: T[]; pagination: Pagination } {
  const backwards = cursor?.direction === 'prev';
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (backwards) page.reverse();
  // Going forward there is a previous page whenever we came from a cursor; going back there is a next one always.
  const hasNext = backwards ? true : more;
  const hasPrev = backwards ? more : cursor !== null;
  const first = page[0];
  const last = page[page.length - 1];
  return {
    items: page,
    pagination: {
      next_cursor: hasNext && last !== undefined ? encodeCursor(kind, 'next', keyOf(last)) : null,
      previous_cursor: hasPrev && first !== undefined ? encodeCursor(kind, 'prev', keyOf(first)) : null,
      has_more: hasNext && last !== undefined,
    },
  };
}
