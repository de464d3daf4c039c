import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedApplication, seedOperator, SeededApplication, SeededOperator } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';

describe('Users', () => {
  let t: TestApp;
  let operator: SeededOperator;
  let app: SeededApplication;
  let otherApp: SeededApplication;
  beforeAll(async () => {
    t = await startTestApp();
    operator = await seedOperator(t);
    app = await seedApplication(t, operator, 'A');
    otherApp = await seedApplication(t, await seedOperator(t), 'B');
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates a user with app credentials and the peer’s fields', async () => {
    const response = await t.http
      .post('/api/v1/users')
      .set(app.auth)
      .send({ first_name: ' Ada ', last_name: 'Lovelace', email: 'Ada@Example.com', external_user_id: 'u-1' })
      .expect(201);
    expect(response.body).toMatchObject({
      first_name: 'Ada',
      last_name: 'Lovelace',
      email: 'ada@example.com',
      external_user_id: 'u-1',
      last_synced_at: null,
      last_synced_provider: null,
      has_active_connection: false,
      app_id: app.appId,
    });
  });

  it('returns the existing user with 200 when the external_user_id exists, never a duplicate', async () => {
    const first = await t.http
      .post('/api/v1/users')
      .set(app.auth)
      .send({ external_user_id: 'same' })
      .expect(201);
    const again = await t.http
      .post('/api/v1/users')
      .set(app.auth)
      .send({ external_user_id: 'same', first_name: 'X' })
      .expect(200);
    expect(again.body.id).toBe(first.body.id);
    const concurrent = await Promise.all(
      Array.from({ length: 8 }, () =>
        t.http.post('/api/v1/users').set(app.auth).send({ external_user_id: 'race' }),
      ),
    );
    expect(new Set(concurrent.map((r) => r.body.id)).size).toBe(1);
    expect(concurrent.filter((r) => r.status === 201)).toHaveLength(1);
    // Another application may use the same external id for its own user.
    const elsewhere = await t.http
      .post('/api/v1/users')
      .set(otherApp.auth)
      .send({ external_user_id: 'same' })
      .expect(201);
    expect(elsewhere.body.id).not.toBe(first.body.id);
  });

  it('answers 409 for an email already used in the application', async () => {
    await t.http.post('/api/v1/users').set(app.auth).send({ email: 'dup@example.com' }).expect(201);
    const response = await t.http
      .post('/api/v1/users')
      .set(app.auth)
      .send({ email: 'DUP@example.com' })
      .expect(409);
    expect(response.body.detail).toBe('User with this email already exists.');
  });

  it('validates every field and names each bad one', async () => {
    const response = await t.http
      .post('/api/v1/users')
      .set(app.auth)
      .send({ email: 'not-an-email', first_name: 'x'.repeat(101), external_user_id: '' })
      .expect(400);
    const fields = response.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['email', 'external_user_id', 'first_name']);
  });

  it('requires app_id when an operator creates a user, and checks it is theirs', async () => {
    await t.http.post('/api/v1/users').set(operator.auth).send({ first_name: 'Op' }).expect(400);
    await t.http.post('/api/v1/users').set(operator.auth).send({ app_id: otherApp.appId }).expect(404);
    const created = await t.http
      .post('/api/v1/users')
      .set(operator.auth)
      .send({ app_id: app.appId, first_name: 'Op' })
      .expect(201);
    expect(created.body.app_id).toBe(app.appId);
  });

  it('pages with the peer envelope, filters and sorts', async () => {
    const fresh = await seedApplication(t, operator, 'Paging');
    for (const name of ['Carol', 'alice', 'Bob']) {
      await t.http
        .post('/api/v1/users')
        .set(fresh.auth)
        .send({ first_name: name, email: `${name.toLowerCase()}@p.example` })
        .expect(201);
    }
    const page1 = await t.http
      .get('/api/v1/users?limit=2&page=1&sort_by=first_name&sort_order=asc')
      .set(fresh.auth)
      .expect(200);
    expect(page1.body).toMatchObject({
      total: 3,
      page: 1,
      limit: 2,
      pages: 2,
      has_next: true,
      has_prev: false,
    });
    const page2 = await t.http
      .get('/api/v1/users?limit=2&page=2&sort_by=first_name&sort_order=asc')
      .set(fresh.auth)
      .expect(200);
    expect(page2.body).toMatchObject({ has_next: false, has_prev: true });
    const names = [...page1.body.items, ...page2.body.items].map((u: { first_name: string }) => u.first_name);
    expect(names).toEqual(['alice', 'Bob', 'Carol']);
    const search = await t.http.get('/api/v1/users?search=CAR').set(fresh.auth).expect(200);
    expect(search.body.items.map((u: { first_name: string }) => u.first_name)).toEqual(['Carol']);
    const byEmail = await t.http.get('/api/v1/users?email=BOB@p.example').set(fresh.auth).expect(200);
    expect(byEmail.body.total).toBe(1);
    const wildcard = await t.http.get('/api/v1/users?search=%25').set(fresh.auth).expect(200);
    expect(wildcard.body.total).toBe(0);
    await t.http.get('/api/v1/users?limit=101').set(fresh.auth).expect(400);
    await t.http.get('/api/v1/users?sort_by=password').set(fresh.auth).expect(400);
  });

  it('lets an operator list all their applications’ users or one application’s', async () => {
    const all = await t.http.get('/api/v1/users?limit=100').set(operator.auth).expect(200);
    expect(all.body.items.every((u: { app_id: string }) => u.app_id !== otherApp.appId)).toBe(true);
    const one = await t.http
      .get(`/api/v1/users?app_id=${app.appId}&limit=100`)
      .set(operator.auth)
      .expect(200);
    expect(one.body.items.every((u: { app_id: string }) => u.app_id === app.appId)).toBe(true);
    await t.http.get(`/api/v1/users?app_id=${otherApp.appId}`).set(operator.auth).expect(404);
  });

  it('hides users of other tenants behind 404 on every route', async () => {
    const theirs = await t.http
      .post('/api/v1/users')
      .set(otherApp.auth)
      .send({ first_name: 'Hidden' })
      .expect(201);
    const id = theirs.body.id;
    await t.http.get(`/api/v1/users/${id}`).set(app.auth).expect(404);
    await t.http.patch(`/api/v1/users/${id}`).set(app.auth).send({ first_name: 'x' }).expect(404);
    await t.http.delete(`/api/v1/users/${id}`).set(app.auth).expect(404);
    await t.http.get(`/api/v1/users/${id}`).set(operator.auth).expect(404);
    const list = await t.http.get('/api/v1/users?search=Hidden').set(app.auth).expect(200);
    expect(list.body.total).toBe(0);
    await t.http.get('/api/v1/users/not-a-uuid').set(app.auth).expect(400);
  });

  it('updates and deletes a user together with everything of theirs', async () => {
    const created = await t.http.post('/api/v1/users').set(app.auth).send({ first_name: 'Temp' }).expect(201);
    const id = created.body.id;
    const patched = await t.http
      .patch(`/api/v1/users/${id}`)
      .set(app.auth)
      .send({ last_name: 'Porary' })
      .expect(200);
    expect(patched.body).toMatchObject({ first_name: 'Temp', last_name: 'Porary' });
    await t.http.post(`/api/v1/users/${id}/token`).set(app.auth).expect(200);
    await t.http.delete(`/api/v1/users/${id}`).set(app.auth).expect(204);
    await t.http.get(`/api/v1/users/${id}`).set(app.auth).expect(404);
    const { rows } = await t.db.query(
      'SELECT count(*)::int AS n FROM refresh_token_families WHERE user_id = $1',
      [id],
    );
    expect(rows[0].n).toBe(0);
  });
});
