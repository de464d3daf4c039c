import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { AccessTokensService } from '../../src/modules/tokens/access-tokens.service.js';
import { sdkFixture } from '../fixtures/sdk-fixtures.js';
import { seedApiKey, seedApplication, seedTenant, seedUser } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const payload = (name: string) => sdkFixture<any>(name);

const SYNC_PAYLOADS = [
  'samsung-0.11-single-heart-rate.json',
  'samsung-0.11-watch-session.json',
  'ios-legacy-source-keys.json',
  'ios-0.13-sync.json',
  'health-connect-0.11-sync.json',
  'samsung-0.11-sync.json',
];

const syncPath = (userId: string) => `/api/v1/sdk/users/${userId}/sync`;

function heartRates(count: number, offset = 0) {
  const base = Date.parse('2026-03-01T00:00:00Z');
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(base + (offset + i) * 60_000).toISOString().replace('.000Z', 'Z');
    return {
      id: `hr-${offset + i}`,
      type: 'HKQuantityTypeIdentifierHeartRate',
      startDate: at,
      endDate: at,
      zoneOffset: '+02:00',
      source: { appId: 'com.apple.health', name: 'Watch', deviceModel: 'Watch6,18', deviceType: 'watch' },
      value: 60 + (i % 40),
      unit: 'bpm',
      parentId: null,
      metadata: null,
    };
  });
}

function envelope(records: unknown[], extra: Record<string, unknown> = {}) {
  return {
    provider: 'apple',
    sdkVersion: '0.13.0',
    syncTimestamp: new Date().toISOString(),
    data: { records, sleep: [], workouts: [] },
    ...extra,
  };
}

async function count(t: TestApp, sql: string, params: unknown[]): Promise<number> {
  const { rows } = await t.db.query(sql, params);
  return Number(rows[0].n);
}

