import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { seedTenant } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';

const EXAMPLE = JSON.parse(
  readFileSync(new URL('../../examples/ios-sync-payload.json', import.meta.url), 'utf8'),
);

/** Sends raw bytes and reads the whole answer (the server closes after a framing error). */
function raw(t: TestApp, bytes: string): Promise<string> {
  const { port } = new URL(t.baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(bytes));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      answer += chunk;
      if (/\r\n\r\n[\s\S]*\}$/.test(answer)) socket.end();
    });
    socket.on('end', () => resolve(answer));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

function problemOf(answer: string): { status: number; contentType: string; body: Record<string, unknown> } {
  const [head, body] = answer.split('\r\n\r\n');
  return {
    status: Number(head.split(' ')[1]),
    contentType: /content-type: ([^\r\n]+)/i.exec(head)?.[1] ?? '',
    body: JSON.parse(body),
  };
}

const basic = (text: string) => ({ Authorization: `Basic ${Buffer.from(text).toString('base64')}` });

describe('Errors at the edge: framework answers as problem+json, input PostgreSQL cannot store refused', () => {
  let t: TestApp;
  let tenant: Awaited<ReturnType<typeof seedTenant>>;
  beforeAll(async () => {
    t = await startTestApp();
    tenant = await seedTenant(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers a URL that does not decode with 400 and an over-long path segment with 414, as problem+json', async () => {
    const bad = await t.http.get('/api/v1/users/%zz').set(tenant.app.auth).expect(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.body.detail).toMatch(/percent-escape/);
    const long = await t.http
      .get(`/api/v1/users/${'a'.repeat(300)}`)
      .set(tenant.app.auth)
      .expect(414);
    expect(long.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(typeof long.body.detail).toBe('string');
  });

  it('answers headers too large (431), broken framing (400) and an unmet Expect (417) as problem+json', async () => {
    const huge = problemOf(
      await raw(t, `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(70_000)}\r\n\r\n`),
    );
    expect(huge).toMatchObject({ status: 431, contentType: 'application/problem+json' });
    expect(typeof huge.body.detail).toBe('string');
    const framing = problemOf(
      await raw(t, 'GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n'),
    );
    expect(framing).toMatchObject({ status: 400, contentType: 'application/problem+json' });
    const expectation = problemOf(await raw(t, 'GET /health HTTP/1.1\r\nHost: x\r\nExpect: teapot\r\n\r\n'));
    expect(expectation).toMatchObject({ status: 417, contentType: 'application/problem+json' });
    expect(expectation.body.detail).toMatch(/100-continue/);
  });

  it('refuses NUL in the path or query with 400 before anything reads it', async () => {
    for (const path of [
      '/api/v1/users?email=a%00b',
      '/api/v1/users/a%00b',
      '/api/v1/audit-events?action=%00',
    ]) {
      const response = await t.http.get(path).set(tenant.operator.auth).expect(400);
      expect(response.body.detail).toMatch(/NUL/);
    }
  });

  it('refuses NUL and lone surrogates in JSON and form bodies with 400 naming the field', async () => {
    const nul = await t.http
      .post('/api/v1/users')
      .set(tenant.app.auth)
      .send({ first_name: 'a\u0000b' })
      .expect(400);
    expect(nul.body.detail).toMatch(/^first_name contains a NUL/);
    const surrogate = await t.http
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email":"\\ud800@example.com","password":"x"}')
      .expect(400);
    expect(surrogate.body.detail).toMatch(/^email contains/);
    const form = await t.http
      .post('/api/v1/oauth/token')
      .type('form')
      .send('grant_type=client_credentials&client_id=a%00&client_secret=b');
    expect(form.status).toBe(400);
  });

  it('refuses JSON nested deeper than 64 levels before any recursive walk: 400, or quarantined on the SDK sync path', async () => {
    for (const body of ['['.repeat(5000) + ']'.repeat(5000), '{"a":'.repeat(5000) + '1' + '}'.repeat(5000)]) {
      const response = await t.http
        .post('/api/v1/auth/login')
        .set('Content-Type', 'application/json')
        .send(body)
        .expect(400);
      expect(response.body.detail).toMatch(/64 levels/);
    }
    const sync = await t.http
      .post(`/api/v1/sdk/users/${tenant.userId}/sync`)
      .set(tenant.app.auth)
      .set('Content-Type', 'application/json')
      .send(`{"provider":"apple","data":${'['.repeat(5000)}${']'.repeat(5000)}}`)
      .expect(202);
    expect(sync.body).toMatchObject({
      status: 'quarantined',
      quarantine: { reason: 'invalid_json', body_kept: true },
    });
    expect(sync.body.quarantine.detail).toMatch(/64 levels/);
  });

  it('answers unreadable HTTP Basic with 401 on app routes and invalid_client on the token endpoint', async () => {
    for (const text of ['a%:b', 'id:%zz', 'no-colon']) {
      const users = await t.http.get('/api/v1/users').set(basic(text)).expect(401);
      expect(users.body.detail).toMatch(/Basic credentials/);
      const token = await t.http
        .post('/api/v1/oauth/token')
        .set(basic(text))
        .type('form')
        .send({ grant_type: 'client_credentials' })
        .expect(401);
      expect(token.body.error).toBe('invalid_client');
    }
  });

  it('refuses a null API key name, a page past the bound and an impossible day with 400', async () => {
    const nameless = await t.http
      .post('/api/v1/developer/api-keys')
      .set(tenant.app.auth)
      .send({ name: null })
      .expect(400);
    expect(nameless.body.detail).toMatch(/name/);
    for (const page of ['1e21', '12345678901234567890', '100001'])
      await t.http.get(`/api/v1/users?page=${page}`).set(tenant.app.auth).expect(400);
    for (const day of ['2026-02-31', '0000-01-01', '10000-01-01'])
      await t.http
        .get(`/api/v1/users/${tenant.userId}/summaries/activity?start_date=${day}&end_date=2026-03-05`)
        .set(tenant.app.auth)
        .expect(400);
    await t.http
      .get(`/api/v1/users/${tenant.userId}/timeseries?start_time=2026-11-31T00:00:00Z&end_time=2026-12-02`)
      .set(tenant.app.auth)
      .expect(400);
    await t.http.get('/api/v1/audit-events?since=%2B275760-09-13').set(tenant.operator.auth).expect(400);
  });

  it('rejects one sync record, not the batch, for an over-long type, a NUL or a lone surrogate', async () => {
    const spoiled = structuredClone(EXAMPLE);
    spoiled.data.records[0].type = `HKQuantityTypeIdentifier${'X'.repeat(300)}`;
    spoiled.data.records[1].unit = 'count\u0000';
    spoiled.data.workouts[0].title = 'T'.repeat(400);
    spoiled.data.sleep[0].stage = 's\ud800';
    spoiled.sdkVersion = 'v\u0000';
    const response = await t.http
      .post(`/api/v1/sdk/users/${tenant.userId}/sync`)
      .set(tenant.app.auth)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify(spoiled));
    expect(response.status).toBeLessThan(500);
    const { rows } = await t.db.query(
      `SELECT rejected, rejections FROM sync_batches WHERE user_id = $1 ORDER BY received_at DESC LIMIT 1`,
      [tenant.userId],
    );
    expect(rows[0].rejected).toBe(4);
    const reasons = (rows[0].rejections as Array<{ collection: string; index: number; reason: string }>).map(
      (r) => `${r.collection}[${r.index}] ${r.reason}`,
    );
    expect(reasons).toEqual(
      expect.arrayContaining([
        'records[0] vendorType is longer than 128 characters',
        expect.stringMatching(/^records\[1\] unit contains a NUL character/),
        'workouts[0] title is longer than 255 characters',
        expect.stringMatching(/^sleep\[0\] stage contains a NUL character or an unpaired UTF-16 surrogate/),
      ]),
    );
    const stored = await t.db.query(`SELECT count(*)::int AS n FROM samples WHERE user_id = $1`, [
      tenant.userId,
    ]);
    expect(stored.rows[0].n).toBeGreaterThan(0);
  });
});
