import { Injectable } from '@nestjs/common';
import { ReadDatabase } from '../../../database/read-database.js';
import { Transactions } from '../../../database/transactions.js';
import { queryReturning } from '../../../database/sql.js';
import type { Direction } from '../cursor.js';
import { isoSql, minutesSql, objectSql, sourceJsonSql } from '../json-sql.js';
import { type PriorityOrder, sourceRanksSql } from '../source-priority/priority.js';

/** Workouts page in the order of their unique key (start, data source, end), newest first: an index scan. */
export type WorkoutKey = [start: string, dataSourceId: string, end: string];
/** Sleep page key: start, then id (ties within one start instant are rare and resolved in memory). */
export type SleepKey = [start: string, id: string];

export interface WorkoutRowView {
  id: string;
  data_source_id: string;
  start_at: Date;
  end_at: Date;
  zone_offset: string | null;
  activity_type: string;
  vendor_type: string;
  title: string | null;
  notes: string | null;
  statistics: Record<string, number>;
  k_start: string;
  k_end: string;
}

export interface WorkoutDetailRow extends WorkoutRowView {
  other_values: Array<{ type: string; value: number; unit: string | null }> | null;
  route: unknown[] | null;
  laps: unknown[] | null;
  segments: unknown[] | null;
  samples: unknown[] | null;
  record_id: string | null;
}

/** The sleep_sessions columns both the event list and the sleep summary read. */
export interface SleepSessionColumns {
  id: string;
  data_source_id: string;
  start_at: Date;
  end_at: Date;
  zone_offset: string | null;
  local_date: string;
  duration_seconds: number;
  time_in_bed_seconds: number;
  total_sleep_seconds: number;
  awake_seconds: number;
  light_seconds: number;
  deep_seconds: number;
  rem_seconds: number;
  asleep_seconds: number;
  is_nap: boolean;
  is_primary: boolean;
}

export interface SleepRowView extends SleepSessionColumns {
  efficiency: string | null;
  k_start: string;
}

/** A sleep session as its response item (JSON text, built by PostgreSQL) and its keyset. */
export interface SleepItemRow {
  item: string;
  id: string;
  k_start: string;
}

export interface EventRange {
  userId: string;
  from: Date;
  to: Date;
  limit: number;
}

const WORKOUT_COLUMNS = `w.id, w.data_source_id, w.start_at, w.end_at, w.zone_offset, w.activity_type, w.vendor_type,
  w.title, w.notes, w.statistics, w.start_at::text AS k_start, w.end_at::text AS k_end`;

const SLEEP_COLUMNS = `s.id, s.data_source_id, s.start_at, s.end_at, s.zone_offset, to_char(s.local_date, 'YYYY-MM-DD') AS local_date,
  s.duration_seconds, s.time_in_bed_seconds, s.total_sleep_seconds, s.awake_seconds, s.light_seconds, s.deep_seconds,
  s.rem_seconds, s.asleep_seconds, s.efficiency, s.is_nap, s.is_primary, s.start_at::text AS k_start`;

/**
 * The response item of the sleep session `s` (SleepSessionDto, in its key order), with its source (`d`, may be
 * missing) and stage intervals: the live stages of the session's own source starting inside its window, in
 * (start, end, stage) order, one index range scan of sleep_stages' primary key per session. The window is cut to
 * milliseconds, as when the session's bounds made the round trip through JavaScript Dates.
 */
const SLEEP_ITEM = objectSql(`s.id, ${isoSql('s.start_at')} AS start_time, ${isoSql('s.end_at')} AS end_time,
  s.zone_offset, to_char(s.local_date, 'YYYY-MM-DD') AS local_date, ${sourceJsonSql('d', 's.data_source_id')} AS source,
  s.duration_seconds, s.total_sleep_seconds AS sleep_duration_seconds, s.time_in_bed_seconds,
  s.efficiency::float8 AS efficiency_percent,
  ${objectSql(`${minutesSql('s.awake_seconds')} AS awake_minutes, ${minutesSql('s.light_seconds')} AS light_minutes,
               ${minutesSql('s.deep_seconds')} AS deep_minutes, ${minutesSql('s.rem_seconds')} AS rem_minutes,
               ${minutesSql('s.asleep_seconds')} AS asleep_minutes`)} AS stages,
  (SELECT coalesce('[' || string_agg(${objectSql(`x.stage, ${isoSql('x.start_at')} AS start_time,
                                                  ${isoSql('x.end_at')} AS end_time`)}::text,
                                     ',' ORDER BY x.start_at, x.end_at, x.stage) || ']', '[]')::json
     FROM sleep_stages x
    WHERE x.user_id = s.user_id AND x.start_at >= date_trunc('milliseconds', s.start_at)
      AND x.start_at < date_trunc('milliseconds', s.end_at) AND x.data_source_id = s.data_source_id
      AND x.deleted_at IS NULL) AS sleep_stage_intervals,
  s.is_nap, s.is_primary`);

