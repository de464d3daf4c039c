import type { EntityManager } from 'typeorm';
import { queryReturning } from '../../database/sql.js';

export type TombstoneTable = 'samples' | 'raw_records' | 'sleep_stages' | 'workouts';

/** Each table's primary key after `user_id`, with the types its values travel back as. */
const PRIMARY_KEYS: Record<TombstoneTable, Array<[column: string, type: string]>> = {
  samples: [
    ['metric', 'varchar'],
    ['start_at', 'timestamptz'],
    ['data_source_id', 'uuid'],
    ['end_at', 'timestamptz'],
  ],
  raw_records: [
    ['vendor_type', 'varchar'],
    ['start_at', 'timestamptz'],
    ['data_source_id', 'uuid'],
    ['end_at', 'timestamptz'],
  ],
  sleep_stages: [
    ['start_at', 'timestamptz'],
    ['data_source_id', 'uuid'],
    ['end_at', 'timestamptz'],
    ['stage', 'varchar'],
  ],
  workouts: [
    ['start_at', 'timestamptz'],
    ['data_source_id', 'uuid'],
    ['end_at', 'timestamptz'],
  ],
};

export interface TombstoneProbe {
  table: TombstoneTable;
  /** The probe rows, e.g. `unnest($2::varchar[]) AS d(id)`; placeholders start at $2 ($1 is the user). */
  from: string;
  /** What each hit is reported under, an expression over the probe rows (`d.id`). */
  label: string;
  /** The index range of `(user_id, record_id)` one probe row reads (the user and liveness are added). */
  where: string;
  /** What else a row `t` of that range must satisfy, checked on the range's rows only. */
  filter?: string;
  params: unknown[];
  /** Workouts keep an `updated_at`. */
  touchUpdatedAt?: boolean;
}

/** The statement that finds a probe's rows: their labels and primary keys, as text. */
export function probeStatement(probe: TombstoneProbe, userId: string): { sql: string; params: unknown[] } {
  const columns = PRIMARY_KEYS[probe.table].map(([column]) => column);
  return {
    sql: `SELECT ${probe.label} AS label, ${columns.map((c) => `t.${c}::text AS ${c}`).join(', ')}
            FROM ${probe.from}
           CROSS JOIN LATERAL (
             SELECT * FROM ${probe.table} t
              WHERE t.user_id = $1 AND t.deleted_at IS NULL AND ${probe.where}
             OFFSET 0) t
           ${probe.filter ? `WHERE ${probe.filter}` : ''}`,
    params: [userId, ...probe.params],
  };
}

/**
 * Tombstones the user's live rows that `probe` finds, and returns each one's label (and the `returning` columns of
 * the tombstoned row). Two statements on purpose. The planner's estimate of a user's row count comes from table
 * statistics taken before that user's history arrived (an import, a first sync of years), so a join of a few
 * hundred probe rows against the table was planned as a scan of all the user's rows, one more each batch: 200 ms per
 * statement at 400,000 rows. Here each probe row is one range scan of the `(user_id, record_id)` index, fenced
 * (`OFFSET 0`, other conditions outside it) so that it can neither be turned back into a join nor read through the
 * primary key's `user_id` prefix; usually nothing is found and nothing else runs. The hits are then updated by primary key,
 * re-checked to be live, so a row that another transaction tombstoned meanwhile is not counted twice.
 */
export async function tombstoneProbed<R extends object = object>(
  manager: EntityManager,
  probe: TombstoneProbe,
  batchId: string,
  userId: string,
  returning: string[] = [],
): Promise<Array<{ label: string } & R>> {
  const keys = PRIMARY_KEYS[probe.table];
  const columns = keys.map(([column]) => column);
  const find = probeStatement(probe, userId);
  const hits: Array<Record<string, string>> = await manager.query(find.sql, find.params);
  if (hits.length === 0) return [];
  const placeholders = keys.map(([, type], i) => `$${i + 4}::${type}[]`).join(', ');
  return queryReturning<{ label: string } & R>(
    manager,
    `UPDATE ${probe.table} AS x SET deleted_at = now(), batch_id = $2${probe.touchUpdatedAt ? ', updated_at = now()' : ''}
       FROM unnest($3::text[], ${placeholders}) AS k(label, ${columns.join(', ')})
      WHERE x.user_id = $1 AND ${columns.map((c) => `x.${c} = k.${c}`).join(' AND ')} AND x.deleted_at IS NULL
     RETURNING k.label${returning.map((c) => `, x.${c}`).join('')}`,
    [userId, batchId, hits.map((h) => h.label), ...columns.map((c) => hits.map((h) => h[c]))],
  );
}

/**
 * The rows whose id, or whose parent's id, is in `ids`. Children ids start with `<parent id>-` on every Android
 * path, so with the "C" collation they sit in the index range [id, id || '.') right after their parent: one index
 * range scan per id covers both.
 */
export function idProbe(table: TombstoneTable, ids: string[], touchUpdatedAt = false): TombstoneProbe {
  return {
    table,
    from: 'unnest($2::varchar[]) AS d(id)',
    label: 'd.id',
    where: `t.record_id >= d.id AND t.record_id < d.id || '.' AND (t.record_id = d.id OR t.parent_id = d.id)`,
    params: [ids],
    touchUpdatedAt,
  };
}
