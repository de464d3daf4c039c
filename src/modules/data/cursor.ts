import { AppError } from '../../common/errors/app-error.js';

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
