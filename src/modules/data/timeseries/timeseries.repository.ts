import { Injectable } from '@nestjs/common';
import { ReadDatabase } from '../../../database/read-database.js';
import type { Direction } from '../cursor.js';

/** Keyset of a raw sample in read order: start, metric, data source, end (timestamps as Postgres text, exact to µs). */
export type RawKey = [start: string, metric: string, dataSourceId: string, end: string];
/** Keyset of a bucket: local (or UTC) wall-clock bucket start, metric, data source. */
export type BucketKey = [bucket: string, metric: string, dataSourceId: string];

/** A raw sample, compact: timestamps as text only (no Date per sample), UTC wall clock for the response. */
export interface RawSampleRow {
  metric: string;
  data_source_id: string;
  value: number;
  unit: string;
  category: string | null;
  zone_offset: string | null;
  /** `timestamp` text of start_at / end_at in UTC (`YYYY-MM-DD HH:MM:SS[.ffffff]`). */
  utc_start: string;
  utc_end: string;
  k_start: string;
  k_end: string;
}

export interface BucketRow {
  bucket: string;
  metric: string;
  data_source_id: string;
  n: string;
  total: number;
  mean: number;
  low: number;
  high: number;
  /** Seconds east of UTC at the bucket's first and last sample (local alignment only). */
  first_off: number | null;
  last_off: number | null;
}

export interface BucketRequest {
  userId: string;
  /** Metrics averaged (instant samples), summed with pro-rating (interval quantities) and counted (categories). */
  avgMetrics: string[];
  sumMetrics: string[];
  countMetrics: string[];
  from: Date;
  to: Date;
  seconds: number;
  /** null: align on UTC; else the offset for records without one (±HH:MM) and align on local time. */
  localFallback: string | null;
  cursor: { direction: Direction; key: BucketKey } | null;
  limit: number;
}

/** Maximum distance of a local wall clock from UTC (UTC+14 / UTC−12): bounds the scan around a local bucket. */
const MAX_OFFSET_MS = 14 * 3_600_000;
/** Longest interval sample a bucket is guaranteed to see whole across page windows. */
const MAX_INTERVAL_MS = 86_400_000;

/** Time-series reads over normalization's samples table; every query is a range scan of its primary key. */
@Injectable()
export class TimeseriesRepository {
  constructor(private readonly db: ReadDatabase) {}

  /**
   * One page of raw samples in (start, metric, source, end) order. One ordered index scan per metric (LATERAL, each
   * stopping after `limit + 1` rows), merged: a page costs O(limit × metrics), not O(rows in range).
   */
  async rawPage(
    userId: string,
    metrics: string[],
    from: Date,
    to: Date,
    cursor: { direction: Direction; key: RawKey } | null,
    limit: number,
  ): Promise<RawSampleRow[]> {
    const back = cursor?.direction === 'prev';
    const cmp = back ? '<' : '>';
    const dir = back ? 'DESC' : 'ASC';
    const keyset = cursor
      ? `AND s.start_at ${back ? '<=' : '>='} $5::timestamptz
         AND (s.start_at, m.metric, s.data_source_id, s.end_at) ${cmp} ($5::timestamptz, $6::varchar, $7::uuid, $8::timestamptz)`
      : '';
    const params: unknown[] = [userId, metrics, from.toISOString(), to.toISOString()];
    if (cursor) params.push(...cursor.key);
    params.push(limit + 1);
    const limitParam = `$${params.length}`;
    return this.db.manager.query(
      `SELECT m.metric, x.data_source_id, x.value, x.unit, x.category, x.zone_offset,
              (x.start_at AT TIME ZONE 'UTC')::text AS utc_start, (x.end_at AT TIME ZONE 'UTC')::text AS utc_end,
              x.start_at::text AS k_start, x.end_at::text AS k_end
         FROM unnest($2::varchar[]) AS m(metric)
        CROSS JOIN LATERAL (
              SELECT s.start_at, s.end_at, s.data_source_id, s.value, s.unit, s.category, s.zone_offset
                FROM samples s
               WHERE s.user_id = $1 AND s.metric = m.metric AND s.start_at >= $3 AND s.start_at < $4
                 AND s.deleted_at IS NULL ${keyset}
               ORDER BY s.start_at ${dir}, s.data_source_id ${dir}, s.end_at ${dir}
               LIMIT ${limitParam}) x
        ORDER BY x.start_at ${dir}, m.metric ${dir}, x.data_source_id ${dir}, x.end_at ${dir}
        LIMIT ${limitParam}`,
      params,
    );
  }

