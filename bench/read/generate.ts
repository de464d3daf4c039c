import type pg from 'pg';

/** The benchmark year: 2025 in UTC+01:00 (a fixed offset keeps the SQL baselines simple to state). */
export const YEAR_START = '2025-01-01T00:00:00Z';
export const YEAR_END = '2026-01-01T00:00:00Z';
export const OFFSET = '+01:00';

export interface GeneratedUser {
  watchId: string;
  phoneId: string;
  rows: Record<string, number>;
}

/**
 * One user's year, generated inside PostgreSQL (set-based, seconds not minutes): minute-level heart rate from the
 * watch, 15-minute step buckets from the watch (08–20 h) and the phone (all day), a workout every other day, and a
 * night of sleep with stages every day. Written straight into normalization's tables, as its upserts would leave them.
 */
export async function generateUser(db: pg.Pool, userId: string): Promise<GeneratedUser> {
  const source = async (deviceType: string, model: string) =>
    (
      await db.query(
        `INSERT INTO data_sources (user_id, provider, source_key, device_type, app_name, device_model)
         VALUES ($1, 'apple', $2, $3, 'Health', $4) RETURNING id`,
        [userId, `bench-${deviceType}`, deviceType, model],
      )
    ).rows[0].id as string;
  const watchId = await source('watch', 'Watch7,5');
  const phoneId = await source('phone', 'iPhone15,2');
  const batch = '00000000-0000-4000-8000-000000000001';
  const params = [userId, watchId, phoneId, YEAR_START, YEAR_END, OFFSET, batch];
  // Every statement gets all seven parameters; this unused CTE gives each its type.
  const typed = `WITH p AS (SELECT $1::uuid, $2::uuid, $3::uuid, $4::timestamptz, $5::timestamptz, $6::varchar, $7::uuid)`;

  await db.query(
    `${typed} INSERT INTO samples (user_id, metric, start_at, data_source_id, end_at, value, unit, zone_offset, vendor_type, batch_id)
     SELECT $1, 'heart_rate', t, $2, t, 55 + 30 * abs(sin(extract(epoch FROM t) / 5000)) + (random() * 10)::int, 'bpm', $6,
            'HKQuantityTypeIdentifierHeartRate', $7
       FROM generate_series($4::timestamptz, $5::timestamptz - interval '1 minute', interval '1 minute') AS t`,
    params,
  );
  await db.query(
    `${typed} INSERT INTO samples (user_id, metric, start_at, data_source_id, end_at, value, unit, zone_offset, vendor_type, batch_id)
     SELECT $1, 'steps', t, src, t + interval '15 minutes', (random() * 400)::int, 'count', $6,
            'HKQuantityTypeIdentifierStepCount', $7
       FROM generate_series($4::timestamptz, $5::timestamptz - interval '15 minutes', interval '15 minutes') AS t
      CROSS JOIN LATERAL (VALUES ($2::uuid), ($3::uuid)) AS s(src)
      -- The watch is worn 08:00–20:00 local; the phone reports all day.
      WHERE src = $3::uuid OR extract(hour FROM t + $6::interval) BETWEEN 8 AND 19`,
    params,
  );
  await db.query(
    `${typed} INSERT INTO workouts (user_id, data_source_id, start_at, end_at, zone_offset, activity_type, vendor_type,
                           statistics, batch_id)
     SELECT $1, $2, t, t + interval '45 minutes', $6, 'running', 'running',
            jsonb_build_object('duration', 2700, 'distance', 7000 + (random() * 3000)::int, 'active_energy', 450,
                               'heart_rate_avg', 150, 'heart_rate_max', 178), $7
       FROM generate_series($4::timestamptz + interval '17 hours', $5::timestamptz - interval '1 day', interval '2 days') AS t`,
    params,
  );
  // Nights 22:00–06:00 local: eight stage intervals, and the session normalization would assemble from them.
  await db.query(
    `${typed}, nights AS (
       SELECT n FROM generate_series($4::timestamptz + interval '21 hours', $5::timestamptz - interval '1 day', interval '1 day') AS n)
     INSERT INTO sleep_stages (user_id, start_at, data_source_id, end_at, stage, zone_offset, record_id, vendor_type, batch_id)
     SELECT $1, n + (i * interval '1 hour'), $2, n + ((i + 1) * interval '1 hour'),
            (ARRAY['light', 'deep', 'light', 'rem', 'awake', 'light', 'deep', 'rem'])[i + 1], $6,
            'stage-' || extract(epoch FROM n)::bigint || '-' || i, 'HKCategoryValueSleepAnalysis', $7
       FROM nights CROSS JOIN generate_series(0, 7) AS i`,
    params,
  );
  await db.query(
    `${typed} INSERT INTO sleep_sessions (user_id, data_source_id, session_key, start_at, end_at, zone_offset, local_date,
                                 duration_seconds, time_in_bed_seconds, total_sleep_seconds, awake_seconds,
                                 light_seconds, deep_seconds, rem_seconds, asleep_seconds, in_bed_seconds,
                                 unknown_seconds, efficiency, stage_count, batch_id)
     SELECT $1, $2, n::text, n, n + interval '8 hours', $6, ((n + interval '8 hours') AT TIME ZONE 'UTC' + $6::interval)::date,
            28800, 28800, 25200, 3600, 10800, 7200, 7200, 0, 0, 0, 87.5, 8, $7
       FROM generate_series($4::timestamptz + interval '21 hours', $5::timestamptz - interval '1 day', interval '1 day') AS n`,
    params,
  );
  await db.query('ANALYZE samples, workouts, sleep_stages, sleep_sessions, data_sources');
  const counts = await db.query(
    `SELECT 'samples' AS t, count(*)::int AS n FROM samples WHERE user_id = $1
     UNION ALL SELECT 'workouts', count(*)::int FROM workouts WHERE user_id = $1
     UNION ALL SELECT 'sleep_stages', count(*)::int FROM sleep_stages WHERE user_id = $1
     UNION ALL SELECT 'sleep_sessions', count(*)::int FROM sleep_sessions WHERE user_id = $1`,
    [userId],
  );
  return { watchId, phoneId, rows: Object.fromEntries(counts.rows.map((r) => [r.t, r.n])) };
}
