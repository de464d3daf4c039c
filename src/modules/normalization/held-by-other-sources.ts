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
  const found: Array<{ i: number }> = await manager.query(
    `SELECT r.i
       FROM unnest($2::int[], $3::uuid[], $4::float8[], $5::float8[], $6::varchar[])
         AS r(i, data_source_id, start_at, end_at, kind)
       JOIN data_sources mine ON mine.user_id = $1 AND mine.id = r.data_source_id
      WHERE EXISTS (
        SELECT 1 FROM ${shape.table} t
          JOIN data_sources other ON other.user_id = t.user_id AND other.id = t.data_source_id
         WHERE t.user_id = $1 AND t.start_at = ${epochMs('r.start_at')} AND t.end_at = ${epochMs('r.end_at')}
           ${kindMatch} AND t.data_source_id <> r.data_source_id AND t.deleted_at IS NULL
           AND other.provider = mine.provider
           AND other.device_model IS NOT DISTINCT FROM mine.device_model
           AND (other.app_name IS NULL OR other.app_name = mine.app_name))`,
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