  /**
   * One page of buckets, one per (bucket, metric, data source): sources are never mixed, so a bucket of steps is
   * never a phone + watch double count. The sample scan covers a window only as wide as the page can need (so paging
   * through a year of 1-minute buckets does not re-aggregate the rest of the year per page); a bucket cut by the
   * window's edge is not returned from that window but from the next one, which overlaps it.
   */
  async bucketPage(req: BucketRequest): Promise<BucketRow[]> {
    const back = req.cursor?.direction === 'prev';
    const step = req.seconds * 1000;
    const margin = req.localFallback !== null ? MAX_OFFSET_MS : 0;
    // Interval samples reach into later buckets: a bucket's parts may come from samples started up to a day before.
    const reach = margin + (req.sumMetrics.length > 0 ? MAX_INTERVAL_MS : 0);
    const from = req.from.getTime();
    const to = req.to.getTime();
    const wallMs = (bucket: string) => Date.parse(`${bucket.replace(' ', 'T')}Z`);
    let key = req.cursor?.key ?? null;
    let span = (req.limit + 1) * step + margin + reach + step;
    // The window's leading edge: where the next scan starts (forward) or ends (backward).
    let edge = key ? (back ? wallMs(key[0]) + step + margin : wallMs(key[0]) - reach) : back ? to : from;
    const out: BucketRow[] = [];
    // After a window that was read to its end without a cut, nothing behind the next window's trailing edge (below
    // it going forward, above it going back) is left unreturned: every bucket fed from there was already returned
    // and the keyset skips it. Without this, each window after an uncut one refused its first buckets as
    // "possibly incomplete" and moved on, so a sparse range (a week, one day of data) came back empty.
    let trailingClear = false;
    while (out.length <= req.limit) {
      const lo = back ? Math.max(from, edge - span) : Math.max(from, edge);
      const hi = back ? Math.min(to, edge) : Math.min(to, edge + span);
      if (hi <= lo) break;
      const rows = await this.bucketQuery(req, lo, hi, key, req.limit + 1 - out.length);
      let cut = false;
      for (const row of rows) {
        const at = wallMs(row.bucket);
        const lowerComplete = at - reach >= lo || lo <= from || (!back && trailingClear);
        const upperComplete = at + step + margin <= hi || hi >= to || (back && trailingClear);
        const complete = lowerComplete && upperComplete;
        if (!complete) {
          cut = true;
          break;
        }
        out.push(row);
        key = [row.bucket, row.metric, row.data_source_id];
      }
      if (back ? lo <= from : hi >= to) break;
      if (rows.length === 0) span *= 4;
      trailingClear = !cut;
      edge = back ? (cut ? lo + step + margin + reach : lo) : cut ? hi - step - margin - reach : hi;
    }
    return out;
  }

