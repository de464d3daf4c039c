import type { EntityManager } from 'typeorm';
import {
  chunks,
  epochMs,
  epochMsArray,
  queryReturning,
  textArray,
  type WriteCounts,
} from '../../database/sql.js';

/** What an upsert of samples or raw records did; the inserted record ids are the only ones that can have moved. */
export type UpsertCounts = WriteCounts & { insertedRecordIds: Set<string> };

export const emptyUpsertCounts = (): UpsertCounts => ({
  inserted: 0,
  updated: 0,
  unchanged: 0,
  insertedRecordIds: new Set<string>(),
});

/** Adds one upserted chunk to the counts: the rows the statement did not return were identical, hence unchanged. */
export function addChunk(
  counts: UpsertCounts,
  result: Array<{ inserted: boolean; record_id: string | null }>,
  chunkLength: number,
): void {
  const inserted = result.filter((r) => r.inserted).length;
  counts.inserted += inserted;
  counts.updated += result.length - inserted;
  counts.unchanged += chunkLength - result.length;
  for (const r of result) if (r.record_id !== null) counts.insertedRecordIds.add(r.record_id);
}

interface MovableRow {
  recordId: string | null;
  dataSourceId: string;
  startAt: Date;
  endAt: Date;
}

/**
 * When the platform kept a record's id but moved its interval (a Health Connect edit, a re-read series), the new row
 * was inserted under the new natural key; this tombstones the stale one: a live row of the same record id, data
 * source and type, left by an earlier batch (rows of this batch are the new versions) at another interval.
 * `(user_id, record_id)` is indexed on both tables. Returns how many of `rows` replaced an older version.
 */
export async function tombstoneMovedRows<T extends MovableRow>(
  manager: EntityManager,
  target: {
    table: 'samples' | 'raw_records';
    typeColumn: 'metric' | 'vendor_type';
    typeOf: (row: T) => string;
  },
  userId: string,
  batchId: string,
  rows: T[],
  chunkSize: number,
): Promise<number> {
  let replaced = 0;
  const withIds = rows.filter((r) => r.recordId !== null);
  for (const chunk of chunks(withIds, chunkSize)) {
    const result = await queryReturning<{ record_id: string }>(
      manager,
      `UPDATE ${target.table} AS old SET deleted_at = now(), batch_id = $2
         FROM unnest($3::varchar[], $4::uuid[], $5::varchar[], $6::float8[], $7::float8[])
           AS n(record_id, data_source_id, type, start_ms, end_ms)
        WHERE old.user_id = $1 AND old.record_id = n.record_id AND old.data_source_id = n.data_source_id
          AND old.${target.typeColumn} = n.type AND old.deleted_at IS NULL AND old.batch_id <> $2
          AND (old.start_at, old.end_at) <> (${epochMs('n.start_ms')}, ${epochMs('n.end_ms')})
       RETURNING n.record_id`,
      [
        userId,
        batchId,
        textArray(chunk, (r) => r.recordId),
        textArray(chunk, (r) => r.dataSourceId),
        textArray(chunk, target.typeOf),
        epochMsArray(chunk, (r) => r.startAt),
        epochMsArray(chunk, (r) => r.endAt),
      ],
    );
    replaced += new Set(result.map((r) => r.record_id)).size;
  }
  return replaced;
}

/**
 * Tombstones the user's live rows whose id, or whose parent's id, is in `ids`. Children ids start with
 * `<parent id>-` on every Android path, so with the "C" collation they sit in the index range [id, id || '.') right
 * after their parent: one index range scan per id covers both. Returns the matched ids.
 */
export async function tombstoneRowsByIds(
  manager: EntityManager,
  table: 'samples' | 'raw_records',
  userId: string,
  batchId: string,
  ids: string[],
): Promise<string[]> {
  const rows = await queryReturning<{ id: string }>(
    manager,
    `UPDATE ${table} AS x SET deleted_at = now(), batch_id = $2
       FROM unnest($3::varchar[]) AS d(id)
      WHERE x.user_id = $1 AND x.deleted_at IS NULL
        AND x.record_id >= d.id AND x.record_id < d.id || '.'
        AND (x.record_id = d.id OR x.parent_id = d.id)
     RETURNING d.id`,
    [userId, batchId, ids],
  );
  return rows.map((r) => r.id);
}