/** Workouts and sleep sessions (normalization's tables) as events: reads, plus the tombstone of one workout. */
@Injectable()
export class EventsRepository {
  constructor(
    private readonly db: Transactions,
    private readonly reads: ReadDatabase,
  ) {}

  /** Workouts starting in [from, to), newest first (`prev` pages walk toward newer ones). */
  async workoutsPage(
    range: EventRange,
    types: string[] | null,
    cursor: { direction: Direction; key: WorkoutKey } | null,
  ): Promise<WorkoutRowView[]> {
    // Newest first: "next" walks down the index, "prev" walks up.
    const back = cursor?.direction === 'prev';
    const params: unknown[] = [range.userId, range.from.toISOString(), range.to.toISOString(), types];
    let keyset = '';
    if (cursor) {
      params.push(...cursor.key);
      keyset = `AND w.start_at ${back ? '>=' : '<='} $5::timestamptz
                AND (w.start_at, w.data_source_id, w.end_at) ${back ? '>' : '<'} ($5::timestamptz, $6::uuid, $7::timestamptz)`;
    }
    params.push(range.limit + 1);
    const dir = back ? 'ASC' : 'DESC';
    return this.reads.manager.query(
      `SELECT ${WORKOUT_COLUMNS}
         FROM workouts w
        WHERE w.user_id = $1 AND w.start_at >= $2 AND w.start_at < $3 AND w.deleted_at IS NULL
          AND ($4::varchar[] IS NULL OR w.activity_type = ANY($4::varchar[])) ${keyset}
        ORDER BY w.start_at ${dir}, w.data_source_id ${dir}, w.end_at ${dir}
        LIMIT $${params.length}`,
      params,
    );
  }

  async workout(userId: string, workoutId: string): Promise<WorkoutDetailRow | null> {
    const rows: WorkoutDetailRow[] = await this.reads.manager.query(
      `SELECT ${WORKOUT_COLUMNS}, w.other_values, w.route, w.laps, w.segments, w.samples, w.record_id
         FROM workouts w WHERE w.user_id = $1 AND w.id = $2 AND w.deleted_at IS NULL`,
      [userId, workoutId],
    );
    return rows[0] ?? null;
  }

  /**
   * Heart rate of the workout's own source inside each workout window, for workouts whose statistics lack it (the
   * peer's fallback). One statement for the whole page, each window an index range scan.
   */
  async heartRateInWindows(
    userId: string,
    windows: Array<{ id: string; dataSourceId: string; start: Date; end: Date }>,
  ): Promise<Map<string, { avg: number; max: number; min: number }>> {
    if (windows.length === 0) return new Map();
    const rows: Array<{ id: string; avg: number; max: number; min: number }> = await this.reads.manager.query(
      `SELECT w.id, hr.avg, hr.max, hr.min
         FROM unnest($2::uuid[], $3::uuid[], $4::timestamptz[], $5::timestamptz[]) AS w(id, data_source_id, lo, hi)
        CROSS JOIN LATERAL (SELECT avg(s.value) AS avg, max(s.value) AS max, min(s.value) AS min
                              FROM samples s
                             WHERE s.user_id = $1 AND s.metric = 'heart_rate' AND s.start_at >= w.lo
                               AND s.start_at <= w.hi AND s.data_source_id = w.data_source_id
                               AND s.deleted_at IS NULL) hr
        WHERE hr.avg IS NOT NULL`,
      [
        userId,
        windows.map((w) => w.id),
        windows.map((w) => w.dataSourceId),
        windows.map((w) => w.start.toISOString()),
        windows.map((w) => w.end.toISOString()),
      ],
    );
    return new Map(rows.map((r) => [r.id, { avg: r.avg, max: r.max, min: r.min }]));
  }

  /** Tombstones one live workout, the way normalization marks deletions. */
  async tombstoneWorkout(userId: string, workoutId: string): Promise<boolean> {
    const rows = await queryReturning<{ id: string }>(
      this.db.manager,
      `UPDATE workouts SET deleted_at = now(), updated_at = now()
        WHERE user_id = $1 AND id = $2 AND deleted_at IS NULL RETURNING id`,
      [userId, workoutId],
    );
    return rows.length > 0;
  }

