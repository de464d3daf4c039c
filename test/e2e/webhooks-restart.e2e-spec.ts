import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { seedTenant } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';
import {
  envelope,
  eventually,
  FAST_WEBHOOKS,
  heartRateRecords,
  Receiver,
  registerEndpoint,
} from './webhook-helpers.js';

// Both processes must open the secrets the other sealed: one server key, as in any multi-process deployment.
const SHARED_KEY = randomBytes(32).toString('base64');

describe('Webhook delivery across a restart', () => {
  let receiver: Receiver;
  let first: TestApp;
  let second: TestApp | null = null;

  beforeAll(async () => {
    receiver = await new Receiver().start();
    first = await startTestApp({
      ...FAST_WEBHOOKS,
      WEBHOOKS_SECRET_KEY: SHARED_KEY,
      WEBHOOKS_WORKER_ENABLED: 'false',
    });
  });
  afterAll(async () => {
    await second?.close();
    await first.close();
    await receiver.stop();
  });

  it('delivers after restart what an API without running workers committed before it stopped', async () => {
    const tenant = await seedTenant(first);
    const { secret } = await registerEndpoint(first, tenant.app.appId, tenant.operator.auth, {
      url: receiver.url,
      event_types: ['sync.completed'],
    });
    receiver.secrets = [secret];
    const sync = await first.http
      .post(`/api/v1/sdk/users/${tenant.userId}/sync`)
      .set(tenant.app.auth)
      .send(envelope(heartRateRecords(2)))
      .expect(202);
    // Committed with its fan-out job, and nothing delivered: this API runs no workers.
    const { rows } = await first.db.query(
      `SELECT fanned_out_at FROM webhook_events WHERE type = 'sync.completed'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].fanned_out_at).toBeNull();
    // The API stops between commit and delivery; a new process on the same database picks the job up.
    await first.app.close();
    expect(receiver.received).toHaveLength(0);

    second = await startTestApp({
      ...FAST_WEBHOOKS,
      WEBHOOKS_SECRET_KEY: SHARED_KEY,
      DATABASE_URL: first.config.database.url!,
    });
    const got = await eventually(() => receiver.ofType('sync.completed')[0], 'delivery after restart');
    expect(got.json.data.batch_id).toBe(sync.body.batch_id);
    expect(receiver.rejected).toEqual([]);
  });
});
