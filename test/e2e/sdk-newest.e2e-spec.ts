import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { MAX_ROUTE_POINTS } from '../../src/modules/normalization/mapping/workouts.js';
import { seedTenant, seedUser } from '../factories.js';
import { sdkFixture } from '../fixtures/sdk-fixtures.js';
import { startTestApp, TestApp } from '../setup/test-app.js';
import { eventually, FAST_WEBHOOKS, Receiver, registerEndpoint } from './webhook-helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- wire bodies are walked freely in tests
type Body = Record<string, any>;

const syncPath = (userId: string) => `/api/v1/sdk/users/${userId}/sync`;
const logsPath = (userId: string) => `/api/v1/sdk/users/${userId}/logs`;
const connections = (userId: string) => `/api/v1/users/${userId}/connections`;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** The headers iOS 0.15 sends on every request. */
const IOS_015_HEADERS = {
  'X-Open-Wearables-SDK-Version': '0.15.0',
  'X-Open-Wearables-SDK-Platform': 'ios',
  'User-Agent': 'OpenWearablesHealthSDK/0.15.0 (iOS 18.1.0; iPhone16,2)',
};

describe('The newest Sync SDKs: sign-out, connections, sync sessions, headers', () => {
  let t: TestApp;
  let tenant: Awaited<ReturnType<typeof seedTenant>>;
  let receiver: Receiver;

  beforeAll(async () => {
    t = await startTestApp(FAST_WEBHOOKS);
    tenant = await seedTenant(t);
    receiver = await new Receiver().start();
    const created = await registerEndpoint(t, tenant.app.appId, tenant.operator.auth, {
      url: receiver.url,
      event_types: ['connection.created', 'connection.revoked'],
    });
    receiver.secrets = [created.secret];
  });
  afterAll(async () => {
    await t.close();
    await receiver.stop();
  });
  beforeEach(() => {
    receiver.received.length = 0;
  });

  async function mint(userId: string) {
    const response = await t.http.post(`/api/v1/users/${userId}/token`).set(tenant.app.auth).expect(200);
    return response.body as { access_token: string; refresh_token: string };
  }

  const ofUser = (type: string, userId: string) =>
    receiver.ofType(type).filter((r) => r.json.data.user_id === userId);

  describe('sign-out (DELETE …/connections/{provider})', () => {
    it('ends the SDK session at once, shows the revoked connection, and a later sync re-activates it', async () => {
      const userId = await seedUser(t, tenant.app);
      const pair = await mint(userId);
      const sdk = bearer(pair.access_token);
      await t.http
        .post(syncPath(userId))
        .set(sdk)
        .set(IOS_015_HEADERS)
        .send(sdkFixture('ios-0.15-sync-route.json'))
        .expect(202);
      const created = await eventually(() => ofUser('connection.created', userId)[0], 'connection.created');
      expect(created.json.data).toEqual({ user_id: userId, provider: 'apple', reactivated: false });

      const listed = await t.http.get(connections(userId)).set(sdk).expect(200);
      expect(listed.body.total).toBe(1);
      expect(listed.body.items[0]).toMatchObject({
        user_id: userId,
        provider: 'apple',
        status: 'active',
        revoked_reason: null,
        sdk_version: '0.15.0',
        sdk_platform: 'ios',
        user_agent: IOS_015_HEADERS['User-Agent'],
      });
      expect(listed.body.items[0].first_sync_at).toEqual(expect.any(String));
      expect(listed.body.items[0].data_sources).toEqual([
        expect.objectContaining({
          device_model: 'Watch7,3',
          last_sdk_version: '0.15.0',
          last_sdk_platform: 'ios',
        }),
      ]);

      // The SDK names the provider in its own case; the path is case-insensitive.
      await t.http
        .delete(`${connections(userId)}/Apple`)
        .set(sdk)
        .expect(204);

      // The access token is refused at once, the refresh token too: the phone's session is over.
      const refused = await t.http.get(connections(userId)).set(sdk).expect(401);
      expect(refused.headers['www-authenticate']).toMatch(/^Bearer/);
      await t.http.post(syncPath(userId)).set(sdk).send(sdkFixture('ios-0.15-sync-route.json')).expect(401);
      await t.http.post('/api/v1/token/refresh').send({ refresh_token: pair.refresh_token }).expect(401);

      const revoked = await t.http.get(connections(userId)).set(tenant.app.auth).expect(200);
      expect(revoked.body.items[0]).toMatchObject({
        provider: 'apple',
        status: 'revoked',
        revoked_reason: 'sdk_sign_out',
      });
      expect(revoked.body.items[0].revoked_at).toEqual(expect.any(String));
      const event = await eventually(() => ofUser('connection.revoked', userId)[0], 'connection.revoked');
      expect(event.json.data).toEqual({ user_id: userId, provider: 'apple', reason: 'sdk_sign_out' });

      // Idempotent: a second sign-out changes nothing, writes no audit event and sends no event.
      await t.http
        .delete(`${connections(userId)}/apple`)
        .set(tenant.app.auth)
        .expect(204);
      const audit = await t.db.query(
        `SELECT details FROM audit_events WHERE action = 'connection.revoked' AND user_id = $1`,
        [userId],
      );
      expect(audit.rows).toEqual([
        { details: { provider: 'apple', reason: 'sdk_sign_out', families_revoked: 1 } },
      ]);

      // The user signs in again: the next sync brings the connection back.
      const again = await mint(userId);
      await t.http
        .post(syncPath(userId))
        .set(bearer(again.access_token))
        .set(IOS_015_HEADERS)
        .send({ ...sdkFixture<Body>('ios-0.15-sync-route.json'), syncTimestamp: '2026-10-04T08:00:00Z' })
        .expect(202);
      const back = await t.http.get(connections(userId)).set(bearer(again.access_token)).expect(200);
      expect(back.body.items[0]).toMatchObject({ status: 'active', revoked_reason: null, revoked_at: null });
      const reactivated = await eventually(
        () => ofUser('connection.created', userId).find((r) => r.json.data.reactivated === true),
        'connection.created (reactivated)',
      );
      expect(reactivated.json.data).toEqual({ user_id: userId, provider: 'apple', reactivated: true });
      expect(ofUser('connection.revoked', userId)).toHaveLength(1);
    });

    it('refuses another user’s token and providers the SDK does not feed with 403', async () => {
      const userId = await seedUser(t, tenant.app);
      const other = await seedUser(t, tenant.app);
      const sdk = bearer((await mint(userId)).access_token);
      const otherUser = await t.http
        .delete(`${connections(other)}/apple`)
        .set(sdk)
        .expect(403);
      expect(otherUser.body.detail).toBe('Token does not match user_id');
      const foreign = await t.http
        .delete(`${connections(userId)}/fitbit`)
        .set(sdk)
        .expect(403);
      expect(foreign.body.detail).toBe('SDK tokens cannot disconnect this provider');
      await t.http.get(connections(other)).set(sdk).expect(403);
      // The token still works: a refused sign-out ends nothing.
      await t.http.get(connections(userId)).set(sdk).expect(200);
    });

    it('folds health_connect into google on the path and in the body; app credentials revoke as operator', async () => {
      const userId = await seedUser(t, tenant.app);
      const android = sdkFixture<Body>('android-0.12-health-connect-sync.json');
      const response = await t.http
        .post(syncPath(userId))
        .set(tenant.app.auth)
        .send({ ...android, provider: 'HEALTH_CONNECT' })
        .expect(202);
      expect(response.body).toMatchObject({ provider: 'google', status: 'completed', inserted: 5 });
      await t.http
        .delete(`${connections(userId)}/health_connect`)
        .set(tenant.app.auth)
        .expect(204);
      const listed = await t.http.get(connections(userId)).set(tenant.operator.auth).expect(200);
      expect(listed.body.items).toEqual([
        expect.objectContaining({ provider: 'google', status: 'revoked', revoked_reason: 'operator' }),
      ]);
      const event = await eventually(() => ofUser('connection.revoked', userId)[0], 'connection.revoked');
      expect(event.json.data).toEqual({ user_id: userId, provider: 'google', reason: 'operator' });
    });

    it('answers 404 for an unknown provider with app credentials and for another tenant’s user', async () => {
      const userId = await seedUser(t, tenant.app);
      const unknown = await t.http
        .delete(`${connections(userId)}/fitbit`)
        .set(tenant.app.auth)
        .expect(404);
      expect(unknown.body.detail).toBe('Connection fitbit not found.');
      const stranger = await seedTenant(t);
      await t.http
        .delete(`${connections(userId)}/apple`)
        .set(stranger.app.auth)
        .expect(404);
      await t.http.get(connections(userId)).set(stranger.app.auth).expect(404);
      // A user who never synced has no connections; signing out is still a 204.
      await t.http
        .delete(`${connections(userId)}/samsung`)
        .set(tenant.app.auth)
        .expect(204);
      expect((await t.http.get(connections(userId)).set(tenant.app.auth).expect(200)).body).toEqual({
        items: [],
        total: 0,
      });
    });
  });

  describe('sync sessions and headers in sync status', () => {
    it('links the batches and log events of one syncSessionId and summarises the latest session', async () => {
      const userId = await seedUser(t, tenant.app);
      const sdk = bearer((await mint(userId)).access_token);
      const body = sdkFixture<Body>('ios-0.15-sync-route.json');
      await t.http
        .post(logsPath(userId))
        .set(sdk)
        .send(sdkFixture('logs-0.15-session-start.json'))
        .expect(202);
      const batch = await t.http.post(syncPath(userId)).set(sdk).set(IOS_015_HEADERS).send(body).expect(202);
      await t.http.post(logsPath(userId)).set(sdk).send(sdkFixture('logs-0.15-session-end.json')).expect(202);

      const sessions = await t.http
        .get(`/api/v1/users/${userId}/sync/sessions`)
        .set(tenant.app.auth)
        .expect(200);
      expect(sessions.body.total).toBe(1);
      const [session] = sessions.body.items;
      expect(session).toMatchObject({
        sync_session_id: body.syncSessionId,
        provider: 'apple',
        sync_type: 'historical',
        started_at: expect.any(String),
        last_activity_at: expect.any(String),
        batches: 1,
        items: 3,
        rejections: 0,
        quarantined_batches: 0,
        errors: 1,
        error_details: [
          {
            data_type: 'workouts',
            error_code: 'route_fetch_timeout',
            error_message: 'Workout route query exceeded 15 s',
          },
        ],
        // The workouts type ended with success:false: the historical export has not finished.
        finished: false,
      });

      const status = await t.http.get(`/api/v1/users/${userId}/sync/status`).set(tenant.app.auth).expect(200);
      expect(status.body.latest_session).toEqual(session);
      expect(status.body.last_batches[0]).toMatchObject({
        batch_id: batch.body.batch_id,
        sync_session_id: body.syncSessionId,
        sync_type: 'historical',
        sdk_version: '0.15.0',
        sdk_header_version: '0.15.0',
        sdk_platform: 'ios',
        user_agent: IOS_015_HEADERS['User-Agent'],
      });
      const stored = await t.http
        .get(`${syncPath(userId)}/${batch.body.batch_id}`)
        .set(sdk)
        .expect(200);
      expect(stored.body.client).toEqual({
        sdk_version: '0.15.0',
        platform: 'ios',
        user_agent: IOS_015_HEADERS['User-Agent'],
      });
    });

    it('finishes a historical session once every announced type ended with success', async () => {
      const userId = await seedUser(t, tenant.app);
      const sdk = bearer((await mint(userId)).access_token);
      const start = sdkFixture<Body>('logs-0.15-session-start.json');
      const end = sdkFixture<Body>('logs-0.15-session-end.json');
      end.events = end.events.map((event: Body) =>
        event.dataType === 'workouts'
          ? { ...event, success: true, errorCode: undefined, errorMessage: undefined }
          : event,
      );
      await t.http.post(logsPath(userId)).set(sdk).send(start).expect(202);
      await t.http.post(logsPath(userId)).set(sdk).send(end).expect(202);
      const sessions = await t.http
        .get(`/api/v1/users/${userId}/sync/sessions`)
        .set(tenant.app.auth)
        .expect(200);
      expect(sessions.body.items).toEqual([
        expect.objectContaining({
          sync_session_id: start.syncSessionId,
          batches: 0,
          errors: 0,
          finished: true,
        }),
      ]);
    });
  });

  describe('X-Request-Id: the 401 retry answers the first result', () => {
    it('replays a repeated X-Request-Id of the same user, and only of that user', async () => {
      const userId = await seedUser(t, tenant.app);
      const other = await seedUser(t, tenant.app);
      const body = sdkFixture<Body>('ios-0.15-sync-route.json');
      const first = await t.http
        .post(syncPath(userId))
        .set(tenant.app.auth)
        .set('X-Request-Id', 'ios-retry-0001')
        .send(body)
        .expect(202);
      expect(first.headers['idempotent-replayed']).toBe('false');
      // The retry after a refresh may carry a body re-serialised by the phone: the request id decides.
      const retry = await t.http
        .post(syncPath(userId))
        .set(tenant.app.auth)
        .set('X-Request-Id', 'ios-retry-0001')
        .send({ ...body, syncTimestamp: '2026-10-04T07:00:09Z' })
        .expect(202);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.body.batch_id).toBe(first.body.batch_id);
      const elsewhere = await t.http
        .post(syncPath(other))
        .set(tenant.app.auth)
        .set('X-Request-Id', 'ios-retry-0001')
        .send(body)
        .expect(202);
      expect(elsewhere.headers['idempotent-replayed']).toBe('false');
      expect(elsewhere.body.batch_id).not.toBe(first.body.batch_id);
      const batches = await t.db.query('SELECT count(*)::int AS n FROM sync_batches WHERE user_id = $1', [
        userId,
      ]);
      expect(batches.rows[0].n).toBe(1);
    });
  });

  describe('iOS 0.15 workout routes', () => {
    it('serves the route with the workout detail and thins one past the point limit evenly, ends kept', async () => {
      const userId = await seedUser(t, tenant.app);
      const body = sdkFixture<Body>('ios-0.15-sync-route.json');
      const workout = body.data.workouts[0];
      const count = MAX_ROUTE_POINTS + 5_001;
      const start = Date.parse(workout.startDate);
      const route = Array.from({ length: count }, (_, i) => ({
        timestamp: new Date(start + i * 1000).toISOString(),
        latitude: 52.52 + i * 1e-6,
        longitude: 13.405 + i * 1e-6,
        altitudeM: 34,
        horizontalAccuracyM: 4,
        verticalAccuracyM: null,
      }));
      body.data.workouts = [{ ...workout, endDate: new Date(start + count * 1000).toISOString(), route }];
      await t.http.post(syncPath(userId)).set(tenant.app.auth).send(body).expect(202);

      const list = await t.http
        .get(`/api/v1/users/${userId}/events/workouts`)
        .query({ start_date: '2026-10-01T00:00:00Z', end_date: '2026-10-10T00:00:00Z' })
        .set(tenant.app.auth)
        .expect(200);
      const id = list.body.data[0].id;
      const detail = await t.http
        .get(`/api/v1/users/${userId}/events/workouts/${id}`)
        .set(tenant.app.auth)
        .expect(200);
      expect(detail.body.route).toHaveLength(MAX_ROUTE_POINTS);
      expect(detail.body.route[0]).toEqual(route[0]);
      expect(detail.body.route.at(-1)).toEqual(route.at(-1));
      const times = detail.body.route.map((p: Body) => Date.parse(p.timestamp));
      expect(times.every((time: number, i: number) => i === 0 || time > times[i - 1])).toBe(true);
    });
  });
});
