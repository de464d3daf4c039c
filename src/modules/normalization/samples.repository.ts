import { findHeldByOtherSources } from './held-by-other-sources.js';
import { Injectable } from '@nestjs/common';
import { Transactions } from '../../database/transactions.js';
import {
  addChunk,
  emptyUpsertCounts,
  tombstoneMovedRows,
  tombstoneRowsByIds,
  type UpsertCounts,
} from './record-upserts.js';
import { chunks, epochMs, epochMsArray, json, numberArray, textArray } from '../../database/sql.js';

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

/**
 * Samples: catalogue metrics in canonical units. Columns travel as array literals built by sql.ts, instants as epoch
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

  /** Also returns the record ids of the inserted rows: only those can have moved (see tombstoneMoved). */
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

  /** See tombstoneMovedRows. */
  tombstoneMoved(userId: string, batchId: string, rows: SampleRow[], chunkSize: number): Promise<number> {
    return tombstoneMovedRows(
      this.db.manager,
      { table: 'samples', typeColumn: 'metric', typeOf: (r) => r.metric },
      userId,
      batchId,
      rows,
      chunkSize,
    );
  }

  /** See tombstoneRowsByIds. */
  tombstoneByIds(userId: string, batchId: string, ids: string[]): Promise<string[]> {
    return tombstoneRowsByIds(this.db.manager, 'samples', userId, batchId, ids);
  }

  /** See findHeldByOtherSources. */
  heldByOtherSources(userId: string, rows: SampleRow[]): Promise<Set<number>> {
    const shape = { table: 'samples', kindColumn: 'metric' } as const;
    return findHeldByOtherSources(this.db.manager, shape, userId, rows, (r) => r.metric);
  }
}
