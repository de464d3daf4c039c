import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { CredentialEvents } from '../../src/common/auth/credential-events.js';
import { basicAuth, seedApplication, seedOperator, seedUser, type SeededOperator } from '../factories.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const EXAMPLE = readFileSync(new URL('../../examples/ios-sync-payload.json', import.meta.url), 'utf8');

/** Two API processes on one database, as WEB_CONCURRENCY=2 runs them: nothing that matters lives in one of them. */
describe('Several API processes on one database', () => {
  let a: TestApp;
  let b: TestApp;
  let operator: SeededOperator;

  beforeAll(async () => {
    // A long credential cache: only the cross-process notice can make the second process forget a secret in time.
    a = await startTestApp({ CREDENTIAL_STATE_CACHE_SECONDS: '60' });
    // The same DATA_DIR, as the processes of WEB_CONCURRENCY share it: the same signing keys.
    b = await startTestApp({
      DATABASE_URL: a.config.database.url!,
      DATA_DIR: a.config.dataDir,
      CREDENTIAL_STATE_CACHE_SECONDS: '60',
    });
    operator = await seedOperator(a);
  });

  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const nextNotice = (t: TestApp) =>
    new Promise<void>((resolve) => t.app.get(CredentialEvents).subscribe(() => resolve()));

  it('stops accepting a rotated secret in the other process at once, not after its cache expires', async () => {
    const app = await seedApplication(a, operator);
    await b.http.get('/api/v1/users').set(app.auth).expect(200);

    const noticed = nextNotice(b);
    const rotated = await a.http
      .post(`/api/v1/applications/${app.appId}/rotate-secret`)
      .set(operator.auth)
      .send({})
      .expect(200);
    await noticed;

    await b.http.get('/api/v1/users').set(app.auth).expect(401);
    await b.http
      .get('/api/v1/users')
      .set({ Authorization: basicAuth(app.appId, rotated.body.app_secret) })
      .expect(200);
  });

  it('answers a batch sent to one process and repeated to the other as a replay, storing it once', async () => {
    const app = await seedApplication(a, operator);
    const userId = await seedUser(a, app);
    const minted = await a.http
      .post(`/api/v1/users/${userId}/token`)
      .send({ app_id: app.appId, app_secret: app.appSecret })
      .expect(200);
    const push = (t: TestApp) =>
      t.http
        .post(`/api/v1/sdk/users/${userId}/sync`)
        .set({ Authorization: `Bearer ${minted.body.access_token}` })
        .set('Content-Type', 'application/json')
        .send(EXAMPLE)
        .expect(202);
    const first = await push(a);
    const again = await push(b);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.batch_id).toBe(first.body.batch_id);
    const { rows } = await a.db.query('SELECT count(*)::int AS n FROM sync_batches WHERE user_id = $1', [
      userId,
    ]);
    expect(rows[0].n).toBe(1);
  });

  it('verifies in one process the access tokens the other signed', async () => {
    const app = await seedApplication(a, operator);
    const userId = await seedUser(a, app);
    const minted = await a.http
      .post(`/api/v1/users/${userId}/token`)
      .send({ app_id: app.appId, app_secret: app.appSecret })
      .expect(200);
    await b.http
      .get(`/api/v1/sdk/users/${userId}/sync/00000000-0000-7000-8000-000000000000`)
      .set({ Authorization: `Bearer ${minted.body.access_token}` })
      .expect(404);
  });
});
