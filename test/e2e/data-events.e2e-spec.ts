import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { seedTenant, seedUser, type SeededApplication } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';
import { at, insertSamples, insertSource, type SampleFixture } from './data-fixtures.js';
import { sdkFixture } from '../fixtures/sdk-fixtures.js';
import { hcStage, normalize } from './normalization-helpers.js';

type Item = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const payloadFile = (file: string) => sdkFixture<Item>(file);

describe('Read API: events, sync status, export and erase', () => {
  let t: TestApp;
  let app: SeededApplication;
  beforeAll(async () => {
    t = await startTestApp();
    ({ app } = await seedTenant(t));
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (url: string) => t.http.get(url).set(app.auth);

  /** One user with the constructed Health Connect and iOS payloads pushed through the real sync endpoint. */
  async function syncedUser(): Promise<string> {
    const userId = await seedUser(t, app);
    for (const file of ['health-connect-0.11-sync.json', 'ios-0.13-sync.json'])
      await t.http.post(`/api/v1/sdk/users/${userId}/sync`).set(app.auth).send(payloadFile(file)).expect(202);
    return userId;
  }

  describe('workouts', () => {
    it('lists, details and deletes a workout in the peer’s shape', async () => {
      const userId = await syncedUser();
      const list = (
        await get(`/api/v1/users/${userId}/events/workouts?start_date=2026-04-01&end_date=2026-05-01`).expect(
          200,
        )
      ).body;
      expect(list.data).toHaveLength(2);
      const workout = list.data[0];
      expect(workout).toMatchObject({
        type: expect.any(String),
        start_time: expect.any(String),
        duration_seconds: expect.any(Number),
      });
      expect(workout.source).toMatchObject({
        provider: expect.any(String),
        data_source_id: expect.any(String),
      });
      expect(list.pagination).toEqual({ next_cursor: null, previous_cursor: null, has_more: false });

      const detail = (await get(`/api/v1/users/${userId}/events/workouts/${workout.id}`).expect(200)).body;
      expect(detail.id).toBe(workout.id);
      expect(Array.isArray(detail.statistics)).toBe(true);
      for (const s of detail.statistics) expect(s).toHaveProperty('unit');

      const filtered = (
        await get(
          `/api/v1/users/${userId}/events/workouts?start_date=2026-04-01&end_date=2026-05-01&type=cycling`,
        ).expect(200)
      ).body;
      expect(filtered.data.every((w: Item) => w.type === 'cycling')).toBe(true);

      await t.http.delete(`/api/v1/users/${userId}/events/workouts/${workout.id}`).set(app.auth).expect(204);
      await t.http.delete(`/api/v1/users/${userId}/events/workouts/${workout.id}`).set(app.auth).expect(404);
      await get(`/api/v1/users/${userId}/events/workouts/${workout.id}`).expect(404);
      const after = (
        await get(`/api/v1/users/${userId}/events/workouts?start_date=2026-04-01&end_date=2026-05-01`).expect(
          200,
        )
      ).body;
      expect(after.data.map((w: Item) => w.id)).not.toContain(workout.id);
      const { rows } = await t.db.query(`SELECT deleted_at FROM workouts WHERE user_id = $1 AND id = $2`, [
        userId,
        workout.id,
      ]);
      expect(rows[0].deleted_at).not.toBeNull();
    });

    it('pages workouts newest first without loss or repeats', async () => {
      const userId = await seedUser(t, app);
      const watch = await insertSource(t, userId, { provider: 'apple', deviceType: 'watch' });
      const starts = Array.from({ length: 23 }, (_, i) => at('2026-03-01T06:00:00Z', i * 720));
      await t.db.query(
        `INSERT INTO workouts (user_id, data_source_id, start_at, end_at, activity_type, vendor_type, statistics, batch_id)
         SELECT $1, $2, s, s + interval '30 minutes', 'running', 'running', '{"distance": 5000, "duration": 1800}', gen_random_uuid()
           FROM unnest($3::timestamptz[]) AS s`,
        [userId, watch, starts],
      );
      const ids: string[] = [];
      let url = `/api/v1/users/${userId}/events/workouts?start_date=2026-03-01&end_date=2026-04-01&limit=5`;
      for (;;) {
        const body = (await get(url).expect(200)).body;
        ids.push(...body.data.map((w: Item) => w.id));
        if (!body.pagination.has_more) break;
        url = `/api/v1/users/${userId}/events/workouts?start_date=2026-03-01&end_date=2026-04-01&limit=5&cursor=${body.pagination.next_cursor}`;
      }
      expect(ids).toHaveLength(23);
      expect(new Set(ids).size).toBe(23);
      const first = (
        await get(
          `/api/v1/users/${userId}/events/workouts?start_date=2026-03-01&end_date=2026-04-01&limit=5`,
        ).expect(200)
      ).body;
      expect(first.data[0].start_time).toBe(new Date(starts[22]!).toISOString());
      expect(first.data[0]).toMatchObject({ distance_meters: 5000, avg_pace_sec_per_km: 360 });
    });
  });

  describe('sleep', () => {
    /** A night 22:00–06:00 UTC (+02:00) with stages, as Health Connect sends it. */
    const night = (prefix: string) => [
      hcStage(`${prefix}-s0`, prefix, 'light', '2026-04-09T22:00:00Z', '2026-04-09T23:30:00Z'),
      hcStage(`${prefix}-s1`, prefix, 'deep', '2026-04-09T23:30:00Z', '2026-04-10T01:00:00Z'),
      hcStage(`${prefix}-s2`, prefix, 'awake', '2026-04-10T01:00:00Z', '2026-04-10T01:15:00Z'),
      hcStage(`${prefix}-s3`, prefix, 'rem', '2026-04-10T01:15:00Z', '2026-04-10T06:00:00Z'),
    ];

    it('lists sessions with stage intervals, summarises the night and deletes a session', async () => {
      const userId = await seedUser(t, app);
      await normalize(t, userId, { provider: 'google', data: { sleep: night('night-a') } });
      const { rows: sources } = await t.db.query(`SELECT id FROM data_sources WHERE user_id = $1`, [userId]);
      await insertSamples(
        t,
        userId,
        Array.from({ length: 8 }, (_, i): SampleFixture => ({
          metric: 'heart_rate',
          start: at('2026-04-09T22:30:00Z', i * 60),
          value: 50 + i,
          unit: 'bpm',
          offset: '+02:00',
          sourceId: sources[0].id,
        })),
      );
      const list = (
        await get(`/api/v1/users/${userId}/events/sleep?start_date=2026-04-09&end_date=2026-04-11`).expect(
          200,
        )
      ).body;
      expect(list.data).toHaveLength(1);
      const session = list.data[0];
      expect(session).toMatchObject({ local_date: '2026-04-10', is_nap: false, duration_seconds: 8 * 3600 });
      expect(session.stages).toMatchObject({
        light_minutes: 90,
        deep_minutes: 90,
        awake_minutes: 15,
        rem_minutes: 285,
      });
      expect(session.sleep_stage_intervals.map((i: Item) => i.stage)).toEqual([
        'light',
        'deep',
        'awake',
        'rem',
      ]);
      const detail = (await get(`/api/v1/users/${userId}/events/sleep/${session.id}`).expect(200)).body;
      expect(detail.sleep_stage_intervals).toHaveLength(4);

      const summary = (
        await get(`/api/v1/users/${userId}/summaries/sleep?start_date=2026-04-10&end_date=2026-04-10`).expect(
          200,
        )
      ).body.data[0];
      expect(summary).toMatchObject({
        date: '2026-04-10',
        duration_minutes: 465,
        nap_count: 0,
        avg_heart_rate_bpm: 53.5,
        min_heart_rate_bpm: 50,
      });
      expect(summary.sources).toHaveLength(1);

      await t.http.delete(`/api/v1/users/${userId}/events/sleep/${session.id}`).set(app.auth).expect(204);
      await get(`/api/v1/users/${userId}/events/sleep/${session.id}`).expect(404);
      const empty = (
        await get(`/api/v1/users/${userId}/summaries/sleep?start_date=2026-04-10&end_date=2026-04-10`).expect(
          200,
        )
      ).body;
      expect(empty.data).toHaveLength(0);
      const { rows } = await t.db.query(
        `SELECT count(*)::int AS n FROM sleep_stages WHERE user_id = $1 AND deleted_at IS NULL`,
        [userId],
      );
      expect(rows[0].n).toBe(0);
    });
  });

  describe('sync status', () => {
    it('reports the last batch per provider, lag per metric, telemetry and the batch journal', async () => {
      const userId = await syncedUser();
      await t.http
        .post(`/api/v1/sdk/users/${userId}/logs`)
        .set(app.auth)
        .send(payloadFile('ios-0.13-logs-type-end.json'))
        .expect((r) => expect(r.status).toBeLessThan(300));
      const status = (await get(`/api/v1/users/${userId}/sync/status`).expect(200)).body;
      expect(status.last_batches.map((b: Item) => b.provider).sort()).toEqual(['apple', 'google']);
      expect(status.last_batches[0]).toMatchObject({
        status: expect.any(String),
        item_count: expect.any(Number),
      });
      expect(status.metrics.length).toBeGreaterThan(0);
      expect(status.metrics[0]).toMatchObject({
        metric: expect.any(String),
        lag_seconds: expect.any(Number),
      });
      expect(status.telemetry.length).toBeGreaterThan(0);
      const batches = (await get(`/api/v1/users/${userId}/sync/batches?limit=1`).expect(200)).body;
      expect(batches.data).toHaveLength(1);
      expect(batches.pagination.has_more).toBe(true);
      const next = (
        await get(
          `/api/v1/users/${userId}/sync/batches?limit=1&cursor=${batches.pagination.next_cursor}`,
        ).expect(200)
      ).body;
      expect(next.data[0].batch_id).not.toBe(batches.data[0].batch_id);
      expect(next.pagination.has_more).toBe(false);
      const sources = (await get(`/api/v1/users/${userId}/data-sources`).expect(200)).body;
      expect(sources.total).toBe(sources.items.length);
      expect(sources.items[0]).toMatchObject({ user_id: userId, priority_rank: 1, user_connection_id: null });
    });
  });

  describe('export and erase', () => {
    it('exports exactly what was stored, as NDJSON, and audits it', async () => {
      const userId = await syncedUser();
      const response = await get(`/api/v1/users/${userId}/export`)
        .buffer(true)
        .parse((res, done) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => done(null, text));
        });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/application\/x-ndjson/);
      const lines = (response.body as string)
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Item);
      expect(lines[0]).toMatchObject({ type: 'export', data: { user_id: userId } });
      expect(lines[1]).toMatchObject({ type: 'profile', data: { id: userId } });
      const ofType = (type: string) => lines.filter((l) => l.type === type).map((l) => l.data);

      const tables: Record<string, string> = {
        data_source: 'data_sources',
        sample: 'samples',
        raw_record: 'raw_records',
        sleep_stage: 'sleep_stages',
        sleep_session: 'sleep_sessions',
        workout: 'workouts',
        sync_batch: 'sync_batches',
        sync_log_event: 'sync_log_events',
      };
      for (const [type, table] of Object.entries(tables)) {
        const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE user_id = $1`, [
          userId,
        ]);
        expect([type, ofType(type).length]).toEqual([type, rows[0].n]);
      }
      const { rows: samples } = await t.db.query(
        `SELECT metric, start_at, end_at, value, unit, data_source_id FROM samples WHERE user_id = $1 ORDER BY metric, start_at, data_source_id, end_at`,
        [userId],
      );
      expect(samples.length).toBeGreaterThan(0);
      expect(
        ofType('sample').map((s) => [
          s.metric,
          Date.parse(s.start_at),
          Date.parse(s.end_at),
          s.value,
          s.unit,
          s.data_source_id,
        ]),
      ).toEqual(
        samples.map((s) => [
          s.metric,
          s.start_at.getTime(),
          s.end_at.getTime(),
          s.value,
          s.unit,
          s.data_source_id,
        ]),
      );
      expect(ofType('sample').every((s) => s.user_id === undefined)).toBe(true);
      const { rows: audit } = await t.db.query(
        `SELECT details FROM audit_events WHERE action = 'user.exported' AND user_id = $1`,
        [userId],
      );
      expect(audit).toHaveLength(1);
      expect(audit[0].details.rows.sample).toBe(samples.length);
    });

    it('erases every row of the user from every table, leaving only an audit event without health data', async () => {
      const userId = await syncedUser();
      const keep = await syncedUser();
      await t.http
        .put(`/api/v1/applications/${app.appId}/source-priority`)
        .set(app.auth)
        .send({ device_types: ['phone'], providers: [] })
        .expect(200);
      await t.http.delete(`/api/v1/users/${userId}`).set(app.auth).expect(204);

      // Every table with a user column, found from the catalogue so a table added later is walked too.
      const { rows: tables } = await t.db.query(
        `SELECT table_name, column_name FROM information_schema.columns
          WHERE table_schema = 'public' AND column_name IN ('user_id', 'subject_user_id')
          ORDER BY table_name`,
      );
      expect(tables.map((r) => r.table_name)).toEqual(
        expect.arrayContaining(['samples', 'workouts', 'sync_batches']),
      );
      for (const { table_name: table, column_name: column } of tables) {
        const { rows } = await t.db.query(
          `SELECT count(*)::int AS n FROM "${table}" WHERE "${column}" = $1`,
          [userId],
        );
        if (table === 'audit_events') continue;
        expect([table, rows[0].n]).toEqual([table, 0]);
      }
      const { rows: users } = await t.db.query(`SELECT count(*)::int AS n FROM users WHERE id = $1`, [
        userId,
      ]);
      expect(users[0].n).toBe(0);
      const { rows: audit } = await t.db.query(
        `SELECT action, details FROM audit_events WHERE user_id = $1`,
        [userId],
      );
      expect(audit.map((a) => a.action)).toContain('user.deleted');
      for (const a of audit) expect(JSON.stringify(a.details)).not.toMatch(/bpm|heart_rate|steps/);

      // Every per-user table cascades from users(id), or (samples: no foreign key on the hot insert path) is erased
      // by a trigger on users, so nothing can be left behind by a future table either.
      const { rows: cascades } = await t.db.query(
        `SELECT c.relname AS table_name,
                bool_or(k.confdeltype = 'c' AND k.confrelid = 'users'::regclass)
                OR EXISTS (SELECT 1 FROM pg_trigger tr JOIN pg_proc p ON p.oid = tr.tgfoid
                            WHERE tr.tgrelid = 'users'::regclass AND tr.tgenabled = 'O'
                              AND p.prosrc ~ ('DELETE FROM "' || c.relname || '"')) AS cascades
           FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'user_id'
           LEFT JOIN pg_constraint k ON k.conrelid = c.oid AND k.contype = 'f'
          WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace AND c.relname <> 'audit_events'
          GROUP BY c.relname`,
      );
      expect(cascades.map((r) => r.table_name)).toContain('samples');
      for (const row of cascades) expect([row.table_name, row.cascades]).toEqual([row.table_name, true]);
      // The other user of the same application is untouched.
      const { rows: kept } = await t.db.query(`SELECT count(*)::int AS n FROM samples WHERE user_id = $1`, [
        keep,
      ]);
      expect(kept[0].n).toBeGreaterThan(0);
      await t.http
        .put(`/api/v1/applications/${app.appId}/source-priority`)
        .set(app.auth)
        .send({ device_types: [], providers: [] })
        .expect(200);
    });
  });

  it('erases the samples of every user of an application deleted with force=true', async () => {
    const other = await seedTenant(t);
    const userIds = [await seedUser(t, other.app), await seedUser(t, other.app)];
    for (const userId of userIds)
      await t.http
        .post(`/api/v1/sdk/users/${userId}/sync`)
        .set(other.app.auth)
        .send(payloadFile('ios-0.13-sync.json'))
        .expect(202);
    const count = async () =>
      (await t.db.query('SELECT count(*)::int AS n FROM samples WHERE user_id = ANY($1)', [userIds])).rows[0]
        .n;
    expect(await count()).toBeGreaterThan(0);
    const before = (await t.db.query('SELECT count(*)::int AS n FROM samples')).rows[0].n;
    const removed = await count();
    await t.http
      .delete(`/api/v1/applications/${other.app.appId}?force=true`)
      .set(other.operator.auth)
      .expect(204);
    expect(await count()).toBe(0);
    expect((await t.db.query('SELECT count(*)::int AS n FROM samples')).rows[0].n).toBe(before - removed);
  });

  describe('query plans', () => {
    it('serves every hot read from an index (EXPLAIN with sequential scans disabled)', async () => {
      const userId = await syncedUser();
      const dataSource = t.app.get(DataSource);
      const seen: Array<{ sql: string; params: unknown[] }> = [];
      const original = dataSource.manager.query.bind(dataSource.manager);
      dataSource.manager.query = (async (sql: string, params?: unknown[]) => {
        seen.push({ sql, params: params ?? [] });
        return original(sql, params);
      }) as typeof dataSource.manager.query;
      try {
        for (const url of [
          `timeseries?start_time=2026-04-01&end_time=2026-05-01&types=heart_rate`,
          `timeseries?start_time=2026-04-01&end_time=2026-05-01&types=heart_rate,steps&resolution=1day&tz=local`,
          `summaries/activity?start_date=2026-04-01&end_date=2026-04-30`,
          `summaries/sleep?start_date=2026-04-01&end_date=2026-04-30`,
          `summaries/body?start_date=2026-04-01&end_date=2026-04-30`,
          `events/workouts?start_date=2026-04-01&end_date=2026-05-01`,
          `events/sleep?start_date=2026-04-01&end_date=2026-05-01&filter_by_priority=true`,
          `sync/status`,
          `sync/batches`,
        ])
          await get(`/api/v1/users/${userId}/${url}`).expect(200);
      } finally {
        dataSource.manager.query = original;
      }
      const reads = seen.filter(
        (q) => /^\s*(WITH|SELECT)/i.test(q.sql) && /samples|workouts|sleep_|sync_/.test(q.sql),
      );
      expect(reads.length).toBeGreaterThan(10);
      const client = await t.db.connect();
      try {
        await client.query('SET enable_seqscan = off');
        const scansOf = async (sql: string, params: unknown[]) => {
          const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
          const plan = JSON.stringify(rows[0]['QUERY PLAN']);
          return [...plan.matchAll(/"Node Type":"Seq Scan"[^}]*?"Relation Name":"(\w+)"/g)].map((m) => m[1]);
        };
        // The detector itself: a predicate no index serves still shows its sequential scan.
        expect(await scansOf('SELECT * FROM samples WHERE value > $1', [5])).toEqual(['samples']);
        for (const q of reads) {
          const seqScans = await scansOf(q.sql, q.params);
          expect([q.sql.slice(0, 80), seqScans]).toEqual([q.sql.slice(0, 80), []]);
        }
      } finally {
        client.release();
      }
    });
  });
});
