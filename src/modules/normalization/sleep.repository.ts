import { findHeldByOtherSources } from './held-by-other-sources.js';
import { Injectable } from '@nestjs/common';
import { Transactions } from '../../database/transactions.js';
import type { SleepStage } from './mapping/parsed-items.js';
import type { AssembledSession, StageInterval } from './sleep-assembly.js';
import { chunks, epochMs, epochMsArray, json, textArray, type WriteCounts } from '../../database/sql.js';
import type { NapCandidate } from './sleep-naps.js';
import { idProbe, tombstoneProbed } from './tombstones.js';

export interface SleepStageRow {
  startAt: Date;
  dataSourceId: string;
  endAt: Date;
  stage: SleepStage;
  zoneOffset: string | null;
  recordId: string | null;
  parentId: string | null;
  vendorType: string;
  values: Array<{ type: string; value: number; unit: string | null }> | null;
}

/** A stage interval that changed (inserted, updated or tombstoned): the sessions around it must be recomputed. */
export interface TouchedStage {
  start: number;
  end: number;
  parentId: string | null;
}

export interface Window {
  lo: number;
  hi: number;
}

export interface StoredSessionRef {
  dataSourceId: string;
  sessionKey: string;
  start: number;
  end: number;
  localDate: string;
}

interface TouchedRow {
  start_at: Date;
  end_at: Date;
  parent_id: string | null;
}

const TOUCHED_COLUMNS = ['start_at', 'end_at', 'parent_id'];

const touched = (r: TouchedRow): TouchedStage => ({
  start: r.start_at.getTime(),
  end: r.end_at.getTime(),
  parentId: r.parent_id,
});

/** Sleep stages (platform intervals) and the sessions assembled from them. */
@Injectable()
export class SleepRepository {
  constructor(private readonly db: Transactions) {}

  async upsertStages(
    userId: string,
    batchId: string,
    rows: SleepStageRow[],
    chunkSize: number,
  ): Promise<WriteCounts & { touched: TouchedStage[]; insertedRecordIds: Set<string> }> {
    const out = {
      inserted: 0,
      updated: 0,
      unchanged: 0,
      touched: [] as TouchedStage[],
      insertedRecordIds: new Set<string>(),
    };
    for (const chunk of chunks(rows, chunkSize)) {
      const result: Array<TouchedRow & { inserted: boolean; record_id: string | null }> =
        await this.db.manager.query(
          `INSERT INTO sleep_stages AS s (user_id, start_at, data_source_id, end_at, stage, zone_offset, record_id,
                                        parent_id, vendor_type, "values", batch_id)
         SELECT $1, ${epochMs('r.start_at')}, r.data_source_id, ${epochMs('r.end_at')}, r.stage, r.zone_offset,
                r.record_id, r.parent_id, r.vendor_type, r.vals::jsonb, $2
           FROM unnest($3::float8[], $4::uuid[], $5::float8[], $6::varchar[], $7::varchar[], $8::varchar[],
                       $9::varchar[], $10::varchar[], $11::text[])
             AS r(start_at, data_source_id, end_at, stage, zone_offset, record_id, parent_id, vendor_type, vals)
         ON CONFLICT (user_id, start_at, data_source_id, end_at, stage) DO UPDATE
            SET zone_offset = EXCLUDED.zone_offset, record_id = EXCLUDED.record_id, parent_id = EXCLUDED.parent_id,
                vendor_type = EXCLUDED.vendor_type, "values" = EXCLUDED."values", batch_id = EXCLUDED.batch_id,
                deleted_at = NULL
          WHERE (s.zone_offset, s.parent_id, s."values") IS DISTINCT FROM
                (EXCLUDED.zone_offset, EXCLUDED.parent_id, EXCLUDED."values")
         RETURNING (xmax = 0) AS inserted, start_at, end_at, parent_id,
                   CASE WHEN xmax = 0 THEN record_id END AS record_id`,
          [
            userId,
            batchId,
            epochMsArray(chunk, (r) => r.startAt),
            textArray(chunk, (r) => r.dataSourceId),
            epochMsArray(chunk, (r) => r.endAt),
            textArray(chunk, (r) => r.stage),
            textArray(chunk, (r) => r.zoneOffset),
            textArray(chunk, (r) => r.recordId),
            textArray(chunk, (r) => r.parentId),
            textArray(chunk, (r) => r.vendorType),
            textArray(chunk, (r) => json(r.values)),
          ],
        );
      const inserted = result.filter((r) => r.inserted).length;
      out.inserted += inserted;
      out.updated += result.length - inserted;
      out.unchanged += chunk.length - result.length;
      out.touched.push(...result.map(touched));
      for (const r of result) if (r.record_id !== null) out.insertedRecordIds.add(r.record_id);
    }
    return out;
  }

