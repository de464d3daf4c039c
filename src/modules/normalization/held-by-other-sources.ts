import type { EntityManager } from 'typeorm';
import { epochMs, epochMsArray, textArray } from '../../database/sql.js';

export interface HeldRowShape {
  table: 'samples' | 'sleep_stages' | 'workouts';
  /** The column that, with the interval, makes two rows the same reading (`metric`, `stage`); none for workouts. */
  kindColumn: 'metric' | 'stage' | null;
}

interface Row {
  startAt: Date;
  endAt: Date;
  dataSourceId: string;
}

/**
 * Which of `rows` another data source of the same origin already holds: the same provider and device model, the same
 * app name (or none: iOS SDKs before 0.12 sent no name), and the same kind over the same interval. An Apple Health
 * export carries no HealthKit UUIDs and no bundle ids, so its rows land under a data source of their own; this is
 * how one of its readings is recognised as the one the SDK already pushed from that watch or phone. One statement,
 * each probe a prefix of the table's primary key.
 */
export async function findHeldByOtherSources<T extends Row>(
  manager: EntityManager,
  shape: HeldRowShape,
  userId: string,
  rows: readonly T[],
  kindOf: (row: T) => string | null,
): Promise<Set<number>> {
  if (rows.length === 0) return new Set();
  const kindMatch = shape.kindColumn ? `AND t.${shape.kindColumn} = r.kind` : '';
  // Sources of the same origin first (none, usually: then no row is probed at all); then one primary-key probe per
  // row, forced by LATERAL … LIMIT 1 so that a large history is never scanned.
  const found: Array<{ i: number }> = await manager.query(
    `WITH r AS (SELECT * FROM unnest($2::int[], $3::uuid[], $4::float8[], $5::float8[], $6::varchar[])
                  AS r(i, data_source_id, start_at, end_at, kind)),
          origins AS MATERIALIZED (
            SELECT mine.id AS mine_id, array_agg(other.id) AS others
              FROM data_sources mine
              JOIN data_sources other
                ON other.user_id = $1 AND other.id <> mine.id AND other.provider = mine.provider
               AND other.device_model IS NOT DISTINCT FROM mine.device_model
               AND (other.app_name IS NULL OR other.app_name = mine.app_name)
             WHERE mine.user_id = $1 AND mine.id IN (SELECT DISTINCT data_source_id FROM r)
             GROUP BY mine.id)
     SELECT r.i FROM r JOIN origins o ON o.mine_id = r.data_source_id
      CROSS JOIN LATERAL (
        SELECT 1 FROM ${shape.table} t
         WHERE t.user_id = $1 AND t.data_source_id = ANY(o.others) ${kindMatch}
           AND t.start_at = ${epochMs('r.start_at')} AND t.end_at = ${epochMs('r.end_at')}
           AND t.deleted_at IS NULL
         LIMIT 1) hit`,
    [
      userId,
      `{${rows.map((_, i) => i).join(',')}}`,
      textArray(rows, (r) => r.dataSourceId),
      epochMsArray(rows, (r) => r.startAt),
      epochMsArray(rows, (r) => r.endAt),
      textArray(rows, kindOf),
    ],
  );
  return new Set(found.map((row) => Number(row.i)));
}