  private async bucketQuery(
    req: BucketRequest,
    lo: number,
    hi: number,
    key: BucketKey | null,
    limit: number,
  ): Promise<BucketRow[]> {
    const back = req.cursor?.direction === 'prev';
    const params: unknown[] = [
      req.userId,
      [...req.avgMetrics, ...req.countMetrics],
      req.sumMetrics,
      new Date(lo).toISOString(),
      new Date(hi).toISOString(),
      `${req.seconds} seconds`,
    ];
    const param = (value: unknown) => `$${params.push(value)}`;
    const step = '$6::interval';
    // UTC buckets bin the instant itself (no per-row conversion); local ones bin the local wall-clock time.
    const local = req.localFallback !== null;
    const offset = local ? `coalesce(s.zone_offset, ${param(req.localFallback)}::varchar)::interval` : '';
    const clock = (t: 'start_at' | 'end_at') =>
      local ? `((s.${t} AT TIME ZONE 'UTC') + ${offset})` : `s.${t}`;
    const bin = (expr: string) =>
      `date_bin(${step}, ${expr}, ${local ? `TIMESTAMP '1970-01-01'` : `TIMESTAMPTZ 'epoch'`})`;
    const last = `greatest(${clock('start_at')}, ${clock('end_at')} - interval '1 microsecond')`;
    const off = local ? `, ${offset} AS off` : '';
    const pairs = local
      ? `(min(ARRAY[extract(epoch FROM p.at), extract(epoch FROM p.off)]))[2]::float8 AS first_off,
         (max(ARRAY[extract(epoch FROM p.at), extract(epoch FROM p.off)]))[2]::float8 AS last_off`
      : `NULL::float8 AS first_off, NULL::float8 AS last_off`;
    // Cursors and output carry the bucket as a wall-clock timestamp (UTC's for UTC buckets).
    const bucketOut = local ? 'b.bucket' : `(b.bucket AT TIME ZONE 'UTC')`;
    let keyset = '';
    if (key) {
      keyset = `WHERE (${bucketOut}, b.metric, b.data_source_id) ${back ? '<' : '>'} (${param(key[0])}::timestamp, ${param(key[1])}::varchar, ${param(key[2])}::uuid)`;
    }
    const limitParam = param(limit);
    const dir = back ? 'DESC' : 'ASC';
    // Interval quantities are split over the buckets they span, each part pro-rated by its share of the interval.
    return this.db.manager.query(
      `WITH pieces AS (
         SELECT s.metric, s.data_source_id, ${bin(clock('start_at'))} AS bucket, s.value AS part, s.start_at AS at${off}
           FROM samples s
          WHERE s.user_id = $1 AND s.metric = ANY($2::varchar[]) AND s.start_at >= $4 AND s.start_at < $5
            AND s.deleted_at IS NULL
         UNION ALL
         SELECT s.metric, s.data_source_id, g.bucket,
                CASE WHEN s.end_at > s.start_at
                     THEN s.value * extract(epoch FROM least(${clock('end_at')}, g.bucket + ${step})
                                                       - greatest(${clock('start_at')}, g.bucket))
                                  / extract(epoch FROM s.end_at - s.start_at)
                     ELSE s.value END,
                s.start_at${local ? `, ${offset}` : ''}
           FROM samples s
          CROSS JOIN LATERAL generate_series(${bin(clock('start_at'))}, ${bin(last)}, ${step}) AS g(bucket)
          WHERE s.user_id = $1 AND s.metric = ANY($3::varchar[]) AND s.start_at >= $4 AND s.start_at < $5
            AND s.deleted_at IS NULL),
       b AS (
         SELECT p.bucket, p.metric, p.data_source_id, count(*) AS n, sum(p.part) AS total, avg(p.part) AS mean,
                min(p.part) AS low, max(p.part) AS high, ${pairs}
           FROM pieces p
          GROUP BY p.bucket, p.metric, p.data_source_id)
       SELECT ${bucketOut}::text AS bucket, b.metric, b.data_source_id, b.n, b.total, b.mean, b.low, b.high,
              b.first_off, b.last_off
         FROM b ${keyset}
        ORDER BY b.bucket ${dir}, b.metric ${dir}, b.data_source_id ${dir}
        LIMIT ${limitParam}`,
      params,
    );
  }
}