describe('IngestionService (SDK sync contract)', () => {
  let t: TestApp;
  let tenant: Awaited<ReturnType<typeof seedTenant>>;
  let apiKey: string;
  let accessToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await seedTenant(t);
    apiKey = await seedApiKey(t, tenant.operator, tenant.app);
    const minted = await t.http
      .post(`/api/v1/users/${tenant.userId}/token`)
      .send({ app_id: tenant.app.appId, app_secret: tenant.app.appSecret })
      .expect(200);
    accessToken = minted.body.access_token;
  });
  afterAll(async () => {
    await t.close();
  });

  const storedSamples = (userId: string) =>
    count(t, 'SELECT count(*) n FROM samples WHERE user_id = $1', [userId]);

  describe('payload corpus', () => {
    it.each(SYNC_PAYLOADS)(
      'ingests %s: every item inserted, a re-send with a new syncTimestamp duplicates none',
      async (name) => {
        const userId = await seedUser(t, tenant.app, { external_user_id: `corpus-${name}` });
        const body = payload(name);
        const { records = [], sleep = [], workouts = [] } = body.data;
        const items = records.length + sleep.length + workouts.length;

        const first = await t.http.post(syncPath(userId)).set(tenant.app.auth).send(body).expect(202);
        expect(first.body).toMatchObject({
          status_code: 202,
          user_id: userId,
          dropped_count: 0,
          rejected: 0,
          status: 'completed',
          items,
          inserted: items,
          records_saved: records.length,
          sleep_saved: sleep.length,
          workouts_saved: workouts.length,
          batch_id: expect.any(String),
        });
        expect(first.headers['idempotent-replayed']).toBe('false');
        expect(await count(t, 'SELECT count(*) n FROM sync_batches WHERE user_id = $1', [userId])).toBe(1);
        expect(
          await count(t, 'SELECT count(*) n FROM sync_batch_payloads WHERE user_id = $1', [userId]),
        ).toBe(1);
        const samples = await storedSamples(userId);

        // A resumed round re-serializes the same items with a new syncTimestamp: a new batch, no new rows.
        const again = await t.http
          .post(syncPath(userId))
          .set(tenant.app.auth)
          .send({ ...body, syncTimestamp: '2026-12-31T00:00:00Z' })
          .expect(202);
        expect(again.body).toMatchObject({ inserted: 0, updated: 0, duplicate: items, rejected: 0 });
        expect(again.body.batch_id).not.toBe(first.body.batch_id);
        expect(await storedSamples(userId)).toBe(samples);
      },
    );
  });

  describe('authentication', () => {
    const body = () => envelope(heartRates(1, 10_000));

    it('accepts the user access token with the Bearer prefix', async () => {
      await t.http
        .post(syncPath(tenant.userId))
        .set('Authorization', `Bearer ${accessToken}`)
        .send(body())
        .expect(202);
    });

    it('accepts a bare access token without the Bearer prefix (iOS SDK before 0.10)', async () => {
      await t.http.post(syncPath(tenant.userId)).set('Authorization', accessToken).send(body()).expect(202);
    });

    it('accepts app credentials (HTTP Basic) and an API key of the user application', async () => {
      await t.http.post(syncPath(tenant.userId)).set(tenant.app.auth).send(body()).expect(202);
      await t.http
        .post(syncPath(tenant.userId))
        .set('X-Open-Wearables-API-Key', apiKey)
        .send(body())
        .expect(202);
    });

    // Upstream answers 403, which iOS ≥ 0.14 and Android re-send forever; a 401 makes them refresh, retry once and
    // then report onAuthError, so the app signs in again as the right user.
    it('answers 401 "Token does not match user_id" for a token of another user, and stores nothing', async () => {
      const other = await seedUser(t, tenant.app, { external_user_id: 'someone-else' });
      const response = await t.http
        .post(syncPath(other))
        .set('Authorization', `Bearer ${accessToken}`)
        .send(body())
        .expect(401);
      expect(response.body.detail).toBe('Token does not match user_id');
      expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(await count(t, 'SELECT count(*) n FROM sync_batches WHERE user_id = $1', [other])).toBe(0);
    });

    it('answers 401 with WWW-Authenticate for a missing, invalid or expired token, never 403', async () => {
      const missing = await t.http.post(syncPath(tenant.userId)).send(body()).expect(401);
      expect(missing.headers['www-authenticate']).toBeDefined();
      const invalid = await t.http
        .post(syncPath(tenant.userId))
        .set('Authorization', 'Bearer eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJ4In0.c2ln')
        .send(body())
        .expect(401);
      expect(invalid.headers['www-authenticate']).toMatch(/^Bearer/);
      const expired = await t.app.get(AccessTokensService).issue(
        tenant.userId,
        'sdk',
        { app_id: tenant.app.appId },
        {
          jti: randomUUID(),
          iat: Math.floor(Date.now() / 1000) - 7200,
        },
      );
      const response = await t.http
        .post(syncPath(tenant.userId))
        .set('Authorization', `Bearer ${expired.token}`)
        .send(body())
        .expect(401);
      expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(response.body.detail).toMatch(/expired/i);
    });

    it('answers 401 for an unknown API key', async () => {
      await t.http
        .post(syncPath(tenant.userId))
        .set('X-Open-Wearables-API-Key', `sk-${'0'.repeat(64)}`)
        .send(body())
        .expect(401);
    });

    it('answers 404 for a user outside the caller tenancy, and for an unknown user', async () => {
      const otherApp = await seedApplication(t, tenant.operator, 'Other app');
      const response = await t.http.post(syncPath(tenant.userId)).set(otherApp.auth).send(body()).expect(404);
      expect(response.body.detail).toMatch(/not found/);
      await t.http.post(syncPath(randomUUID())).set(tenant.app.auth).send(body()).expect(404);
    });
  });

  describe('envelope', () => {
    const post = (raw: string | object, contentType = 'application/json') =>
      t.http
        .post(syncPath(tenant.userId))
        .set(tenant.app.auth)
        .set('Content-Type', contentType)
        .send(raw as object);

    // Re-sending cannot fix any of these, and iOS ≥ 0.14 / Android re-send every non-2xx: keep, report, move on.
    it.each([
      ['not JSON', '{"provider": "apple", "data": ', 'invalid_json', /not valid JSON/],
      ['not an object', '[1, 2, 3]', 'not_an_object', /must be a JSON object/],
      ['an empty body', '', 'empty_body', /empty/],
      [
        'data not an object',
        '{"provider":"apple","data":[1]}',
        'invalid_data',
        /data is required and must be an object/,
      ],
      ['data missing', '{"provider":"apple"}', 'invalid_data', /data is required/],
      [
        'an unknown provider',
        '{"provider":"fitbit","data":{}}',
        'unknown_provider',
        /Unsupported provider: fitbit\. Supported: apple, google, health_connect, samsung/,
      ],
      ['no provider', '{"data":{}}', 'missing_provider', /provider is required/],
      [
        'nothing usable',
        JSON.stringify({
          provider: 'apple',
          data: { records: [{ type: 'HKQuantityTypeIdentifierHeartRate' }] },
        }),
        'nothing_usable',
        /None of the 1 item/,
      ],
    ])(
      'quarantines %s: 202, the reason in the answer and in GET …/sync/{batch_id}, body kept',
      async (_case, raw, reason, detail) => {
        const response = await post(raw).expect(202);
        expect(response.body).toMatchObject({
          status: 'quarantined',
          quarantined: true,
          quarantine: { reason, body_kept: true },
        });
        expect(response.body.quarantine.detail).toMatch(detail);
        const stored = await t.http
          .get(`${syncPath(tenant.userId)}/${response.body.batch_id}`)
          .set(tenant.app.auth)
          .expect(200);
        expect(stored.body).toMatchObject({ status: 'quarantined', quarantine: { reason } });
        const kept = await t.db.query(
          'SELECT body FROM sync_batch_payloads WHERE user_id = $1 AND batch_id = $2',
          [tenant.userId, response.body.batch_id],
        );
        expect(gunzipSync(kept.rows[0].body).toString('utf8')).toBe(raw);
      },
    );

    it('accepts the provider in any case, unknown keys and the SDK extra headers', async () => {
      const response = await t.http
        .post(syncPath(tenant.userId))
        .set(tenant.app.auth)
        .set('X-Request-Id', 'req-123')
        .set('X-Open-Wearables-SDK-Version', '0.14.0')
        .set('X-Open-Wearables-SDK-Platform', 'ios')
        .set('X-Open-Wearables-Outbox-Item', 'abc')
        .send({
          ...envelope(heartRates(2, 20_000)),
          provider: 'Apple',
          extra: { nested: true },
          data: { records: heartRates(2, 20_000), sleep: [], workouts: [], future: [] },
        })
        .expect(202);
      expect(response.body).toMatchObject({ provider: 'apple', inserted: 2 });
    });
  });

  describe('per-record validation', () => {
    it('stores 997 of 1,000 records and reports the 3 bad ones with collection, index and reason', async () => {
      const userId = await seedUser(t, tenant.app, { external_user_id: 'thousand' });
      const records: unknown[] = heartRates(1000, 30_000);
      records[10] = { ...(records[10] as object), startDate: 'not a date' };
      records[500] = 'not an object';
      records[999] = { ...(records[999] as object), value: null };
      const response = await t.http
        .post(syncPath(userId))
        .set(tenant.app.auth)
        .send(envelope(records))
        .expect(202);
      expect(response.body).toMatchObject({
        status: 'partial',
        items: 1000,
        inserted: 997,
        rejected: 3,
        dropped_count: 3,
        records_saved: 997,
        rejections_truncated: false,
      });
      expect(
        response.body.rejections.map((r: { collection: string; index: number }) => [r.collection, r.index]),
      ).toEqual([
        ['records', 10],
        ['records', 500],
        ['records', 999],
      ]);
      for (const rejection of response.body.rejections) expect(rejection.reason).toEqual(expect.any(String));
      expect(await storedSamples(userId)).toBe(997);
    });

    it('reports only the first 100 rejections and says the list is truncated', async () => {
      const userId = await seedUser(t, tenant.app, { external_user_id: 'many-bad' });
      const records = heartRates(150, 40_000).map((r) => ({ ...r, startDate: 'garbage' }));
      const response = await t.http
        .post(syncPath(userId))
        .set(tenant.app.auth)
        .send(envelope(records))
        .expect(202);
      expect(response.body).toMatchObject({ rejected: 150, rejections_truncated: true });
      expect(response.body.rejections).toHaveLength(100);
    });
  });

  describe('idempotency', () => {
    it('replays the first response for the same Idempotency-Key without reprocessing', async () => {
      const userId = await seedUser(t, tenant.app, { external_user_id: 'idem-key' });
      const body = envelope(heartRates(50, 50_000));
      const first = await t.http
        .post(syncPath(userId))
        .set(tenant.app.auth)
        .set('Idempotency-Key', 'k-1')
        .send(body)
        .expect(202);
      const second = await t.http
        .post(syncPath(userId))
        .set(tenant.app.auth)
        .set('Idempotency-Key', 'k-1')
        .send(body)
        .expect(202);
      expect(second.headers['idempotent-replayed']).toBe('true');
      expect(second.body).toEqual(first.body);
      expect(await count(t, 'SELECT count(*) n FROM sync_batches WHERE user_id = $1', [userId])).toBe(1);
      expect(await storedSamples(userId)).toBe(50);
    });

    it('answers 400 when an Idempotency-Key is reused with a different body', async () => {
      const userId = await seedUser(t, tenant.app, { external_user_id: 'idem-mismatch' });
      await t.http
        .post(syncPath(userId))
        .set(tenant.app.auth)
        .set('Idempotency-Key', 'k-2')
        .send(envelope(heartRates(5, 60_000)))
        .expect(202);
      const response = await t.http
        .post(syncPath(userId))
        .set(tenant.app.auth)
        .set('Idempotency-Key', 'k-2')
        .send(envelope(heartRates(6, 60_000)))
        .expect(400);
      expect(response.body.detail).toMatch(/Idempotency-Key was already used with a different body/);
    });

    it('replays the first response for the same body without a key', async () => {
      const userId = await seedUser(t, tenant.app, { external_user_id: 'idem-body' });
      const body = envelope(heartRates(50, 70_000));
      const first = await t.http.post(syncPath(userId)).set(tenant.app.auth).send(body).expect(202);
      // The body hash is per user: the same body for another user is that user's new batch.
      const otherUser = await t.http
        .post(syncPath(tenant.userId))
        .set('Authorization', `Bearer ${accessToken}`)
        .send(body);
      expect(otherUser.status).toBe(202);
      expect(otherUser.headers['idempotent-replayed']).toBe('false');
      const third = await t.http.post(syncPath(userId)).set(tenant.app.auth).send(body).expect(202);
      expect(third.headers['idempotent-replayed']).toBe('true');
      expect(third.body.batch_id).toBe(first.body.batch_id);
      expect(await count(t, 'SELECT count(*) n FROM sync_batches WHERE user_id = $1', [userId])).toBe(1);
    });

    it('stores each record once when the same batch arrives twice concurrently', async () => {
      const userId = await seedUser(t, tenant.app, { external_user_id: 'idem-concurrent' });
      const body = envelope(heartRates(500, 80_000));
      const [a, b] = await Promise.all([
        t.http.post(syncPath(userId)).set(tenant.app.auth).send(body),
        t.http.post(syncPath(userId)).set(tenant.app.auth).send(body),
      ]);
      expect([a.status, b.status]).toEqual([202, 202]);
      expect(a.body.batch_id).toBe(b.body.batch_id);
      expect([a.headers['idempotent-replayed'], b.headers['idempotent-replayed']].sort()).toEqual([
        'false',
        'true',
      ]);
      expect(await count(t, 'SELECT count(*) n FROM sync_batches WHERE user_id = $1', [userId])).toBe(1);
      expect(await storedSamples(userId)).toBe(500);
    });

    it('stores each record once when overlapping batches with different bodies arrive concurrently', async () => {
      const userId = await seedUser(t, tenant.app, { external_user_id: 'overlap-concurrent' });
      const [a, b] = await Promise.all([
        t.http
          .post(syncPath(userId))
          .set(tenant.app.auth)
          .send(envelope(heartRates(300, 90_000), { syncTimestamp: 'a' })),
        t.http
          .post(syncPath(userId))
          .set(tenant.app.auth)
          .send(envelope(heartRates(300, 90_100), { syncTimestamp: 'b' })),
      ]);
      expect([a.status, b.status]).toEqual([202, 202]);
      expect(await storedSamples(userId)).toBe(400);
    });

    it('deduplicates the same record repeated inside one request', async () => {
      const userId = await seedUser(t, tenant.app, { external_user_id: 'in-batch-dupes' });
      const records = heartRates(20, 95_000);
      const response = await t.http
        .post(syncPath(userId))
        .set(tenant.app.auth)
        .send(envelope([...records, ...records]))
        .expect(202);
      expect(response.body).toMatchObject({ items: 40, rejected: 0 });
      expect(await storedSamples(userId)).toBe(20);
    });
  });

  describe('GET /sdk/users/{user_id}/sync/{batch_id}', () => {
    it('returns the stored result to the user, the app and the operator; 404 elsewhere', async () => {
      const posted = await t.http
        .post(syncPath(tenant.userId))
        .set(tenant.app.auth)
        .send(envelope(heartRates(3, 99_000)))
        .expect(202);
      const url = `${syncPath(tenant.userId)}/${posted.body.batch_id}`;
      for (const auth of [
        { Authorization: `Bearer ${accessToken}` },
        tenant.app.auth,
        tenant.operator.auth,
      ]) {
        const response = await t.http.get(url).set(auth).expect(200);
        expect(response.body).toEqual(posted.body);
      }
      await t.http
        .get(`${syncPath(tenant.userId)}/${randomUUID()}`)
        .set(tenant.app.auth)
        .expect(404);
      const otherApp = await seedApplication(t, tenant.operator, 'Third app');
      await t.http.get(url).set(otherApp.auth).expect(404);
    });
  });

  describe('sync telemetry (POST /sdk/users/{user_id}/logs)', () => {
    const logsPath = (userId: string) => `/api/v1/sdk/users/${userId}/logs`;

    it.each([
      'ios-logs-three-events.json',
      'android-logs-type-names.json',
      'android-0.11-logs-sync-start.json',
      'ios-0.13-logs-type-end.json',
    ])('stores %s leniently and answers 202', async (name) => {
      const userId = await seedUser(t, tenant.app, { external_user_id: `logs-${name}` });
      const body = payload(name);
      const response = await t.http.post(logsPath(userId)).set(tenant.app.auth).send(body).expect(202);
      expect(response.body).toMatchObject({
        status_code: 202,
        user_id: userId,
        events_saved: body.events.length,
        dropped_count: 0,
      });
      const { rows } = await t.db.query(
        'SELECT event_type, occurred_at, payload FROM sync_log_events WHERE user_id = $1 ORDER BY id',
        [userId],
      );
      expect(rows.map((r) => r.event_type)).toEqual(
        body.events.map((e: { eventType: string }) => e.eventType),
      );
      for (const row of rows) expect(row.occurred_at).not.toBeNull();
    });

    it('keeps unknown event types and batteryLevel -1, with the user token, and drops non-object events', async () => {
      const response = await t.http
        .post(logsPath(tenant.userId))
        .set('Authorization', `Bearer ${accessToken}`)
        .send({
          sdkVersion: '0.13.0',
          provider: 'apple',
          events: [
            { eventType: 'device_state', timestamp: '2026-04-10T07:15:02.123Z', batteryLevel: -1 },
            { eventType: 'historical_data_type_sync_start', timestamp: '2026-04-10T07:15:03Z' },
            42,
          ],
        })
        .expect(202);
      expect(response.body).toMatchObject({ events_saved: 2, dropped_count: 1 });
      const { rows } = await t.db.query(
        "SELECT payload FROM sync_log_events WHERE user_id = $1 AND event_type = 'device_state' ORDER BY id DESC LIMIT 1",
        [tenant.userId],
      );
      expect(rows[0].payload.batteryLevel).toBe(-1);
    });

    it('applies the same auth rules and refuses a body without an events array', async () => {
      const other = await seedUser(t, tenant.app, { external_user_id: 'logs-other' });
      const body = { sdkVersion: '1', provider: 'apple', events: [] };
      await t.http.post(logsPath(other)).set('Authorization', `Bearer ${accessToken}`).send(body).expect(403);
      await t.http.post(logsPath(tenant.userId)).send(body).expect(401);
      await t.http.post(logsPath(randomUUID())).set(tenant.app.auth).send(body).expect(404);
      const bad = await t.http
        .post(logsPath(tenant.userId))
        .set(tenant.app.auth)
        .send({ provider: 'apple' })
        .expect(400);
      expect(bad.body.detail).toMatch(/events must be an array/);
    });
  });
});
