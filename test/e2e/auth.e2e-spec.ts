import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { decodeProtectedHeader, decodeJwt } from 'jose';
import { seedOperator } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';

describe('Operator authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ADMIN_EMAIL: 'Admin@Example.com', ADMIN_PASSWORD: 'bootstrap-password-123' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates the first operator from ADMIN_EMAIL/ADMIN_PASSWORD and lets it log in with JSON', async () => {
    const response = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'admin@example.com', password: 'bootstrap-password-123' })
      .expect(200);
    expect(response.body).toMatchObject({ token_type: 'bearer', expires_in: 3600 });
    expect(response.body.refresh_token).toMatch(/^rt-[0-9a-f]{64}$/);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('accepts the OAuth2 password form the peer dashboard sends', async () => {
    const response = await t.http
      .post('/api/v1/auth/login')
      .type('form')
      .send({ grant_type: 'password', username: 'ADMIN@example.com', password: 'bootstrap-password-123' })
      .expect(200);
    expect(typeof response.body.access_token).toBe('string');
  });

  it('stores the password only as an Argon2id hash', async () => {
    const { rows } = await t.db.query(
      "SELECT password_hash FROM operators WHERE email = 'admin@example.com'",
    );
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0].password_hash).not.toContain('bootstrap-password-123');
  });

  it('answers a wrong password and an unknown email with the same 401', async () => {
    const wrongPassword = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'admin@example.com', password: 'not-the-password' })
      .expect(401);
    const unknownEmail = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'nobody@example.com', password: 'not-the-password' })
      .expect(401);
    expect(wrongPassword.body.detail).toBe('Incorrect email or password');
    expect(unknownEmail.body.detail).toBe(wrongPassword.body.detail);
    expect(wrongPassword.headers['www-authenticate']).toBe('Bearer');
    const { rows } = await t.db.query(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'operator.login_failed'",
    );
    expect(rows[0].n).toBeGreaterThanOrEqual(2);
  });

  it('rejects a login without password or email with 400 naming the fields', async () => {
    const response = await t.http.post('/api/v1/auth/login').send({}).expect(400);
    const fields = response.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'username', 'password']));
  });

  it('issues ES256 JWTs with kid, typ at+jwt and the documented claims, verifiable with the JWKS', async () => {
    const operator = await seedOperator(t);
    const header = decodeProtectedHeader(operator.token);
    const claims = decodeJwt(operator.token);
    expect(header).toMatchObject({ alg: 'ES256', typ: 'at+jwt' });
    expect(claims).toMatchObject({
      iss: 'http://localhost:3000', // PUBLIC_URL's default
      client_id: 'wearbridge-operator',
      aud: 'wearbridge-api',
      sub: operator.id,
      scope: 'operator',
    });
    expect(claims.exp! - claims.iat!).toBe(3600);
    const jwks = await t.http.get('/.well-known/jwks.json').expect(200);
    expect(jwks.body.keys.map((k: { kid: string }) => k.kid)).toContain(header.kid);
    expect(jwks.body.keys[0]).not.toHaveProperty('d');
  });

  it('returns the logged-in operator on /auth/me and 401 without a token', async () => {
    const operator = await seedOperator(t, 'me@example.com');
    const me = await t.http.get('/api/v1/auth/me').set(operator.auth).expect(200);
    expect(me.body).toMatchObject({ id: operator.id, email: 'me@example.com' });
    const anonymous = await t.http.get('/api/v1/auth/me').expect(401);
    expect(anonymous.headers['content-type']).toMatch(/problem\+json/);
  });

  it('rejects a tampered token', async () => {
    const operator = await seedOperator(t);
    const [h, p, s] = operator.token.split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    const forged = [
      h,
      Buffer.from(JSON.stringify({ ...payload, sub: '00000000-0000-0000-0000-000000000000' })).toString(
        'base64url',
      ),
      s,
    ].join('.');
    await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${forged}`).expect(401);
  });

  it('keeps the signing key across restarts of the same data directory', async () => {
    const again = await startTestApp({ DATA_DIR: t.config.dataDir, DATABASE_URL: t.config.database.url! });
    try {
      const first = await t.http.get('/.well-known/jwks.json');
      const second = await again.http.get('/.well-known/jwks.json');
      expect(second.body).toEqual(first.body);
    } finally {
      await again.close();
    }
  });
});
