import { Injectable } from '@nestjs/common';
import { ReadDatabase } from '../../../database/read-database.js';
import type { SleepSessionColumns } from '../events/events.repository.js';
import { type PriorityOrder, sourceRanksSql } from '../source-priority/priority.js';

/** Width of the time slices in which one source wins: every real UTC offset is a multiple of it, so a UTC-aligned
 * slice never straddles a local midnight. */
export const SLICE_MINUTES = 15;

export interface DayWindow {
  /** First and last local day, inclusive (YYYY-MM-DD). */
  firstDay: string;
  lastDay: string;
  /** UTC scan bounds wide enough for every offset (and for interval samples reaching into the first day). */
  from: Date;
  to: Date;
  /** Offset for records without one (the user's last known, else +00:00). */
  fallbackOffset: string;
}

export interface ContributionRow {
  local_date: string;
  key: string;
  data_source_id: string;
  value: number;
  /** Seconds east of UTC most of the counted slices had. */
  off_seconds: number;
}

export interface HeartRateDayRow {
  local_date: string;
  avg: number;
  min: number;
  max: number;
  n: string;
}

export interface SleepSessionRow extends SleepSessionColumns {
  rank: string;
}

export interface WindowAggregateRow {
  tag: string;
  metric: string;
  avg: number | null;
  min: number | null;
  n: string;
}

export interface BodyRow {
  local_date: string;
  metric: string;
  data_source_id: string;
  avg: number;
  min: number;
  max: number;
  n: string;
  latest: number;
  latest_at: Date;
}

/** The local day of a row: its own offset, else the fallback. `$off` is the fallback's placeholder. */
const localDay = (at: string, off: string) =>
  `((${at} AT TIME ZONE 'UTC') + coalesce(s.zone_offset, ${off})::interval)::date`;

/** Daily summaries over normalization's tables; every scan is a primary-key or (user_id, start_at) range. */
@Injectable()
export class SummariesRepository {
  constructor(private readonly db: ReadDatabase) {}

  /**
   * Per local day, metric group and source: what that source contributed after priority resolution. Each sample is
   * split into 15-minute UTC slices (interval quantities pro-rated by overlap); in each slice of each group only the
   * best-ranked source that has data counts, so a phone and a watch worn together never add up, and the phone still
   * counts in the slices the watch has nothing for (off the wrist, charging).
   */
  async activityContributions(
    userId: string,
    groups: Array<{ metric: string; key: string }>,
    window: DayWindow,
    order: PriorityOrder,
  ): Promise<ContributionRow[]> {
    return this.db.manager.query(
      `WITH ranks AS (${sourceRanksSql('$1', '$4', '$5')}),
       keys AS (SELECT * FROM unnest($2::varchar[], $3::varchar[]) AS k(metric, key)),
       -- Materialized: generate_series counts as 1,000 rows a sample to the planner, which then sorts and scans in
       -- parallel workers whose start-up costs more than the few thousand real pieces.
       pieces AS MATERIALIZED (
         SELECT k.key, s.data_source_id, coalesce(s.zone_offset, $8)::interval AS off, g.slice,
                CASE WHEN s.end_at > s.start_at
                     THEN s.value * extract(epoch FROM least(s.end_at, g.slice + interval '${SLICE_MINUTES} minutes')
                                                       - greatest(s.start_at, g.slice))
                                  / extract(epoch FROM s.end_at - s.start_at)
                     ELSE s.value END AS part
           FROM samples s JOIN keys k ON k.metric = s.metric
          CROSS JOIN LATERAL generate_series(
                date_bin(interval '${SLICE_MINUTES} minutes', s.start_at, TIMESTAMPTZ 'epoch'),
                date_bin(interval '${SLICE_MINUTES} minutes', greatest(s.start_at, s.end_at - interval '1 microsecond'),
                         TIMESTAMPTZ 'epoch'),
                interval '${SLICE_MINUTES} minutes') AS g(slice)
          WHERE s.user_id = $1 AND s.metric = ANY($2::varchar[]) AND s.start_at >= $6 AND s.start_at < $7
            AND s.deleted_at IS NULL),
       ranked AS (
         SELECT p.key, p.data_source_id, p.part, p.off, r.rank,
                ((p.slice AT TIME ZONE 'UTC') + p.off)::date AS local_date,
                min(r.rank) OVER (PARTITION BY p.key, p.slice) AS best
           FROM pieces p JOIN ranks r ON r.id = p.data_source_id)
       SELECT to_char(local_date, 'YYYY-MM-DD') AS local_date, key, data_source_id, sum(part) AS value,
              extract(epoch FROM mode() WITHIN GROUP (ORDER BY off))::float8 AS off_seconds
         FROM ranked
        WHERE rank = best AND local_date BETWEEN $9::date AND $10::date
        GROUP BY local_date, key, data_source_id`,
      [
        userId,
        groups.map((g) => g.metric),
        groups.map((g) => g.key),
        order.deviceTypes,
        order.providers,
        window.from.toISOString(),
        window.to.toISOString(),
        window.fallbackOffset,
        window.firstDay,
        window.lastDay,
      ],
    );
  }

