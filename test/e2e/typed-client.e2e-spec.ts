import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { Webhook } from 'standardwebhooks';
import { createWearbridgeClient } from '../../client/src/index.js';
import { seedOperator } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';
import { eventually, FAST_WEBHOOKS, Receiver } from './webhook-helpers.js';

const EXAMPLE_DAY = JSON.parse(
  readFileSync(new URL('../../examples/ios-sync-payload.json', import.meta.url), 'utf8'),
);

/** client/README.md's walkthrough, through the typed client against the real server. */
describe('The typed client (client/)', () => {
  let t: TestApp;
  let receiver: Receiver;

  beforeAll(async () => {
    t = await startTestApp(FAST_WEBHOOKS);
    receiver = await new Receiver().start();
  });
  afterAll(async () => {
    await t.close();
    await receiver.stop();
  });

  it('creates a user, mints a token, pushes a day, reads its summary and verifies the webhook', async () => {
    const operator = await seedOperator(t);
    const console = createWearbridgeClient({ baseUrl: t.baseUrl, auth: { bearerToken: operator.token } });
    const created = await console.POST('/api/v1/applications', { body: { name: 'Typed client app' } });
    expect(created.response.status).toBe(201);
    const { app_id: appId, app_secret: appSecret } = created.data!;

    const backend = createWearbridgeClient({ baseUrl: t.baseUrl, auth: { appId, appSecret } });
    const user = await backend.POST('/api/v1/users', { body: { external_user_id: 'customer-42' } });
    expect(user.response.status).toBe(201);
    const userId = user.data!.id;

    const hook = await backend.POST('/api/v1/applications/{app_id}/webhooks', {
      params: { path: { app_id: appId } },
      body: { url: receiver.url, event_types: ['sync.completed'] },
    });
    expect(hook.response.status).toBe(201);
    const verifier = new Webhook(hook.data!.secret);

    const pair = await backend.POST('/api/v1/users/{user_id}/token', {
      params: { path: { user_id: userId } },
      body: {},
    });
    expect(pair.data).toMatchObject({ token_type: 'bearer', refresh_token: expect.stringMatching(/^rt-/) });

    const phone = createWearbridgeClient({
      baseUrl: t.baseUrl,
      auth: { bearerToken: pair.data!.access_token },
    });
    const pushed = await phone.POST('/api/v1/sdk/users/{user_id}/sync', {
      params: { path: { user_id: userId } },
      body: EXAMPLE_DAY,
    });
    expect(pushed.response.status).toBe(202);
    expect(pushed.data).toMatchObject({ status: 'completed', rejected: 0 });

    const summary = await backend.GET('/api/v1/users/{user_id}/summaries/activity', {
      params: { path: { user_id: userId }, query: { start_date: '2026-11-20', end_date: '2026-11-20' } },
    });
    expect(summary.response.status).toBe(200);
    expect(summary.data!.data.map((day) => [day.date, day.steps])).toEqual([['2026-11-20', 8110]]);

    const delivery = await eventually(() => receiver.ofType('sync.completed')[0], 'sync.completed');
    const event = verifier.verify(delivery.body, delivery.headers) as {
      type: string;
      data: { batch_id: string };
    };
    expect(event).toMatchObject({ type: 'sync.completed', data: { batch_id: pushed.data!.batch_id } });
  });

  it('answers errors as typed problems, and its types refuse what the API would', async () => {
    const anonymous = createWearbridgeClient({ baseUrl: t.baseUrl });
    const refused = await anonymous.GET('/api/v1/users/{user_id}', {
      params: { path: { user_id: '00000000-0000-4000-8000-000000000000' } },
    });
    expect(refused.response.status).toBe(401);
    expect(refused.error).toMatchObject({ status: 401, detail: expect.any(String) });
    const health = await anonymous.GET('/health');
    expect(health.data).toEqual({ status: 'ok' });

    // Compile-time checks (npm run typecheck): a wrong path parameter and a wrong body field are type errors.
    if (health.response.status === 0) {
      // @ts-expect-error user_id is required
      await anonymous.GET('/api/v1/users/{user_id}', { params: { path: {} } });
      // @ts-expect-error external_user_id is a string
      await anonymous.POST('/api/v1/users', { body: { external_user_id: 42 } });
    }
  });
});
