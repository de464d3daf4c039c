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

/**
 * Records of types the catalogue does not know, kept as sent (value and unit untouched) so a later mapping can
 * promote them; upserted like samples (see SamplesRepository), the vendor type standing in for the metric.
 */
@Injectable()
export class RawRecordsRepository {
  constructor(private readonly db: Transactions) {}

  /** Also returns the record ids of the inserted rows: only those can have moved (see tombstoneMoved). */
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

  /** See tombstoneMovedRows. */
  tombstoneMoved(userId: string, batchId: string, rows: RawRecordRow[], chunkSize: number): Promise<number> {
    return tombstoneMovedRows(
      this.db.manager,
      { table: 'raw_records', typeColumn: 'vendor_type', typeOf: (r) => r.vendorType },
      userId,
      batchId,
      rows,
      chunkSize,
    );
  }

  /** See tombstoneRowsByIds. */
  tombstoneByIds(userId: string, batchId: string, ids: string[]): Promise<string[]> {
    return tombstoneRowsByIds(this.db.manager, 'raw_records', userId, batchId, ids);
  }
}