  /**
   * Heart rate of each local day, all sources (an average is not inflated by a second device). The day filter stays
   * outside the aggregation (a materialized CTE): pushed down into the scan it would convert every sample's offset
   * to an interval three times instead of once.
   */
  async heartRateByDay(userId: string, window: DayWindow): Promise<HeartRateDayRow[]> {
    return this.db.manager.query(
      `WITH days AS MATERIALIZED (
         SELECT ${localDay('s.start_at', '$4')} AS d, avg(s.value) AS avg, min(s.value) AS min, max(s.value) AS max,
                count(*) AS n
           FROM samples s
          WHERE s.user_id = $1 AND s.metric = 'heart_rate' AND s.start_at >= $2 AND s.start_at < $3
            AND s.deleted_at IS NULL
          GROUP BY 1)
       SELECT to_char(d, 'YYYY-MM-DD') AS local_date, avg, min, max, n FROM days
        WHERE d BETWEEN $5::date AND $6::date`,
      [
        userId,
        window.from.toISOString(),
        window.to.toISOString(),
        window.fallbackOffset,
        window.firstDay,
        window.lastDay,
      ],
    );
  }

  /** Sleep sessions of the local days (normalization stores each session's wake-up day), ranked by source. */
  async sleepSessions(userId: string, window: DayWindow, order: PriorityOrder): Promise<SleepSessionRow[]> {
    return this.db.manager.query(
      `WITH ranks AS (${sourceRanksSql('$1', '$4', '$5')})
       SELECT s.id, s.data_source_id, r.rank, s.start_at, s.end_at, s.zone_offset,
              to_char(s.local_date, 'YYYY-MM-DD') AS local_date, s.duration_seconds, s.time_in_bed_seconds,
              s.total_sleep_seconds, s.awake_seconds, s.light_seconds, s.deep_seconds, s.rem_seconds,
              s.asleep_seconds, s.is_nap, s.is_primary
         FROM sleep_sessions s JOIN ranks r ON r.id = s.data_source_id
        WHERE s.user_id = $1 AND s.start_at >= $2::timestamptz - interval '2 days' AND s.start_at < $3
          AND s.local_date BETWEEN $6::date AND $7::date
        ORDER BY s.local_date, s.start_at`,
      [
        userId,
        window.from.toISOString(),
        window.to.toISOString(),
        order.deviceTypes,
        order.providers,
        window.firstDay,
        window.lastDay,
      ],
    );
  }

  /** Average and minimum of metrics inside tagged windows; one statement, each (window, metric) an index range. */
  async windowAggregates(
    userId: string,
    windows: Array<{ tag: string; metric: string; from: Date; to: Date }>,
  ): Promise<WindowAggregateRow[]> {
    if (windows.length === 0) return [];
    return this.db.manager.query(
      `SELECT w.tag, w.metric, a.avg, a.min, a.n
         FROM unnest($2::varchar[], $3::varchar[], $4::timestamptz[], $5::timestamptz[]) AS w(tag, metric, lo, hi)
        CROSS JOIN LATERAL (SELECT avg(s.value) AS avg, min(s.value) AS min, count(*) AS n FROM samples s
                             WHERE s.user_id = $1 AND s.metric = w.metric AND s.start_at >= w.lo AND s.start_at < w.hi
                               AND s.deleted_at IS NULL) a
        WHERE a.n > 0`,
      [
        userId,
        windows.map((w) => w.tag),
        windows.map((w) => w.metric),
        windows.map((w) => w.from.toISOString()),
        windows.map((w) => w.to.toISOString()),
      ],
    );
  }

  /** Per local day and body metric, the best-ranked source's readings: average, range, latest. */
  async bodyByDay(
    userId: string,
    metrics: string[],
    window: DayWindow,
    order: PriorityOrder,
  ): Promise<BodyRow[]> {
    return this.db.manager.query(
      `WITH ranks AS (${sourceRanksSql('$1', '$5', '$6')}),
       days AS (
         SELECT s.metric, s.data_source_id, s.start_at, s.value, ${localDay('s.start_at', '$7')} AS d, r.rank,
                min(r.rank) OVER (PARTITION BY s.metric, ${localDay('s.start_at', '$7')}) AS best
           FROM samples s JOIN ranks r ON r.id = s.data_source_id
          WHERE s.user_id = $1 AND s.metric = ANY($2::varchar[]) AND s.start_at >= $3 AND s.start_at < $4
            AND s.deleted_at IS NULL)
       SELECT to_char(d, 'YYYY-MM-DD') AS local_date, metric, data_source_id, avg(value) AS avg, min(value) AS min,
              max(value) AS max, count(*) AS n, (array_agg(value ORDER BY start_at DESC))[1] AS latest,
              max(start_at) AS latest_at
         FROM days
        WHERE rank = best AND d BETWEEN $8::date AND $9::date
        GROUP BY d, metric, data_source_id`,
      [
        userId,
        metrics,
        window.from.toISOString(),
        window.to.toISOString(),
        order.deviceTypes,
        order.providers,
        window.fallbackOffset,
        window.firstDay,
        window.lastDay,
      ],
    );
  }
}