  /**
   * Sleep sessions starting in [from, to), newest first, as response items. With a priority order, only the sessions
   * of each night's highest-ranked source with a primary session are kept (the peer's filter_by_priority). One
   * statement: the page is cut first, then each of its sessions gets its source and stage intervals.
   */
  async sleepPage(
    range: EventRange,
    filter: { nap: boolean | null; priority: PriorityOrder | null },
    cursor: { direction: Direction; key: SleepKey } | null,
  ): Promise<SleepItemRow[]> {
    const back = cursor?.direction === 'prev';
    const params: unknown[] = [range.userId, range.from.toISOString(), range.to.toISOString(), filter.nap];
    let keyset = '';
    if (cursor) {
      params.push(...cursor.key);
      keyset = `AND s.start_at ${back ? '>=' : '<='} $5::timestamptz
                AND (s.start_at, s.id) ${back ? '>' : '<'} ($5::timestamptz, $6::uuid)`;
    }
    let ranks = '';
    let winner = '';
    if (filter.priority) {
      params.push(filter.priority.deviceTypes, filter.priority.providers);
      const n = params.length;
      ranks = `ranks AS (${sourceRanksSql('$1', `$${n - 1}`, `$${n}`)}),`;
      // Nights never span more than two days: the probe stays a short range scan of (user_id, start_at).
      winner = `AND s.data_source_id = (
                  SELECT s2.data_source_id FROM sleep_sessions s2 JOIN ranks r ON r.id = s2.data_source_id
                   WHERE s2.user_id = $1 AND s2.local_date = s.local_date AND s2.is_primary
                     AND s2.start_at > s.start_at - interval '2 days' AND s2.start_at < s.start_at + interval '2 days'
                   ORDER BY r.rank LIMIT 1)`;
    }
    params.push(range.limit + 1);
    const dir = back ? 'ASC' : 'DESC';
    return this.reads.manager.query(
      `WITH ${ranks} page AS (
         SELECT s.*, s.start_at::text AS k_start
           FROM sleep_sessions s
          WHERE s.user_id = $1 AND s.start_at >= $2 AND s.start_at < $3
            AND ($4::boolean IS NULL OR s.is_nap = $4::boolean) ${keyset} ${winner}
          ORDER BY s.start_at ${dir}, s.id ${dir}
          LIMIT $${params.length})
       SELECT ${SLEEP_ITEM}::text AS item, s.id, s.k_start
         FROM page s LEFT JOIN data_sources d ON d.user_id = s.user_id AND d.id = s.data_source_id
        ORDER BY s.start_at ${dir}, s.id ${dir}`,
      params,
    );
  }

  /** One sleep session as its response item (see sleepPage), or null. */
  async sleepItem(userId: string, sessionId: string): Promise<string | null> {
    const rows: Array<{ item: string }> = await this.reads.manager.query(
      `SELECT ${SLEEP_ITEM}::text AS item
         FROM sleep_sessions s LEFT JOIN data_sources d ON d.user_id = s.user_id AND d.id = s.data_source_id
        WHERE s.user_id = $1 AND s.id = $2`,
      [userId, sessionId],
    );
    return rows[0]?.item ?? null;
  }

  /** A session none of whose stages is live any more (a stale derived row): nothing to rebuild it from. */
  async dropSession(userId: string, sessionId: string): Promise<void> {
    await this.db.manager.query(`DELETE FROM sleep_sessions WHERE user_id = $1 AND id = $2`, [
      userId,
      sessionId,
    ]);
  }

  async sleepSession(userId: string, sessionId: string): Promise<SleepRowView | null> {
    const rows: SleepRowView[] = await this.reads.manager.query(
      `SELECT ${SLEEP_COLUMNS} FROM sleep_sessions s WHERE s.user_id = $1 AND s.id = $2`,
      [userId, sessionId],
    );
    return rows[0] ?? null;
  }

  /** Platform ids of the live stages a session was assembled from, and whether some stage has none. */
  async sessionStageIds(
    userId: string,
    session: { dataSourceId: string; start: Date; end: Date },
  ): Promise<{ ids: string[]; anonymous: number }> {
    const rows: Array<{ ids: string[] | null; anonymous: string }> = await this.reads.manager.query(
      `SELECT array_agg(DISTINCT record_id) FILTER (WHERE record_id IS NOT NULL) AS ids,
              count(*) FILTER (WHERE record_id IS NULL) AS anonymous
         FROM sleep_stages
        WHERE user_id = $1 AND data_source_id = $2 AND start_at >= $3 AND start_at < $4 AND deleted_at IS NULL`,
      [userId, session.dataSourceId, session.start.toISOString(), session.end.toISOString()],
    );
    return { ids: rows[0]?.ids ?? [], anonymous: Number(rows[0]?.anonymous ?? 0) };
  }

  /**
   * Stages without a platform id cannot go through normalization's deletion by id: tombstone them here, the same
   * way (deleted_at), and drop the session they formed, which a rebuild from the remaining stages would not produce.
   */
  async tombstoneAnonymousStages(
    userId: string,
    session: { id: string; dataSourceId: string; start: Date; end: Date },
  ) {
    await this.db.manager.query(
      `UPDATE sleep_stages SET deleted_at = now()
        WHERE user_id = $1 AND data_source_id = $2 AND start_at >= $3 AND start_at < $4 AND deleted_at IS NULL
          AND record_id IS NULL`,
      [userId, session.dataSourceId, session.start.toISOString(), session.end.toISOString()],
    );
    await this.db.manager.query(`DELETE FROM sleep_sessions WHERE user_id = $1 AND id = $2`, [
      userId,
      session.id,
    ]);
  }
}
