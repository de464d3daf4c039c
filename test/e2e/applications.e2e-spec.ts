import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  basicAuth,
  seedApiKey,
  seedApplication,
  seedOperator,
  seedUser,
  SeededOperator,
} from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';

describe('Applications', () => {
  let t: TestApp;
  let owner: SeededOperator;
  let stranger: SeededOperator;
  beforeAll(async () => {
    t = await startTestApp();
    owner = await seedOperator(t);
    stranger = await seedOperator(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates an application and shows its 256-bit secret once', async () => {
    const response = await t.http
      .post('/api/v1/applications')
      .set(owner.auth)
      .send({ name: 'Fitness' })
      .expect(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      app_id: expect.stringMatching(/^app_[0-9a-f]{32}$/),
      name: 'Fitness',
      organization_id: expect.any(String),
      created_at: expect.any(String),
      app_secret: expect.stringMatching(/^secret_[0-9a-f]{64}$/),
    });
    const fetched = await t.http
      .get(`/api/v1/applications/${response.body.app_id}`)
      .set(owner.auth)
      .expect(200);
    expect(fetched.body).not.toHaveProperty('app_secret');
  });

  it('stores only a hash of the secret', async () => {
    const app = await seedApplication(t, owner);
    const { rows } = await t.db.query('SELECT secret_hash FROM applications WHERE id = $1', [app.id]);
    expect(rows[0].secret_hash).toHaveLength(32);
    expect(rows[0].secret_hash.toString('hex')).not.toContain(app.appSecret.slice(7));
  });

  it('lists only the caller’s applications, newest first, without secrets', async () => {
    const mine = await seedApplication(t, owner, 'Mine');
    await seedApplication(t, stranger, 'Theirs');
    const response = await t.http.get('/api/v1/applications').set(owner.auth).expect(200);
    const names = response.body.map((a: { name: string }) => a.name);
    expect(names).toContain('Mine');
    expect(names).not.toContain('Theirs');
    expect(response.body[0].app_id).toBe(mine.appId);
    expect(JSON.stringify(response.body)).not.toContain('secret');
  });

  it('answers 404 for another operator’s application on every route', async () => {
    const theirs = await seedApplication(t, stranger);
    await t.http.get(`/api/v1/applications/${theirs.appId}`).set(owner.auth).expect(404);
    await t.http.delete(`/api/v1/applications/${theirs.appId}`).set(owner.auth).expect(404);
    await t.http
      .post(`/api/v1/applications/${theirs.appId}/rotate-secret`)
      .set(owner.auth)
      .send({})
      .expect(404);
  });

  it('rejects invalid input with 400 listing every bad field, and unknown fields', async () => {
    const response = await t.http
      .post('/api/v1/applications')
      .set(owner.auth)
      .send({ name: 'x'.repeat(101), colour: 'red' })
      .expect(400);
    expect(response.body.type).toBe('urn:wearbridge:problem:validation-failed');
    const fields = response.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'colour']));
    await t.http.post('/api/v1/applications').set(owner.auth).send({}).expect(400);
  });

  it('requires an operator: app credentials and no credentials get 401', async () => {
    const app = await seedApplication(t, owner);
    await t.http.get('/api/v1/applications').set(app.auth).expect(401);
    await t.http.get('/api/v1/applications').expect(401);
  });

  it('rotates the secret: the old one stops at once without a grace period', async () => {
    const app = await seedApplication(t, owner);
    const userId = await seedUser(t, app);
    const rotated = await t.http
      .post(`/api/v1/applications/${app.appId}/rotate-secret`)
      .set(owner.auth)
      .send({})
      .expect(200);
    expect(rotated.body.app_secret).toMatch(/^secret_/);
    expect(rotated.body.app_secret).not.toBe(app.appSecret);
    await t.http.get(`/api/v1/users/${userId}`).set(app.auth).expect(401);
    await t.http
      .get(`/api/v1/users/${userId}`)
      .set('Authorization', basicAuth(app.appId, rotated.body.app_secret))
      .expect(200);
  });

  it('keeps the old secret working during grace_seconds', async () => {
    const app = await seedApplication(t, owner);
    const userId = await seedUser(t, app);
    const rotated = await t.http
      .post(`/api/v1/applications/${app.appId}/rotate-secret`)
      .set(owner.auth)
      .send({ grace_seconds: 300 })
      .expect(200);
    await t.http.get(`/api/v1/users/${userId}`).set(app.auth).expect(200);
    await t.http
      .get(`/api/v1/users/${userId}`)
      .set('Authorization', basicAuth(app.appId, rotated.body.app_secret))
      .expect(200);
    await t.http
      .post(`/api/v1/applications/${app.appId}/rotate-secret`)
      .set(owner.auth)
      .send({ grace_seconds: -1 })
      .expect(400);
  });

  it('refuses to delete an application that still has users unless force=true', async () => {
    const app = await seedApplication(t, owner);
    const userId = await seedUser(t, app);
    const refused = await t.http.delete(`/api/v1/applications/${app.appId}`).set(owner.auth).expect(409);
    expect(refused.body.detail).toMatch(/force=true/);
    await t.http.get(`/api/v1/users/${userId}`).set(app.auth).expect(200);
    await t.http.delete(`/api/v1/applications/${app.appId}?force=maybe`).set(owner.auth).expect(400);

    await t.http.delete(`/api/v1/applications/${app.appId}?force=true`).set(owner.auth).expect(204);
    const { rows } = await t.db.query('SELECT count(*)::int AS n FROM users WHERE id = $1', [userId]);
    expect(rows[0].n).toBe(0);
  });

  it('stops the secret and API keys of a deleted application at once', async () => {
    const app = await seedApplication(t, owner);
    const apiKey = await seedApiKey(t, owner, app);
    await t.http.get('/api/v1/users').set(app.auth).expect(200);
    await t.http.get('/api/v1/users').set('X-Open-Wearables-API-Key', apiKey).expect(200);
    await t.http.delete(`/api/v1/applications/${app.appId}`).set(owner.auth).expect(204);
    await t.http.get('/api/v1/users').set(app.auth).expect(401);
    await t.http.get('/api/v1/users').set('X-Open-Wearables-API-Key', apiKey).expect(401);
    const audit = await t.db.query(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'application.deleted' AND application_id = $1",
      [app.id],
    );
    expect(audit.rows[0].n).toBe(1);
  });
});
