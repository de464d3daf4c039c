import { findHeldByOtherSources } from './held-by-other-sources.js';
import { Injectable } from '@nestjs/common';
import { Transactions } from '../../database/transactions.js';
import { idProbe, tombstoneProbed } from './tombstones.js';
import { chunks, iso, json, type WriteCounts } from '../../database/sql.js';

export interface WorkoutRow {
  startAt: Date;
  dataSourceId: string;
  endAt: Date;
  zoneOffset: string | null;
  activityType: string;
  vendorType: string;
  title: string | null;
  notes: string | null;
  statistics: Record<string, number>;
  otherValues: Array<{ type: string; value: number; unit: string | null }> | null;
  route: unknown[] | null;
  laps: unknown[] | null;
  segments: unknown[] | null;
  samples: unknown[] | null;
  metadata: Record<string, unknown> | null;
  recordId: string | null;
  parentId: string | null;
}

/** Workouts, upserted on their natural key like samples; an edited re-send (new values, title, route…) updates. */
@Injectable()
export class WorkoutsRepository {
  constructor(private readonly db: Transactions) {}

  async upsertWorkouts(
    userId: string,
    batchId: string,
    rows: WorkoutRow[],
    chunkSize: number,
  ): Promise<WriteCounts & { insertedRecordIds: Set<string> }> {
    const out = { inserted: 0, updated: 0, unchanged: 0, insertedRecordIds: new Set<string>() };
    // Routes make rows large: smaller statements keep the parameter strings reasonable.
    for (const chunk of chunks(rows, Math.max(1, Math.floor(chunkSize / 10)))) {
      const result: Array<{ inserted: boolean; record_id: string | null }> = await this.db.manager.query(
        `INSERT INTO workouts AS w (user_id, start_at, data_source_id, end_at, zone_offset, activity_type, vendor_type,
                                    title, notes, statistics, other_values, route, laps, segments, samples, metadata,
                                    record_id, parent_id, batch_id)
         SELECT $1, r.start_at, r.data_source_id, r.end_at, r.zone_offset, r.activity_type, r.vendor_type, r.title,
                r.notes, r.statistics::jsonb, r.other_values::jsonb, r.route::jsonb, r.laps::jsonb,
                r.segments::jsonb, r.samples::jsonb, r.metadata::jsonb, r.record_id, r.parent_id, $2
           FROM unnest($3::timestamptz[], $4::uuid[], $5::timestamptz[], $6::varchar[], $7::varchar[], $8::varchar[],
                       $9::varchar[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[],
                       $16::text[], $17::text[], $18::varchar[], $19::varchar[])
             AS r(start_at, data_source_id, end_at, zone_offset, activity_type, vendor_type, title, notes, statistics,
                  other_values, route, laps, segments, samples, metadata, record_id, parent_id)
         ON CONFLICT (user_id, start_at, data_source_id, end_at) DO UPDATE
            SET zone_offset = EXCLUDED.zone_offset, activity_type = EXCLUDED.activity_type,
                vendor_type = EXCLUDED.vendor_type, title = EXCLUDED.title, notes = EXCLUDED.notes,
                statistics = EXCLUDED.statistics, other_values = EXCLUDED.other_values, route = EXCLUDED.route,
                laps = EXCLUDED.laps, segments = EXCLUDED.segments, samples = EXCLUDED.samples,
                metadata = EXCLUDED.metadata, record_id = EXCLUDED.record_id, parent_id = EXCLUDED.parent_id,
                batch_id = EXCLUDED.batch_id, deleted_at = NULL, updated_at = now()
          WHERE (w.zone_offset, w.activity_type, w.vendor_type, w.title, w.notes, w.statistics, w.other_values,
                 w.route, w.laps, w.segments, w.samples, w.metadata, w.parent_id)
                IS DISTINCT FROM
                (EXCLUDED.zone_offset, EXCLUDED.activity_type, EXCLUDED.vendor_type, EXCLUDED.title, EXCLUDED.notes,
                 EXCLUDED.statistics, EXCLUDED.other_values, EXCLUDED.route, EXCLUDED.laps, EXCLUDED.segments,
                 EXCLUDED.samples, EXCLUDED.metadata, EXCLUDED.parent_id)
         RETURNING (xmax = 0) AS inserted, CASE WHEN xmax = 0 THEN record_id END AS record_id`,
        [
          userId,
          batchId,
          chunk.map((r) => iso(r.startAt)),
          chunk.map((r) => r.dataSourceId),
          chunk.map((r) => iso(r.endAt)),
          chunk.map((r) => r.zoneOffset),
          chunk.map((r) => r.activityType),
          chunk.map((r) => r.vendorType),
          chunk.map((r) => r.title),
          chunk.map((r) => r.notes),
          chunk.map((r) => json(r.statistics)),
          chunk.map((r) => json(r.otherValues)),
          chunk.map((r) => json(r.route)),
          chunk.map((r) => json(r.laps)),
          chunk.map((r) => json(r.segments)),
          chunk.map((r) => json(r.samples)),
          chunk.map((r) => json(r.metadata)),
          chunk.map((r) => r.recordId),
          chunk.map((r) => r.parentId),
        ],
      );
      const inserted = result.filter((r) => r.inserted).length;
      out.inserted += inserted;
      out.updated += result.length - inserted;
      out.unchanged += chunk.length - result.length;
      for (const r of result) if (r.record_id !== null) out.insertedRecordIds.add(r.record_id);
    }
    return out;
  }

  /** Tombstones an older live workout that carries the id of a newly inserted one under other start/end times. */
  async tombstoneMovedWorkouts(userId: string, batchId: string, rows: WorkoutRow[]): Promise<number> {
    if (rows.length === 0) return 0;
    const result = await tombstoneProbed(
      this.db.manager,
      {
        table: 'workouts',
        from: `unnest($2::varchar[], $3::uuid[], $4::timestamptz[], $5::timestamptz[])
                 AS n(record_id, data_source_id, start_at, end_at)`,
        label: 'n.record_id',
        where: 't.record_id = n.record_id',
        filter: `t.data_source_id = n.data_source_id AND t.batch_id <> $6
                AND (t.start_at, t.end_at) <> (n.start_at, n.end_at)`,
        params: [
          rows.map((r) => r.recordId),
          rows.map((r) => r.dataSourceId),
          rows.map((r) => iso(r.startAt)),
          rows.map((r) => iso(r.endAt)),
          batchId,
        ],
        touchUpdatedAt: true,
      },
      batchId,
      userId,
    );
    return new Set(result.map((r) => r.label)).size;
  }

  /** Tombstones live workouts whose id or parent id is in `ids`; see tombstoneRowsByIds in record-upserts.ts. */
  async tombstoneByIds(userId: string, batchId: string, ids: string[]): Promise<string[]> {
    const rows = await tombstoneProbed(this.db.manager, idProbe('workouts', ids, true), batchId, userId);
    return rows.map((r) => r.label);
  }

  /** See findHeldByOtherSources. */
  heldByOtherSources(userId: string, rows: WorkoutRow[]): Promise<Set<number>> {
    const shape = { table: 'workouts', kindColumn: null } as const;
    return findHeldByOtherSources(this.db.manager, shape, userId, rows, () => null);
  }
}
