import { Injectable } from '@nestjs/common';
import { Transactions } from '../../database/transactions.js';
import {
  chunks,
  epochMs,
  epochMsArray,
  json,
  numberArray,
  queryReturning,
  textArray,
  type WriteCounts,
} from './sql.js';

export interface SampleRow {
  metric: string;
  startAt: Date;
  dataSourceId: string;
  endAt: Date;
  value: number;
  unit: string;
  category: string | null;
  zoneOffset: string | null;
  recordId: string | null;
  parentId: string | null;
  vendorType: string;
  metadata: Record<string, string> | null;
}

export interface RawRecordRow {
  vendorType: string;
  startAt: Date;
  dataSourceId: string;
  endAt: Date;
  value: number | null;
  unit: string | null;
  zoneOffset: string | null;
  recordId: string | null;
  parentId: string | null;
  metadata: Record<string, string> | null;
}

export type UpsertCounts = WriteCounts & { insertedRecordIds: Set<string> };

const emptyUpsertCounts = (): UpsertCounts => ({
  inserted: 0,
  updated: 0,
  unchanged: 0,
  insertedRecordIds: new Set<string>(),
});

/** Adds one upserted chunk to the counts: the rows the statement did not return were identical, hence unchanged. */
function addChunk(
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

/**
 * Samples and raw (unknown-type) records. Columns travel as array literals built by sql.ts, instants as epoch
 * milliseconds. Upserts are `INSERT … SELECT FROM unnest(…) ON CONFLICT (natural key)
 * DO UPDATE … WHERE (content changed)`: an identical re-send writes nothing, `xmax = 0` tells inserted rows from
 * updated ones, and the rows not returned are the unchanged ones. The record id and vendor type are identity, not
 * content: Samsung hourly buckets get a fresh random id on every read and alias types rename the same record.
 * Callers pass rows already collapsed on the natural key (PostgreSQL refuses to update one row twice in a statement).
 */
@Injectable()
export class SamplesRepository {
  constructor(private readonly db: Transactions) {}

  /**
   * Holds the user row against deletion until the transaction ends, as the foreign key samples no longer have
   * would: a user deleted meanwhile waits for this batch, and its trigger then erases the samples too.
   */
  async lockOwner(userId: string): Promise<void> {
    const rows: unknown[] = await this.db.manager.query('SELECT 1 FROM users WHERE id = $1 FOR KEY SHARE', [
      userId,
    ]);
    if (rows.length === 0) throw new Error(`user ${userId} no longer exists`);
  }

  /** Also returns the record ids of the inserted rows: only those can have moved (see tombstoneMovedSamples). */
  async upsertSamples(
    userId: string,
    batchId: string,
    rows: SampleRow[],
    chunkSize: number,
  ): Promise<UpsertCounts> {
    const counts = emptyUpsertCounts();
    for (const chunk of chunks(rows, chunkSize)) {
      const result: Array<{ inserted: boolean; record_id: string | null }> = await this.db.manager.query(
        `INSERT INTO samples AS s (user_id, metric, start_at, data_source_id, end_at, value, unit, category,
                                   zone_offset, record_id, parent_id, vendor_type, metadata, batch_id)
         SELECT $1, r.metric, ${epochMs('r.start_at')}, r.data_source_id, ${epochMs('r.end_at')}, r.value, r.unit,
                r.category, r.zone_offset, r.record_id, r.parent_id, r.vendor_type, r.metadata::jsonb, $2
           FROM unnest($3::varchar[], $4::float8[], $5::uuid[], $6::float8[], $7::float8[], $8::varchar[],
                       $9::varchar[], $10::varchar[], $11::varchar[], $12::varchar[], $13::varchar[], $14::text[])
             AS r(metric, start_at, data_source_id, end_at, value, unit, category, zone_offset, record_id,
                  parent_id, vendor_type, metadata)
         ON CONFLICT (user_id, metric, start_at, data_source_id, end_at) DO UPDATE
            SET value = EXCLUDED.value, unit = EXCLUDED.unit, category = EXCLUDED.category,
                zone_offset = EXCLUDED.zone_offset, record_id = EXCLUDED.record_id, parent_id = EXCLUDED.parent_id,
                vendor_type = EXCLUDED.vendor_type, metadata = EXCLUDED.metadata, batch_id = EXCLUDED.batch_id,
                deleted_at = NULL
          WHERE (s.value, s.unit, s.category, s.zone_offset, s.parent_id, s.metadata)
                IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.unit, EXCLUDED.category, EXCLUDED.zone_offset,
                                  EXCLUDED.parent_id, EXCLUDED.metadata)
         RETURNING (xmax = 0) AS inserted, CASE WHEN xmax = 0 THEN record_id END AS record_id`,
        [
          userId,
          batchId,
          textArray(chunk, (r) => r.metric),
          epochMsArray(chunk, (r) => r.startAt),
          textArray(chunk, (r) => r.dataSourceId),
          epochMsArray(chunk, (r) => r.endAt),
          numberArray(chunk, (r) => r.value),
          textArray(chunk, (r) => r.unit),
          textArray(chunk, (r) => r.category),
          textArray(chunk, (r) => r.zoneOffset),
          textArray(chunk, (r) => r.recordId),
          textArray(chunk, (r) => r.parentId),
          textArray(chunk, (r) => r.vendorType),
          textArray(chunk, (r) => json(r.metadata)),
        ],
      );
      addChunk(counts, result, chunk.length);
    }
    return counts;
  }

  /**
   * When the platform kept a record's id but moved its interval (a Health Connect edit, a re-read series), the
   * new row was inserted under the new natural key; this tombstones the stale one. Returns how many of `rows`
   * replaced an older version, so they can be reported as updates rather than inserts.
   */
  async tombstoneMovedSamples(
    userId: string,
    batchId: string,
    rows: SampleRow[],
    chunkSize: number,
  ): Promise<number> {
    return this.tombstoneMoved('samples', 'metric', (r) => r.metric, userId, batchId, rows, chunkSize);
  }

  /** tombstoneMovedSamples for raw records, the vendor type standing in for the metric. */
  async tombstoneMovedRawRecords(
    userId: string,
    batchId: string,
    rows: RawRecordRow[],
    chunkSize: number,
  ): Promise<number> {
    return this.tombstoneMoved(
      'raw_records',
      'vendor_type',
      (r) => r.vendorType,
      userId,
      batchId,
      rows,
      chunkSize,
    );
  }

  /**
   * A stale version is a live row of the same record id, data source and type, left by an earlier batch (rows of
   * this batch are the new versions) at another interval. `(user_id, record_id)` is indexed on both tables.
   */
  private async tombstoneMoved<T extends SampleRow | RawRecordRow>(
    table: 'samples' | 'raw_records',
    typeColumn: 'metric' | 'vendor_type',
    typeOf: (row: T) => string,
    userId: string,
    batchId: string,
    rows: T[],
    chunkSize: number,
  ): Promise<number> {
    let replaced = 0;
    const withIds = rows.filter((r) => r.recordId !== null);
    for (const chunk of chunks(withIds, chunkSize)) {
      const result = await queryReturning<{ record_id: string }>(
        this.db.manager,
        `UPDATE ${table} AS old SET deleted_at = now(), batch_id = $2
           FROM unnest($3::varchar[], $4::uuid[], $5::varchar[], $6::float8[], $7::float8[])
             AS n(record_id, data_source_id, type, start_ms, end_ms)
          WHERE old.user_id = $1 AND old.record_id = n.record_id AND old.data_source_id = n.data_source_id
            AND old.${typeColumn} = n.type AND old.deleted_at IS NULL AND old.batch_id <> $2
            AND (old.start_at, old.end_at) <> (${epochMs('n.start_ms')}, ${epochMs('n.end_ms')})
         RETURNING n.record_id`,
        [
          userId,
          batchId,
          textArray(chunk, (r) => r.recordId),
          textArray(chunk, (r) => r.dataSourceId),
          textArray(chunk, typeOf),
          epochMsArray(chunk, (r) => r.startAt),
          epochMsArray(chunk, (r) => r.endAt),
        ],
      );
      replaced += new Set(result.map((r) => r.record_id)).size;
    }
    return replaced;
  }

  /** Also returns the record ids of the inserted rows: only those can have moved (see tombstoneMovedRawRecords). */
  async upsertRawRecords(
    userId: string,
    batchId: string,
    rows: RawRecordRow[],
    chunkSize: number,
  ): Promise<UpsertCounts> {
    const counts = emptyUpsertCounts();
    for (const chunk of chunks(rows, chunkSize)) {
      const result: Array<{ inserted: boolean; record_id: string | null }> = await this.db.manager.query(
        `INSERT INTO raw_records AS x (user_id, vendor_type, start_at, data_source_id, end_at, value, unit,
                                       zone_offset, record_id, parent_id, metadata, batch_id)
         SELECT $1, r.vendor_type, ${epochMs('r.start_at')}, r.data_source_id, ${epochMs('r.end_at')}, r.value, r.unit,
                r.zone_offset, r.record_id, r.parent_id, r.metadata::jsonb, $2
           FROM unnest($3::varchar[], $4::float8[], $5::uuid[], $6::float8[], $7::float8[], $8::varchar[],
                       $9::varchar[], $10::varchar[], $11::varchar[], $12::text[])
             AS r(vendor_type, start_at, data_source_id, end_at, value, unit, zone_offset, record_id, parent_id,
                  metadata)
         ON CONFLICT (user_id, vendor_type, start_at, data_source_id, end_at) DO UPDATE
            SET value = EXCLUDED.value, unit = EXCLUDED.unit, zone_offset = EXCLUDED.zone_offset,
                record_id = EXCLUDED.record_id, parent_id = EXCLUDED.parent_id, metadata = EXCLUDED.metadata,
                batch_id = EXCLUDED.batch_id, deleted_at = NULL
          WHERE (x.value, x.unit, x.zone_offset, x.parent_id, x.metadata)
                IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.unit, EXCLUDED.zone_offset, EXCLUDED.parent_id,
                                  EXCLUDED.metadata)
         RETURNING (xmax = 0) AS inserted, CASE WHEN xmax = 0 THEN record_id END AS record_id`,
        [
          userId,
          batchId,
          textArray(chunk, (r) => r.vendorType),
          epochMsArray(chunk, (r) => r.startAt),
          textArray(chunk, (r) => r.dataSourceId),
          epochMsArray(chunk, (r) => r.endAt),
          numberArray(chunk, (r) => r.value),
          textArray(chunk, (r) => r.unit),
          textArray(chunk, (r) => r.zoneOffset),
          textArray(chunk, (r) => r.recordId),
          textArray(chunk, (r) => r.parentId),
          textArray(chunk, (r) => json(r.metadata)),
        ],
      );
      addChunk(counts, result, chunk.length);
    }
    return counts;
  }

  /**
   * Tombstones the user's live samples and raw records whose id, or whose parent's id, is in `ids`. Children ids
   * start with `<parent id>-` on every Android path, so with the "C" collation they sit in the index range
   * [id, id || '.') right after their parent: one index range scan per id covers both. Returns the matched ids.
   */
  async tombstoneByIds(userId: string, batchId: string, ids: string[]): Promise<string[]> {
    const matched: string[] = [];
    for (const table of ['samples', 'raw_records']) {
      const rows = await queryReturning<{ id: string }>(
        this.db.manager,
        `UPDATE ${table} AS x SET deleted_at = now(), batch_id = $2
           FROM unnest($3::varchar[]) AS d(id)
          WHERE x.user_id = $1 AND x.deleted_at IS NULL
            AND x.record_id >= d.id AND x.record_id < d.id || '.'
            AND (x.record_id = d.id OR x.parent_id = d.id)
         RETURNING d.id`,
        [userId, batchId, ids],
      );
      matched.push(...rows.map((r) => r.id));
    }
    return matched;
  }
}
