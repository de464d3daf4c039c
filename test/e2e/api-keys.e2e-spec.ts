import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedApplication, seedOperator, seedUser, SeededApplication, SeededOperator } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';

describe('API keys', () => {
  let t: TestApp;
  let owner: SeededOperator;
  let app: SeededApplication;
  let userId: string;
  beforeAll(async () => {
    t = await startTestApp();
    owner = await seedOperator(t);
    app = await seedApplication(t, owner);
    userId = await seedUser(t, app);
  });
  afterAll(async () => {
    await t.close();
  });

  async function createKey(name = 'backend') {
    const response = await t.http
      .post('/api/v1/developer/api-keys')
      .set(owner.auth)
      .send({ name, app_id: app.appId })
      .expect(201);
    return response.body;
  }

  it('creates a key shown once, acting as its application under both header names', async () => {
    const created = await createKey();
    expect(created.key).toMatch(/^sk-[0-9a-f]{64}$/);
    expect(created).toMatchObject({
      name: 'backend',
      app_id: app.appId,
      prefix: created.key.slice(0, 11),
      created_by: owner.id,
    });
    await t.http.get(`/api/v1/users/${userId}`).set('X-Open-Wearables-API-Key', created.key).expect(200);
    await t.http.get(`/api/v1/users/${userId}`).set('X-API-Key', created.key).expect(200);
  });

  it('lists keys with their prefix only and stores only a hash', async () => {
    const created = await createKey('listed');
    const list = await t.http.get('/api/v1/developer/api-keys').set(owner.auth).expect(200);
    const listed = list.body.find((k: { id: string }) => k.id === created.id);
    expect(listed).toMatchObject({ prefix: created.prefix, name: 'listed' });
    expect(JSON.stringify(list.body)).not.toContain(created.key);
    const { rows } = await t.db.query('SELECT key_hash FROM api_keys WHERE id = $1', [created.id]);
    expect(rows[0].key_hash).toHaveLength(32);
  });

  it('renames, rotates (old key stops at once) and deletes a key', async () => {
    const created = await createKey('old name');
    const renamed = await t.http
      .patch(`/api/v1/developer/api-keys/${created.id}`)
      .set(owner.auth)
      .send({ name: 'new name' })
      .expect(200);
    expect(renamed.body.name).toBe('new name');

    const rotated = await t.http
      .post(`/api/v1/developer/api-keys/${created.id}/rotate`)
      .set(owner.auth)
      .expect(201);
    expect(rotated.body).toMatchObject({ id: created.id, name: 'new name' });
    expect(rotated.body.key).not.toBe(created.key);
    await t.http.get('/api/v1/users').set('X-API-Key', created.key).expect(401);
    await t.http.get('/api/v1/users').set('X-API-Key', rotated.body.key).expect(200);

    await t.http.delete(`/api/v1/developer/api-keys/${created.id}`).set(owner.auth).expect(204);
    const refused = await t.http.get('/api/v1/users').set('X-API-Key', rotated.body.key).expect(401);
    expect(refused.body.detail).toBe('Invalid or missing API key');
  });

  it('lets app credentials manage their own application’s keys', async () => {
    const created = await t.http
      .post('/api/v1/developer/api-keys')
      .set(app.auth)
      .send({ name: 'self-service' })
      .expect(201);
    expect(created.body.app_id).toBe(app.appId);
    expect(created.body.created_by).toBeNull();
    const list = await t.http.get('/api/v1/developer/api-keys').set(app.auth).expect(200);
    expect(list.body.every((k: { app_id: string }) => k.app_id === app.appId)).toBe(true);
  });

  it('hides other tenants’ keys (404) and validates input', async () => {
    const stranger = await seedOperator(t);
    const created = await createKey('private');
    await t.http
      .patch(`/api/v1/developer/api-keys/${created.id}`)
      .set(stranger.auth)
      .send({ name: 'x' })
      .expect(404);
    await t.http.delete(`/api/v1/developer/api-keys/${created.id}`).set(stranger.auth).expect(404);
    await t.http
      .post('/api/v1/developer/api-keys')
      .set(stranger.auth)
      .send({ name: 'x', app_id: app.appId })
      .expect(404);
    await t.http.post('/api/v1/developer/api-keys').set(owner.auth).send({ name: 'no app' }).expect(400);
    await t.http
      .post('/api/v1/developer/api-keys')
      .set(owner.auth)
      .send({ name: 'bad', app_id: 'nope' })
      .expect(400);
    await t.http.delete('/api/v1/developer/api-keys/not-a-uuid').set(owner.auth).expect(400);
    await t.http.get('/api/v1/users').set('X-API-Key', 'sk-123').expect(401);
  });
});