  /** Tombstones older live stages that carry the id of a newly inserted stage under another interval or stage. */
  async tombstoneMovedStages(
    userId: string,
    batchId: string,
    rows: SleepStageRow[],
    chunkSize: number,
  ): Promise<{ replaced: number; touched: TouchedStage[] }> {
    const out = { replaced: 0, touched: [] as TouchedStage[] };
    for (const chunk of chunks(rows, chunkSize)) {
      const result = await tombstoneProbed<TouchedRow>(
        this.db.manager,
        {
          table: 'sleep_stages',
          from: `unnest($2::varchar[], $3::uuid[], $4::float8[], $5::float8[], $6::varchar[])
                   AS n(record_id, data_source_id, start_ms, end_ms, stage)`,
          label: 'n.record_id',
          where: 't.record_id = n.record_id',
          filter: `t.data_source_id = n.data_source_id AND t.batch_id <> $7
                  AND (t.start_at, t.end_at, t.stage) <> (${epochMs('n.start_ms')}, ${epochMs('n.end_ms')}, n.stage)`,
          params: [
            textArray(chunk, (r) => r.recordId),
            textArray(chunk, (r) => r.dataSourceId),
            epochMsArray(chunk, (r) => r.startAt),
            epochMsArray(chunk, (r) => r.endAt),
            textArray(chunk, (r) => r.stage),
            batchId,
          ],
        },
        batchId,
        userId,
        TOUCHED_COLUMNS,
      );
      out.replaced += new Set(result.map((r) => r.label)).size;
      out.touched.push(...result.map(touched));
    }
    return out;
  }

  /** Tombstones live stages whose id or parent (session) id is in `ids`; see tombstoneRowsByIds in record-upserts.ts. */
  async tombstoneByIds(
    userId: string,
    batchId: string,
    ids: string[],
  ): Promise<{ matchedIds: string[]; touched: TouchedStage[] }> {
    const rows = await tombstoneProbed<TouchedRow>(
      this.db.manager,
      idProbe('sleep_stages', ids),
      batchId,
      userId,
      TOUCHED_COLUMNS,
    );
    return { matchedIds: rows.map((r) => r.label), touched: rows.map(touched) };
  }

