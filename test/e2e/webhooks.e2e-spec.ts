import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { WebhookOutbox } from '../../src/modules/webhooks/webhook-outbox.js';
import { seedApplication, seedOperator, seedTenant, seedUser } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';
import {
  envelope,
  eventually,
  FAST_WEBHOOKS,
  heartRateRecords,
  Receiver,
  registerEndpoint,
} from './webhook-helpers.js';

const hooks = (appId: string) => `/api/v1/applications/${appId}/webhooks`;
const syncPath = (userId: string) => `/api/v1/sdk/users/${userId}/sync`;

describe('Webhooks', () => {
  let t: TestApp;
  let tenant: Awaited<ReturnType<typeof seedTenant>>;
  let receiver: Receiver;

  beforeAll(async () => {
    t = await startTestApp(FAST_WEBHOOKS);
    tenant = await seedTenant(t);
    receiver = await new Receiver().start();
  });
  afterAll(async () => {
    await t.close();
    await receiver.stop();
  });
  beforeEach(async () => {
    // Each test starts with no endpoint, so one test's events never reach another's receiver.
    await t.db.query('DELETE FROM webhook_endpoints');
    await t.db.query('DELETE FROM webhook_events');
    receiver.received.length = 0;
    receiver.rejected.length = 0;
    receiver.answers = [];
  });

  async function endpoint(body: Record<string, unknown> = {}) {
    const created = await registerEndpoint(t, tenant.app.appId, tenant.operator.auth, {
      url: receiver.url,
      ...body,
    });
    receiver.secrets = [created.secret];
    return created;
  }

  const deliveries = async (id: string) =>
    (
      await t.http
        .get(`${hooks(tenant.app.appId)}/${id}/deliveries`)
        .set(tenant.operator.auth)
        .expect(200)
    ).body;

  describe('endpoints', () => {
    it('creates, lists, reads, updates and deletes an endpoint; the secret is shown once', async () => {
      const created = await t.http
        .post(hooks(tenant.app.appId))
        .set(tenant.operator.auth)
        .send({ url: receiver.url, event_types: ['sync.completed'], description: 'backend' })
        .expect(201);
      expect(created.body).toMatchObject({
        app_id: tenant.app.appId,
        url: receiver.url,
        event_types: ['sync.completed'],
        description: 'backend',
        enabled: true,
        disabled_reason: null,
      });
      expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      const id = created.body.id;

      const listed = await t.http.get(hooks(tenant.app.appId)).set(tenant.app.auth).expect(200);
      expect(listed.body.map((e: { id: string }) => e.id)).toEqual([id]);
      expect(listed.body[0].secret).toBeUndefined();
      const read = await t.http
        .get(`${hooks(tenant.app.appId)}/${id}`)
        .set(tenant.app.auth)
        .expect(200);
      expect(read.body.secret).toBeUndefined();

      const patched = await t.http
        .patch(`${hooks(tenant.app.appId)}/${id}`)
        .set(tenant.app.auth)
        .send({ event_types: null, enabled: false })
        .expect(200);
      expect(patched.body).toMatchObject({ event_types: null, enabled: false });

      const { rows } = await t.db.query('SELECT secret_ciphertext FROM webhook_endpoints WHERE id = $1', [
        id,
      ]);
      expect(rows[0].secret_ciphertext.toString('latin1')).not.toContain(created.body.secret.slice(6));

      await t.http
        .delete(`${hooks(tenant.app.appId)}/${id}`)
        .set(tenant.operator.auth)
        .expect(204);
      await t.http
        .get(`${hooks(tenant.app.appId)}/${id}`)
        .set(tenant.operator.auth)
        .expect(404);
      const audit = await t.db.query(
        `SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY occurred_at, action`,
        [id],
      );
      expect(audit.rows.map((r) => r.action).sort()).toEqual(['webhook.created', 'webhook.deleted']);
    });

    it('answers 404 outside the tenancy: another operator, another application credential', async () => {
      const { id } = await endpoint();
      const stranger = await seedOperator(t);
      const otherApp = await seedApplication(t, stranger);
      for (const auth of [stranger.auth, otherApp.auth]) {
        await t.http.get(hooks(tenant.app.appId)).set(auth).expect(404);
        await t.http
          .get(`${hooks(tenant.app.appId)}/${id}`)
          .set(auth)
          .expect(404);
        await t.http
          .delete(`${hooks(tenant.app.appId)}/${id}`)
          .set(auth)
          .expect(404);
        await t.http
          .post(`${hooks(tenant.app.appId)}/${id}/test`)
          .set(auth)
          .expect(404);
      }
      // Its own application's path does not reach another application's endpoint either.
      await t.http
        .get(`${hooks(otherApp.appId)}/${id}`)
        .set(otherApp.auth)
        .expect(404);
      await t.http.get(hooks(tenant.app.appId)).expect(401);
    });

    it.each([
      [{ url: 'not a url' }, 'url must be an absolute http(s) URL'],
      [{ url: 'ftp://example.com/x' }, 'url must use https'],
      [{ url: 'https://user:pw@example.com/x' }, 'url must not carry credentials'],
      [{ url: 'http://127.0.0.1:1/x', event_types: ['sync.nope'] }, 'each event type must be one of'],
      [{ url: 'http://127.0.0.1:1/x', event_types: ['webhook.test'] }, 'each event type must be one of'],
      [{ url: 'http://127.0.0.1:1/x', enabled: 'yes' }, 'enabled'],
      [{}, 'url'],
    ])('refuses %j with 400 and stores nothing', async (body, message) => {
      const response = await t.http
        .post(hooks(tenant.app.appId))
        .set(tenant.operator.auth)
        .send(body)
        .expect(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.detail).toContain(message);
      const { rows } = await t.db.query('SELECT count(*)::int AS n FROM webhook_endpoints');
      expect(rows[0].n).toBe(0);
    });

    it('refuses bad ids and bad bodies of the other routes with 400', async () => {
      const { id } = await endpoint();
      const base = hooks(tenant.app.appId);
      await t.http.get(`${base}/not-a-uuid`).set(tenant.operator.auth).expect(400);
      const rotate = await t.http
        .post(`${base}/${id}/rotate-secret`)
        .set(tenant.operator.auth)
        .send({ grace_seconds: -1 })
        .expect(400);
      expect(rotate.body.detail).toContain('grace_seconds');
      const replay = await t.http
        .post(`${base}/${id}/replay`)
        .set(tenant.operator.auth)
        .send({ since: 'yesterday' })
        .expect(400);
      expect(replay.body.detail).toContain('since must be an ISO 8601 date-time');
      const future = await t.http
        .post(`${base}/${id}/replay`)
        .set(tenant.operator.auth)
        .send({ since: new Date(Date.now() + 3_600_000).toISOString() })
        .expect(400);
      expect(future.body.detail).toBe('since must not be in the future');
      await t.http
        .post(`${base}/${id}/deliveries/00000000-0000-4000-8000-000000000000/retry`)
        .set(tenant.operator.auth)
        .expect(404);
    });
  });

  describe('delivery', () => {
    it('delivers verifiable sync.completed, connection.created and a coalesced summary.updated after a sync', async () => {
      await endpoint();
      const body = envelope(heartRateRecords(5, '2026-03-01'));
      const sync = await t.http.post(syncPath(tenant.userId)).set(tenant.app.auth).send(body).expect(202);

      const completed = await eventually(() => receiver.ofType('sync.completed')[0], 'sync.completed');
      expect(completed.json.data).toEqual({
        user_id: tenant.userId,
        batch_id: sync.body.batch_id,
        provider: 'apple',
        counts: {
          records: { received: 5, inserted: 5, updated: 0, duplicate: 0, rejected: 0 },
          sleep: { received: 0, inserted: 0, updated: 0, duplicate: 0, rejected: 0 },
          workouts: { received: 0, inserted: 0, updated: 0, duplicate: 0, rejected: 0 },
          deleted: { received: 0, applied: 0, rejected: 0 },
        },
        metrics: ['heart_rate'],
        time_range: { start: '2026-03-01T08:00:00.000Z', end: '2026-03-01T08:04:00.000Z' },
      });
      expect(completed.headers['webhook-id']).toMatch(/^msg_[0-9a-f]{32}$/);
      expect(completed.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
      expect(completed.json.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T/);

      const connection = await eventually(
        () => receiver.ofType('connection.created')[0],
        'connection.created',
      );
      expect(connection.json.data).toEqual({ user_id: tenant.userId, provider: 'apple', reactivated: false });
      const summary = await eventually(() => receiver.ofType('summary.updated')[0], 'summary.updated');
      expect(summary.json.data).toEqual({
        user_id: tenant.userId,
        days: [{ local_date: '2026-03-01', kinds: ['activity'] }],
      });
      expect(receiver.rejected).toEqual([]);

      // A second batch of the same provider is no new connection.
      await t.http
        .post(syncPath(tenant.userId))
        .set(tenant.app.auth)
        .send(envelope(heartRateRecords(2, '2026-03-02')))
        .expect(202);
      await eventually(() => receiver.ofType('sync.completed').length === 2, 'second sync.completed');
      await eventually(() => receiver.ofType('summary.updated').length === 2, 'second summary.updated');
      expect(receiver.ofType('connection.created')).toHaveLength(1);
    });

    it('delivers sync.quarantined for a batch kept aside, and no sync.completed for it', async () => {
      await endpoint({ event_types: ['sync.quarantined', 'sync.completed'] });
      const unknown = await t.http
        .post(syncPath(tenant.userId))
        .set(tenant.app.auth)
        .send({ provider: 'google_health', data: { records: [] } })
        .expect(202);
      const nothing = await t.http
        .post(syncPath(tenant.userId))
        .set(tenant.app.auth)
        .send({ provider: 'apple', data: { records: [{ type: 'HKQuantityTypeIdentifierHeartRate' }] } })
        .expect(202);
      await eventually(() => receiver.ofType('sync.quarantined').length === 2, 'two sync.quarantined');
      const byBatch = Object.fromEntries(
        receiver.ofType('sync.quarantined').map((r) => [r.json.data.batch_id, r.json.data]),
      );
      expect(byBatch[unknown.body.batch_id]).toEqual({
        user_id: tenant.userId,
        batch_id: unknown.body.batch_id,
        provider: null,
        reason: 'unknown_provider',
      });
      expect(byBatch[nothing.body.batch_id]).toEqual({
        user_id: tenant.userId,
        batch_id: nothing.body.batch_id,
        provider: 'apple',
        reason: 'nothing_usable',
      });
      const completed = await t.db.query(
        `SELECT count(*)::int AS n FROM webhook_events WHERE type = 'sync.completed'`,
      );
      expect(completed.rows[0].n).toBe(0);
      expect(receiver.rejected).toEqual([]);
    });

    it('sends only the subscribed types, and user.created / user.deleted', async () => {
      await endpoint({ event_types: ['user.created', 'user.deleted'] });
      const userId = await seedUser(t, tenant.app, { external_user_id: 'hooked-user' });
      const created = await eventually(() => receiver.ofType('user.created')[0], 'user.created');
      expect(created.json.data).toEqual({ user_id: userId, external_user_id: 'hooked-user' });
      await t.http
        .post(syncPath(userId))
        .set(tenant.app.auth)
        .send(envelope(heartRateRecords(1)))
        .expect(202);
      await t.http.delete(`/api/v1/users/${userId}`).set(tenant.app.auth).expect(204);
      const deleted = await eventually(() => receiver.ofType('user.deleted')[0], 'user.deleted');
      expect(deleted.json.data).toEqual({ user_id: userId });
      expect(receiver.received.map((r) => r.json.type)).toEqual(['user.created', 'user.deleted']);
      expect(receiver.rejected).toEqual([]);
    });

    it('retries 500, 500, then 200: three attempts with the same webhook-id, all in the delivery log', async () => {
      const { id } = await endpoint();
      receiver.answers = [500, 500, 200];
      await t.http
        .post(`${hooks(tenant.app.appId)}/${id}/test`)
        .set(tenant.operator.auth)
        .expect(202);
      await eventually(() => receiver.ofType('webhook.test').length === 3, 'three attempts');
      const ids = new Set(receiver.ofType('webhook.test').map((r) => r.headers['webhook-id']));
      expect(ids.size).toBe(1);
      expect(receiver.rejected).toEqual([]);

      const log = await eventually(async () => {
        const page = await deliveries(id);
        return page.items[0]?.state === 'succeeded' ? page : undefined;
      }, 'succeeded in the log');
      expect(log.items[0]).toMatchObject({
        event_type: 'webhook.test',
        attempt_count: 3,
        next_attempt_at: null,
      });
      expect(log.items[0].attempts.map((a: { status_code: number }) => a.status_code)).toEqual([
        500, 500, 200,
      ]);
      for (const attempt of log.items[0].attempts) expect(attempt.latency_ms).toBeGreaterThanOrEqual(0);
      expect(`msg_${log.items[0].event_id.replaceAll('-', '')}`).toBe([...ids][0]);
    });

    it('delivers to a receiver that was down once it is back', async () => {
      const down = await new Receiver().start();
      const port = down.port;
      await down.stop();
      const created = await registerEndpoint(t, tenant.app.appId, tenant.operator.auth, {
        url: `http://127.0.0.1:${port}/hook`,
        event_types: ['user.created'],
      });
      const userId = await seedUser(t, tenant.app);
      const log = await eventually(async () => {
        const page = await deliveries(created.id);
        return page.items[0]?.attempt_count >= 1 ? page : undefined;
      }, 'a failed attempt');
      expect(log.items[0].attempts[0]).toMatchObject({ status_code: null });
      expect(log.items[0].attempts[0].error).toBe('ECONNREFUSED');

      const back = new Receiver();
      back.secrets = [created.secret];
      await back.start(port);
      try {
        const got = await eventually(() => back.ofType('user.created')[0], 'delivery after the outage');
        expect(got.json.data.user_id).toBe(userId);
        expect(back.rejected).toEqual([]);
      } finally {
        await back.stop();
      }
    });

    it('gives up after the schedule, marks the delivery failed, and retries it on request', async () => {
      const { id } = await endpoint();
      receiver.answers = [500, 500, 500, 500, 500];
      await t.http
        .post(`${hooks(tenant.app.appId)}/${id}/test`)
        .set(tenant.operator.auth)
        .expect(202);
      const failed = await eventually(async () => {
        const page = await deliveries(id);
        return page.items[0]?.state === 'failed' ? page.items[0] : undefined;
      }, 'exhausted delivery');
      expect(failed.attempt_count).toBe(5);
      const retried = await t.http
        .post(`${hooks(tenant.app.appId)}/${id}/deliveries/${failed.id}/retry`)
        .set(tenant.operator.auth)
        .expect(202);
      expect(retried.body).toEqual({ delivery_id: failed.id, attempt: 6 });
      await eventually(async () => (await deliveries(id)).items[0].state === 'succeeded', 'retried delivery');
      expect(receiver.ofType('webhook.test')).toHaveLength(6);
    });

    it('replays the events since a time to one endpoint', async () => {
      const { id } = await endpoint({ event_types: ['user.created'] });
      const since = new Date(Date.now() - 1000).toISOString();
      await seedUser(t, tenant.app);
      await seedUser(t, tenant.app);
      await eventually(() => receiver.ofType('user.created').length === 2, 'two user.created');
      const replay = await t.http
        .post(`${hooks(tenant.app.appId)}/${id}/replay`)
        .set(tenant.operator.auth)
        .send({ since })
        .expect(202);
      expect(replay.body).toEqual({ deliveries: 2 });
      await eventually(() => receiver.ofType('user.created').length === 4, 'replayed events');
      const first = receiver.received.slice(0, 2).map((r) => r.headers['webhook-id']);
      const again = receiver.received.slice(2).map((r) => r.headers['webhook-id']);
      expect(again.sort()).toEqual(first.sort());
    });

    it('signs with both secrets during a rotation grace, then with the new one only', async () => {
      const { id, secret: old } = await endpoint();
      const rotated = await t.http
        .post(`${hooks(tenant.app.appId)}/${id}/rotate-secret`)
        .set(tenant.operator.auth)
        .send({ grace_seconds: 3600 })
        .expect(200);
      expect(rotated.body.secret).not.toBe(old);
      expect(Date.parse(rotated.body.previous_secret_expires_at)).toBeGreaterThan(Date.now());
      receiver.secrets = [old, rotated.body.secret];
      await t.http
        .post(`${hooks(tenant.app.appId)}/${id}/test`)
        .set(tenant.operator.auth)
        .expect(202);
      const during = await eventually(() => receiver.ofType('webhook.test')[0], 'test during grace');
      expect(during.headers['webhook-signature'].split(' ')).toHaveLength(2);
      expect(receiver.rejected).toEqual([]);

      const immediate = await t.http
        .post(`${hooks(tenant.app.appId)}/${id}/rotate-secret`)
        .set(tenant.operator.auth)
        .send({ grace_seconds: 0 })
        .expect(200);
      receiver.secrets = [immediate.body.secret];
      await t.http
        .post(`${hooks(tenant.app.appId)}/${id}/test`)
        .set(tenant.operator.auth)
        .expect(202);
      const after = await eventually(() => receiver.ofType('webhook.test')[1], 'test after rotation');
      expect(after.headers['webhook-signature'].split(' ')).toHaveLength(1);
      expect(receiver.rejected).toEqual([]);
    });

    it('disables an endpoint failing for longer than the limit, with an audit event and a notice in its log', async () => {
      const { id } = await endpoint();
      await t.db.query(
        `UPDATE webhook_endpoints SET failing_since = now() - interval '6 days' WHERE id = $1`,
        [id],
      );
      receiver.answers = [500];
      await t.http
        .post(`${hooks(tenant.app.appId)}/${id}/test`)
        .set(tenant.operator.auth)
        .expect(202);
      const disabled = await eventually(async () => {
        const read = await t.http.get(`${hooks(tenant.app.appId)}/${id}`).set(tenant.operator.auth);
        return read.body.enabled === false ? read.body : undefined;
      }, 'disabled endpoint');
      expect(disabled.disabled_reason).toBe('failing');
      const log = await deliveries(id);
      expect(
        log.items.map((d: { event_type: string; state: string }) => [d.event_type, d.state]).sort(),
      ).toEqual([
        ['webhook.disabled', 'notice'],
        ['webhook.test', 'cancelled'],
      ]);
      const audit = await t.db.query(`SELECT action FROM audit_events WHERE subject_id = $1`, [id]);
      expect(audit.rows.map((r) => r.action)).toContain('webhook.disabled');
      await t.http
        .post(`${hooks(tenant.app.appId)}/${id}/test`)
        .set(tenant.operator.auth)
        .expect(409);
      expect(receiver.ofType('webhook.test')).toHaveLength(1);

      const enabled = await t.http
        .patch(`${hooks(tenant.app.appId)}/${id}`)
        .set(tenant.operator.auth)
        .send({ enabled: true })
        .expect(200);
      expect(enabled.body).toMatchObject({ enabled: true, disabled_reason: null });
    });
  });

  describe('transactional outbox', () => {
    it('emits nothing for a rolled-back batch', async () => {
      const { id } = await endpoint({ event_types: ['sync.completed'] });
      // Make the batch fail inside its transaction, after the journal row and some samples were written.
      await t.db.query(`CREATE OR REPLACE FUNCTION wb_test_fail() RETURNS trigger AS $$
        BEGIN IF NEW.start_at = '2026-04-01T08:02:00Z' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
      await t.db.query(
        'CREATE TRIGGER wb_test_fail BEFORE INSERT ON samples FOR EACH ROW EXECUTE FUNCTION wb_test_fail()',
      );
      try {
        const records = heartRateRecords(3, '2026-04-01');
        const failed = await t.http
          .post(syncPath(tenant.userId))
          .set(tenant.app.auth)
          .send(envelope(records));
        expect(failed.status).toBeGreaterThanOrEqual(500);
      } finally {
        await t.db.query('DROP TRIGGER wb_test_fail ON samples');
      }
      const good = await t.http
        .post(syncPath(tenant.userId))
        .set(tenant.app.auth)
        .send(envelope(heartRateRecords(1, '2026-04-02')))
        .expect(202);
      const delivered = await eventually(() => receiver.ofType('sync.completed')[0], 'the good batch');
      expect(delivered.json.data.batch_id).toBe(good.body.batch_id);
      const { rows } = await t.db.query(
        `SELECT data->>'batch_id' AS batch FROM webhook_events WHERE type = 'sync.completed'`,
      );
      expect(rows.map((r) => r.batch)).toEqual([good.body.batch_id]);
      expect((await deliveries(id)).total).toBe(1);
    });

    it('coalesces summary.updated over a backfill of many batches for one day', async () => {
      await endpoint({ event_types: ['summary.updated'] });
      const userId = await seedUser(t, tenant.app);
      const batches = 20;
      for (let i = 0; i < batches; i++)
        await t.http
          .post(syncPath(userId))
          .set(tenant.app.auth)
          .send(envelope(heartRateRecords(3, '2026-05-10', i * 3)))
          .expect(202);
      const summary = await eventually(() => receiver.ofType('summary.updated')[0], 'summary.updated');
      expect(summary.json.data).toEqual({
        user_id: userId,
        days: [{ local_date: '2026-05-10', kinds: ['activity'] }],
      });
      const { rows } = await t.db.query(
        `SELECT count(*)::int AS n FROM webhook_events WHERE type = 'summary.updated' AND data->>'user_id' = $1`,
        [userId],
      );
      expect(rows[0].n).toBeLessThan(batches / 4);
    });

    it('records through WebhookOutbox.record in the caller transaction: commit delivers, rollback does not', async () => {
      await endpoint({ event_types: ['connection.revoked'] });
      const outbox = t.app.get(WebhookOutbox);
      const dataSource = t.app.get(DataSource);
      await expect(
        dataSource.transaction(async (manager) => {
          await outbox.record(manager, tenant.app.id, 'connection.revoked', {
            user_id: tenant.userId,
            provider: 'apple',
            reason: 'operator',
          });
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      await dataSource.transaction((manager) =>
        outbox.record(manager, tenant.app.id, 'connection.revoked', {
          user_id: tenant.userId,
          provider: 'samsung',
          reason: 'sdk_sign_out',
        }),
      );
      const got = await eventually(() => receiver.ofType('connection.revoked')[0], 'connection.revoked');
      expect(got.json.data).toEqual({ user_id: tenant.userId, provider: 'samsung', reason: 'sdk_sign_out' });
      const { rows } = await t.db.query(
        `SELECT count(*)::int AS n FROM webhook_events WHERE type = 'connection.revoked'`,
      );
      expect(rows[0].n).toBe(1);
      await expect(
        outbox.record(dataSource.manager, tenant.app.id, 'user.deleted', { user_id: tenant.userId }),
      ).rejects.toThrow('inside a transaction');
    });
  });
});
