import type { EntityManager } from 'typeorm';

/**
 * Splits rows for set-based statements. Rows travel as one array parameter per column (`unnest($n::type[])`), so
 * the 65,535 bind-parameter limit never applies; chunks only bound statement size and lock-holding time.
 */
export function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** JSON for a `text[]` parameter cast to jsonb in SQL; null stays SQL NULL. */
export function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/** Rows of an UPDATE/DELETE … RETURNING (TypeORM answers those as `[rows, rowCount]`). */
export async function queryReturning<T>(
  manager: EntityManager,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const result = await manager.query(sql, params);
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}

/** How many rows of an upsert were new, changed in place, or already identical. */
export interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** Instants as ISO strings: cheaper for the driver than Date objects and unambiguous for `::timestamptz[]`. */
export const iso = (d: Date) => d.toISOString();

const NEEDS_ESCAPE = /["\\]/;
const ESCAPED = /["\\]/g;

/**
 * One column as a PostgreSQL array literal (`{"a","b",NULL}`) for a `$n::varchar[]` / `text[]` / `uuid[]` parameter.
 * The driver's generic array encoder escapes every element twice and dominated the per-row cost of our statements;
 * quoted elements only need `"` and `\` escaped.
 */
export function textArray<T>(rows: readonly T[], pick: (row: T) => string | null): string {
  let out = '{';
  for (let i = 0; i < rows.length; i++) {
    const value = pick(rows[i]);
    if (i > 0) out += ',';
    if (value === null) out += 'NULL';
    else if (NEEDS_ESCAPE.test(value)) out += `"${value.replace(ESCAPED, '\\$&')}"`;
    else out += `"${value}"`;
  }
  return `${out}}`;
}

/** One numeric column as an array literal for a `$n::float8[]` parameter; `String` round-trips every finite double. */
export function numberArray<T>(rows: readonly T[], pick: (row: T) => number | null): string {
  let out = '{';
  for (let i = 0; i < rows.length; i++) {
    const value = pick(rows[i]);
    if (i > 0) out += ',';
    out += value === null ? 'NULL' : String(value);
  }
  return `${out}}`;
}

/**
 * Instants as epoch milliseconds for a `$n::float8[]` parameter, turned back into timestamptz in SQL with
 * `epoch_ms(x)` (see EPOCH_MS): integers below 2^53 are exact in float8, and PostgreSQL reads a number much
 * faster than an ISO string (and Node writes one faster).
 */
export function epochMsArray<T>(rows: readonly T[], pick: (row: T) => Date): string {
  return numberArray(rows, (row) => pick(row).getTime());
}

/**
 * SQL turning a float8 epoch-millisecond column into timestamptz exactly: `interval * float8` multiplies whole
 * microseconds (exact below 2^53), unlike `to_timestamp(ms / 1000)`, whose binary fraction can round to a
 * neighbouring microsecond.
 */
export const epochMs = (column: string) => `(timestamptz 'epoch' + ${column} * interval '1 millisecond')`;
