import type { EntityManager } from 'typeorm';
import { chunks, epochMs, epochMsArray, textArray, type WriteCounts } from '../../database/sql.js';
import { idProbe, tombstoneProbed, type TombstoneProbe } from './tombstones.js';

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

export interface MoveTarget<T> {
  table: 'samples' | 'raw_records';
  typeColumn: 'metric' | 'vendor_type';
  typeOf: (row: T) => string;
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
  target: MoveTarget<T>,
  userId: string,
  batchId: string,
  rows: T[],
  chunkSize: number,
): Promise<number> {
  let replaced = 0;
  const withIds = rows.filter((r) => r.recordId !== null);
  for (const chunk of chunks(withIds, chunkSize)) {
    const result = await tombstoneProbed(manager, movedProbe(target, batchId, chunk), batchId, userId);
    replaced += new Set(result.map((r) => r.label)).size;
  }
  return replaced;
}

/** Tombstones the user's live rows whose id, or whose parent's id, is in `ids` (see idProbe). Returns the matched ids. */
export async function tombstoneRowsByIds(
  manager: EntityManager,
  table: 'samples' | 'raw_records',
  userId: string,
  batchId: string,
  ids: string[],
): Promise<string[]> {
  const rows = await tombstoneProbed(manager, idProbe(table, ids), batchId, userId);
  return rows.map((r) => r.label);
}

/** Live rows of earlier batches with the id, data source and type of one of `rows`, at another interval. */
export function movedProbe<T extends MovableRow>(
  target: MoveTarget<T>,
  batchId: string,
  rows: T[],
): TombstoneProbe {
  return {
    table: target.table,
    from: `unnest($2::varchar[], $3::uuid[], $4::varchar[], $5::float8[], $6::float8[])
             AS n(record_id, data_source_id, type, start_ms, end_ms)`,
    label: 'n.record_id',
    where: 't.record_id = n.record_id',
    filter: `t.data_source_id = n.data_source_id
            AND t.${target.typeColumn} = n.type AND t.batch_id <> $7
            AND (t.start_at, t.end_at) <> (${epochMs('n.start_ms')}, ${epochMs('n.end_ms')})`,
    params: [
      textArray(rows, (r) => r.recordId),
      textArray(rows, (r) => r.dataSourceId),
      textArray(rows, target.typeOf),
      epochMsArray(rows, (r) => r.startAt),
      epochMsArray(rows, (r) => r.endAt),
      batchId,
    ],
  };
}
