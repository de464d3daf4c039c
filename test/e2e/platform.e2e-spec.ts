import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { seedApiKey, seedOperator, seedTenant, TEST_PASSWORD } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';

describe('Platform behaviour: errors, limits, logs and secrets at rest', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ JSON_BODY_LIMIT_BYTES: '2048' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers malformed JSON with a problem+json 400', async () => {
    const operator = await seedOperator(t);
    const response = await t.http
      .post('/api/v1/applications')
      .set(operator.auth)
      .set('Content-Type', 'application/json')
      .send('{"name": ')
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 400, detail: 'Malformed JSON body.' });
  });

  it('answers a body over the limit with 413 naming the limit, also when gzip hides the size', async () => {
    const operator = await seedOperator(t);
    const big = JSON.stringify({ name: 'x'.repeat(5000) });
    const plain = await t.http
      .post('/api/v1/applications')
      .set(operator.auth)
      .set('Content-Type', 'application/json')
      .send(big)
      .expect(413);
    expect(plain.body.detail).toContain('2048');
    const zipped = gzipSync(big);
    expect(zipped.length).toBeLessThan(2048);
    // Sent raw: the test client would re-encode a Buffer body.
    const zippedResponse = await fetch(`${t.baseUrl}/api/v1/applications`, {
      method: 'POST',
      headers: { ...operator.auth, 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      body: zipped,
    });
    expect(zippedResponse.status).toBe(413);
    const { rows } = await t.db.query("SELECT count(*)::int AS n FROM applications WHERE name LIKE 'xxx%'");
    expect(rows[0].n).toBe(0);
  });

  it('reads gzip, deflate and br JSON bodies on ordinary routes, and `+json` media types', async () => {
    const operator = await seedOperator(t);
    const encodings = [
      ['gzip', gzipSync],
      ['deflate', deflateSync],
      ['br', brotliCompressSync],
    ] as const;
    for (const [encoding, compress] of encodings) {
      const response = await fetch(`${t.baseUrl}/api/v1/applications`, {
        method: 'POST',
        headers: { ...operator.auth, 'Content-Type': 'application/json', 'Content-Encoding': encoding },
        body: compress(Buffer.from(JSON.stringify({ name: `compressed ${encoding}` }))),
      });
      expect(response.status).toBe(201);
      expect(((await response.json()) as { name: string }).name).toBe(`compressed ${encoding}`);
    }
    await t.http
      .post('/api/v1/applications')
      .set(operator.auth)
      .set('Content-Type', 'application/vnd.api+json; charset=utf-8')
      .send(JSON.stringify({ name: 'structured suffix' }))
      .expect(201);
  });

  it('answers 415 for a body of a media type no route reads, and 400 for a corrupt compressed body', async () => {
    const operator = await seedOperator(t);
    const response = await t.http
      .post('/api/v1/applications')
      .set(operator.auth)
      .set('Content-Type', 'text/plain')
      .send('name=plain')
      .expect(415);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.detail).toMatch(/Unsupported Content-Type "text\/plain"/);
    const corrupt = await fetch(`${t.baseUrl}/api/v1/applications`, {
      method: 'POST',
      headers: { ...operator.auth, 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      body: Buffer.from('definitely not gzip'),
    });
    expect(corrupt.status).toBe(400);
    expect(((await corrupt.json()) as { detail: string }).detail).toMatch(/corrupt/);
    const unknownEncoding = await fetch(`${t.baseUrl}/api/v1/applications`, {
      method: 'POST',
      headers: { ...operator.auth, 'Content-Type': 'application/json', 'Content-Encoding': 'zstd' },
      body: Buffer.from('{}'),
    });
    expect(unknownEncoding.status).toBe(415);
  });

  it('refuses JSON bodies with prototype-poisoning keys', async () => {
    const operator = await seedOperator(t);
    for (const body of [
      '{"name":"x","__proto__":{"admin":true}}',
      '{"name":"x","constructor":{"prototype":{}}}',
    ]) {
      const response = await t.http
        .post('/api/v1/applications')
        .set(operator.auth)
        .set('Content-Type', 'application/json')
        .send(body)
        .expect(400);
      expect(response.body.detail).toMatch(/__proto__/);
    }
    const { rows } = await t.db.query("SELECT count(*)::int AS n FROM applications WHERE name = 'x'");
    expect(rows[0].n).toBe(0);
  });

  it('treats an empty JSON body as no body: a validation error naming the fields', async () => {
    const operator = await seedOperator(t);
    const response = await t.http
      .post('/api/v1/applications')
      .set(operator.auth)
      .set('Content-Type', 'application/json')
      .send('')
      .expect(400);
    expect(response.body.detail).toMatch(/name/);
  });

  it('echoes a sane X-Request-Id and puts it in problem documents', async () => {
    const response = await t.http.get('/api/v1/users').set('X-Request-Id', 'trace-123').expect(401);
    expect(response.headers['x-request-id']).toBe('trace-123');
    expect(response.body.request_id).toBe('trace-123');
    const generated = await t.http.get('/api/v1/users').set('X-Request-Id', 'bad id with spaces').expect(401);
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never stores a secret, token or password in clear, in any column of any table', async () => {
    const { operator, app, userId } = await seedTenant(t);
    const apiKey = await seedApiKey(t, operator, app);
    const minted = await t.http.post(`/api/v1/users/${userId}/token`).set(app.auth).expect(200);
    const invitation = await t.http.post(`/api/v1/users/${userId}/invitation-code`).set(app.auth).expect(201);
    const secrets = [
      app.appSecret,
      apiKey,
      operator.token,
      minted.body.access_token,
      minted.body.refresh_token,
      invitation.body.code,
      TEST_PASSWORD,
    ];
    const tables = await t.db.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
    for (const { tablename } of tables.rows) {
      const { rows } = await t.db.query(`SELECT * FROM "${tablename}"`);
      const dump = JSON.stringify(rows, (_key, value) =>
        value && value.type === 'Buffer' ? Buffer.from(value.data).toString('latin1') : value,
      );
      for (const secret of secrets) expect(dump.includes(secret)).toBe(false);
    }
  });

  it('never logs credentials, secrets or request bodies', async () => {
    const { operator, app, userId } = await seedTenant(t);
    const minted = await t.http
      .post(`/api/v1/users/${userId}/token`)
      .send({ app_id: app.appId, app_secret: app.appSecret })
      .expect(200);
    await t.http.post('/api/v1/token/refresh').send({ refresh_token: minted.body.refresh_token }).expect(200);
    await t.http.post('/api/v1/users').set(app.auth).send({ first_name: 'Body-Marker-Value' }).expect(201);
    const logs = t.logs.join('\n');
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [
      app.appSecret,
      operator.token,
      minted.body.access_token,
      minted.body.refresh_token,
      'Body-Marker-Value',
      TEST_PASSWORD,
    ]) {
      expect(logs.includes(secret)).toBe(false);
    }
    expect(logs).toContain('"path":"/api/v1/token/refresh"');
  });
});