  /**
   * Serializes session recomputation per user: two concurrent batches with stages of the same night would each
   * miss the other's uncommitted stages. The second waits, and its statements then see the first one's commit.
   */
  async lockUserSleep(userId: string): Promise<void> {
    await this.db.manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('sleep:' || $1::text, 0))`, [
      userId,
    ]);
  }

  /** Stored sessions overlapping any window (bounds included), or carrying one of the platform session ids. */
  async findSessions(userId: string, windows: Window[], parentIds: string[]): Promise<StoredSessionRef[]> {
    const rows: Array<{
      data_source_id: string;
      session_key: string;
      start_at: Date;
      end_at: Date;
      local_date: string;
    }> = await this.db.manager.query(
      `SELECT data_source_id, session_key, start_at, end_at, to_char(local_date, 'YYYY-MM-DD') AS local_date
         FROM sleep_sessions s
        WHERE s.user_id = $1
          AND (EXISTS (SELECT 1 FROM unnest($2::timestamptz[], $3::timestamptz[]) AS w(lo, hi)
                        WHERE s.start_at <= w.hi AND s.end_at >= w.lo)
               OR s.parent_id = ANY($4::varchar[]))`,
      [
        userId,
        windows.map((w) => new Date(w.lo).toISOString()),
        windows.map((w) => new Date(w.hi).toISOString()),
        parentIds,
      ],
    );
    return rows.map((r) => ({
      dataSourceId: r.data_source_id,
      sessionKey: r.session_key,
      start: r.start_at.getTime(),
      end: r.end_at.getTime(),
      localDate: r.local_date,
    }));
  }

  /** Every live stage of the user overlapping any window (bounds included). */
  async loadStages(userId: string, windows: Window[]): Promise<StageInterval[]> {
    const rows: Array<{
      data_source_id: string;
      stage: SleepStage;
      start_at: Date;
      end_at: Date;
      parent_id: string | null;
      zone_offset: string | null;
      record_id: string | null;
    }> = await this.db.manager.query(
      `SELECT s.data_source_id, s.stage, s.start_at, s.end_at, s.parent_id, s.zone_offset, s.record_id
         FROM sleep_stages s
        WHERE s.user_id = $1 AND s.deleted_at IS NULL
          AND EXISTS (SELECT 1 FROM unnest($2::timestamptz[], $3::timestamptz[]) AS w(lo, hi)
                       WHERE s.start_at <= w.hi AND s.end_at >= w.lo)`,
      [
        userId,
        windows.map((w) => new Date(w.lo).toISOString()),
        windows.map((w) => new Date(w.hi).toISOString()),
      ],
    );
    return rows.map((r) => ({
      dataSourceId: r.data_source_id,
      stage: r.stage,
      start: r.start_at.getTime(),
      end: r.end_at.getTime(),
      parentId: r.parent_id,
      zoneOffset: r.zone_offset,
      recordId: r.record_id,
    }));
  }

  /**
   * Makes the stored sessions match `sessions`: upserts them on (user, source, session key), rewriting only rows
   * whose figures changed, and deletes the `stale` ones (stored in the recomputed windows, no longer assembled).
   */
  async replaceSessions(
    userId: string,
    batchId: string,
    sessions: AssembledSession[],
    stale: Array<{ dataSourceId: string; sessionKey: string }>,
  ): Promise<void> {
    if (stale.length > 0) {
      await this.db.manager.query(
        `DELETE FROM sleep_sessions s USING unnest($2::uuid[], $3::varchar[]) AS k(data_source_id, session_key)
          WHERE s.user_id = $1 AND s.data_source_id = k.data_source_id AND s.session_key = k.session_key`,
        [userId, stale.map((k) => k.dataSourceId), stale.map((k) => k.sessionKey)],
      );
    }
    if (sessions.length === 0) return;
    const col = <K extends keyof AssembledSession>(k: K) => sessions.map((s) => s[k]);
    await this.db.manager.query(
      `INSERT INTO sleep_sessions AS s (user_id, data_source_id, session_key, parent_id, start_at, end_at, zone_offset,
              local_date, duration_seconds, time_in_bed_seconds, total_sleep_seconds, awake_seconds, light_seconds,
              deep_seconds, rem_seconds, asleep_seconds, in_bed_seconds, unknown_seconds, efficiency, stage_count,
              is_primary, batch_id)
       SELECT $1, r.*, $2
         FROM unnest($3::uuid[], $4::varchar[], $5::varchar[], $6::timestamptz[], $7::timestamptz[], $8::varchar[],
                     $9::date[], $10::int[], $11::int[], $12::int[], $13::int[], $14::int[], $15::int[], $16::int[],
                     $17::int[], $18::int[], $19::int[], $20::numeric[], $21::int[], $22::bool[]) AS r
       ON CONFLICT (user_id, data_source_id, session_key) DO UPDATE
          SET parent_id = EXCLUDED.parent_id, start_at = EXCLUDED.start_at, end_at = EXCLUDED.end_at,
              zone_offset = EXCLUDED.zone_offset, local_date = EXCLUDED.local_date,
              duration_seconds = EXCLUDED.duration_seconds, time_in_bed_seconds = EXCLUDED.time_in_bed_seconds,
              total_sleep_seconds = EXCLUDED.total_sleep_seconds, awake_seconds = EXCLUDED.awake_seconds,
              light_seconds = EXCLUDED.light_seconds, deep_seconds = EXCLUDED.deep_seconds,
              rem_seconds = EXCLUDED.rem_seconds, asleep_seconds = EXCLUDED.asleep_seconds,
              in_bed_seconds = EXCLUDED.in_bed_seconds, unknown_seconds = EXCLUDED.unknown_seconds,
              efficiency = EXCLUDED.efficiency, stage_count = EXCLUDED.stage_count,
              is_primary = EXCLUDED.is_primary, batch_id = EXCLUDED.batch_id, updated_at = now()
        WHERE (s.parent_id, s.start_at, s.end_at, s.zone_offset, s.local_date, s.duration_seconds,
               s.time_in_bed_seconds, s.total_sleep_seconds, s.awake_seconds, s.light_seconds, s.deep_seconds,
               s.rem_seconds, s.asleep_seconds, s.in_bed_seconds, s.unknown_seconds, s.efficiency, s.stage_count,
               s.is_primary)
              IS DISTINCT FROM
              (EXCLUDED.parent_id, EXCLUDED.start_at, EXCLUDED.end_at, EXCLUDED.zone_offset, EXCLUDED.local_date,
               EXCLUDED.duration_seconds, EXCLUDED.time_in_bed_seconds, EXCLUDED.total_sleep_seconds,
               EXCLUDED.awake_seconds, EXCLUDED.light_seconds, EXCLUDED.deep_seconds, EXCLUDED.rem_seconds,
               EXCLUDED.asleep_seconds, EXCLUDED.in_bed_seconds, EXCLUDED.unknown_seconds, EXCLUDED.efficiency,
               EXCLUDED.stage_count, EXCLUDED.is_primary)`,
      [
        userId,
        batchId,
        col('dataSourceId'),
        col('sessionKey'),
        col('parentId'),
        sessions.map((s) => new Date(s.start).toISOString()),
        sessions.map((s) => new Date(s.end).toISOString()),
        col('zoneOffset'),
        col('localDate'),
        col('durationSeconds'),
        col('timeInBedSeconds'),
        col('totalSleepSeconds'),
        col('awakeSeconds'),
        col('lightSeconds'),
        col('deepSeconds'),
        col('remSeconds'),
        col('asleepSeconds'),
        col('inBedSeconds'),
        col('unknownSeconds'),
        col('efficiency'),
        col('stageCount'),
        col('isPrimary'),
      ],
    );
  }

  /** The sessions of these local days, for the nap rule (sleep-naps.ts). */
  async sessionsOfDays(userId: string, localDates: string[]): Promise<NapCandidate[]> {
    if (localDates.length === 0) return [];
    const rows: Array<Omit<NapCandidate, 'start' | 'end'> & { start: Date; end: Date }> =
      await this.db.manager.query(
        `SELECT id, data_source_id AS "dataSourceId", local_date::text AS "localDate", start_at AS start,
                end_at AS "end", zone_offset AS "zoneOffset", is_primary AS "isPrimary"
           FROM sleep_sessions WHERE user_id = $1 AND local_date = ANY($2::date[])`,
        [userId, localDates],
      );
    return rows.map((r) => ({ ...r, start: new Date(r.start).getTime(), end: new Date(r.end).getTime() }));
  }

  /** Sets is_nap on these sessions: true for `naps`, false for the others; only rows that change are written. */
  async setNaps(userId: string, sessionIds: string[], naps: Set<string>): Promise<void> {
    if (sessionIds.length === 0) return;
    await this.db.manager.query(
      `UPDATE sleep_sessions s SET is_nap = (s.id = ANY($3::uuid[]))
        WHERE s.user_id = $1 AND s.id = ANY($2::uuid[]) AND s.is_nap IS DISTINCT FROM (s.id = ANY($3::uuid[]))`,
      [userId, sessionIds, [...naps]],
    );
  }

  /** See findHeldByOtherSources. */
  stagesHeldByOtherSources(userId: string, rows: SleepStageRow[]): Promise<Set<number>> {
    const shape = { table: 'sleep_stages', kindColumn: 'stage' } as const;
    return findHeldByOtherSources(this.db.manager, shape, userId, rows, (r) => r.stage);
  }
}
