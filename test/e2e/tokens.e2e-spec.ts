import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { SigningKeysService } from '../../src/modules/tokens/signing-keys.service.js';
import { basicAuth, seedApiKey, seedApplication, seedOperator, seedTenant, seedUser } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';

type Tenant = Awaited<ReturnType<typeof seedTenant>>;

async function mint(t: TestApp, tenant: Tenant) {
  const response = await t.http.post(`/api/v1/users/${tenant.userId}/token`).set(tenant.app.auth).expect(200);
  return response.body as {
    access_token: string;
    refresh_token: string;
    expires_in: number;
    token_type: string;
  };
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('Tokens', () => {
  let t: TestApp;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await startTestApp();
    tenant = await seedTenant(t);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('mint', () => {
    it('accepts app credentials in the body and answers the peer shape with no-store', async () => {
      const response = await t.http
        .post(`/api/v1/users/${tenant.userId}/token`)
        .send({ app_id: tenant.app.appId, app_secret: tenant.app.appSecret })
        .expect(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.body).toEqual({
        access_token: expect.any(String),
        token_type: 'bearer',
        refresh_token: expect.stringMatching(/^rt-[0-9a-f]{64}$/),
        expires_in: 3600,
      });
      const header = decodeProtectedHeader(response.body.access_token);
      const claims = decodeJwt(response.body.access_token);
      expect(header).toMatchObject({ alg: 'ES256', typ: 'at+jwt', kid: expect.any(String) });
      expect(claims).toMatchObject({
        iss: t.config.jwt.issuer,
        aud: 'wearbridge-api',
        sub: tenant.userId,
        app_id: tenant.app.appId,
        scope: 'sdk',
        jti: expect.any(String),
      });
      expect(claims.exp! - claims.iat!).toBe(3600);
    });

    it('accepts HTTP Basic, an API key, an operator token and an app access token', async () => {
      const apiKey = await seedApiKey(t, tenant.operator, tenant.app);
      const appToken = await t.http
        .post('/api/v1/oauth/token')
        .set(tenant.app.auth)
        .type('form')
        .send({ grant_type: 'client_credentials' })
        .expect(200);
      for (const headers of [
        tenant.app.auth,
        { 'X-Open-Wearables-API-Key': apiKey },
        tenant.operator.auth,
        bearer(appToken.body.access_token),
      ]) {
        const response = await t.http.post(`/api/v1/users/${tenant.userId}/token`).set(headers).expect(200);
        expect(decodeJwt(response.body.access_token).sub).toBe(tenant.userId);
      }
    });

    it('answers bad credentials 401, unknown or foreign users 404 and a bad id 400', async () => {
      await t.http
        .post(`/api/v1/users/${tenant.userId}/token`)
        .send({ app_id: tenant.app.appId, app_secret: 'secret_wrong' })
        .expect(401);
      await t.http
        .post(`/api/v1/users/${tenant.userId}/token`)
        .set('Authorization', basicAuth(tenant.app.appId, 'nope'))
        .expect(401);
      await t.http.post(`/api/v1/users/${tenant.userId}/token`).expect(401);
      await t.http.post(`/api/v1/users/${randomUUID()}/token`).set(tenant.app.auth).expect(404);
      const other = await seedTenant(t);
      await t.http.post(`/api/v1/users/${other.userId}/token`).set(tenant.app.auth).expect(404);
      await t.http.post(`/api/v1/users/${other.userId}/token`).set(tenant.operator.auth).expect(404);
      await t.http.post('/api/v1/users/not-a-uuid/token').set(tenant.app.auth).expect(400);
    });

    it('makes the user show an active connection', async () => {
      const fresh = await seedUser(t, tenant.app);
      const before = await t.http.get(`/api/v1/users/${fresh}`).set(tenant.app.auth).expect(200);
      expect(before.body.has_active_connection).toBe(false);
      await t.http.post(`/api/v1/users/${fresh}/token`).set(tenant.app.auth).expect(200);
      const after = await t.http.get(`/api/v1/users/${fresh}`).set(tenant.app.auth).expect(200);
      expect(after.body.has_active_connection).toBe(true);
    });
  });

  describe('refresh', () => {
    it('rotates to a new pair that works, and the old token replayed in the grace window returns the same pair', async () => {
      const first = await mint(t, tenant);
      const rotated = await t.http
        .post('/api/v1/token/refresh')
        .send({ refresh_token: first.refresh_token })
        .expect(200);
      expect(rotated.headers['cache-control']).toBe('no-store');
      expect(rotated.body.refresh_token).not.toBe(first.refresh_token);
      expect(rotated.body.access_token).not.toBe(first.access_token);
      const replay = await t.http
        .post('/api/v1/token/refresh')
        .send({ refresh_token: first.refresh_token })
        .expect(200);
      expect(replay.body.refresh_token).toBe(rotated.body.refresh_token);
      expect(replay.body.access_token).toBe(rotated.body.access_token);
      await t.http.get(`/api/v1/users/${tenant.userId}`).set(bearer(rotated.body.access_token)).expect(401); // sdk tokens cannot manage users
      const next = await t.http
        .post('/api/v1/token/refresh')
        .send({ refresh_token: rotated.body.refresh_token })
        .expect(200);
      expect(next.body.refresh_token).not.toBe(rotated.body.refresh_token);
    });

    it('gives 50 concurrent refreshes of one token one identical successor', async () => {
      const first = await mint(t, tenant);
      const responses = await Promise.all(
        Array.from({ length: 50 }, () =>
          t.http.post('/api/v1/token/refresh').send({ refresh_token: first.refresh_token }),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200));
      expect(new Set(responses.map((r) => r.body.refresh_token)).size).toBe(1);
      expect(new Set(responses.map((r) => r.body.access_token)).size).toBe(1);
      const { rows } = await t.db.query(
        'SELECT count(*)::int AS n FROM refresh_tokens t JOIN refresh_tokens o ON o.family_id = t.family_id WHERE t.token_hash = sha256($1::bytea)',
        [Buffer.from(first.refresh_token)],
      );
      expect(rows[0].n).toBe(2);
    });

    it('answers unknown, expired and revoked tokens 401 with WWW-Authenticate', async () => {
      const unknown = await t.http
        .post('/api/v1/token/refresh')
        .send({ refresh_token: `rt-${'0'.repeat(64)}` })
        .expect(401);
      expect(unknown.body.detail).toBe('Invalid or revoked refresh token');
      expect(unknown.headers['www-authenticate']).toBe('Bearer');
      await t.http.post('/api/v1/token/refresh').send({ refresh_token: 'garbage' }).expect(401);

      const idle = await mint(t, tenant);
      await t.db.query(
        "UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = sha256($1::bytea)",
        [Buffer.from(idle.refresh_token)],
      );
      await t.http.post('/api/v1/token/refresh').send({ refresh_token: idle.refresh_token }).expect(401);

      const absolute = await mint(t, tenant);
      await t.db.query(
        "UPDATE refresh_token_families f SET expires_at = now() - interval '1 second' FROM refresh_tokens t WHERE t.family_id = f.id AND t.token_hash = sha256($1::bytea)",
        [Buffer.from(absolute.refresh_token)],
      );
      await t.http.post('/api/v1/token/refresh').send({ refresh_token: absolute.refresh_token }).expect(401);
      await t.http.post('/api/v1/token/refresh').send({}).expect(400);
    });

    it('refreshes operator sessions through the same machinery', async () => {
      const operator = await seedOperator(t, 'refresher@example.com');
      const login = await t.http
        .post('/api/v1/auth/login')
        .send({ email: operator.email, password: 'correct-horse-battery-staple' })
        .expect(200);
      const refreshed = await t.http
        .post('/api/v1/token/refresh')
        .send({ refresh_token: login.body.refresh_token })
        .expect(200);
      const me = await t.http.get('/api/v1/auth/me').set(bearer(refreshed.body.access_token)).expect(200);
      expect(me.body.email).toBe('refresher@example.com');
    });
  });

  describe('revoke and introspect', () => {
    it('revokes the whole family (204), also for unknown or already revoked tokens', async () => {
      const pair = await mint(t, tenant);
      const rotated = await t.http
        .post('/api/v1/token/refresh')
        .send({ refresh_token: pair.refresh_token })
        .expect(200);
      await t.http.post('/api/v1/token/revoke').send({ refresh_token: pair.refresh_token }).expect(204);
      await t.http
        .post('/api/v1/token/refresh')
        .send({ refresh_token: rotated.body.refresh_token })
        .expect(401);
      await t.http
        .post('/api/v1/users/' + tenant.userId + '/token')
        .set(bearer(rotated.body.access_token))
        .expect(401);
      await t.http.post('/api/v1/token/revoke').send({ refresh_token: pair.refresh_token }).expect(204);
      await t.http
        .post('/api/v1/token/revoke')
        .type('form')
        .send({ token: `rt-${'f'.repeat(64)}` })
        .expect(204);
    });

    it('introspects the caller’s access and refresh tokens and says inactive for everything else', async () => {
      const pair = await mint(t, tenant);
      const access = await t.http
        .post('/api/v1/token/introspect')
        .set(tenant.app.auth)
        .send({ token: pair.access_token })
        .expect(200);
      expect(access.body).toMatchObject({
        active: true,
        sub: tenant.userId,
        app_id: tenant.app.appId,
        scope: 'sdk',
        token_type: 'access_token',
      });
      expect(access.body.exp - access.body.iat).toBe(3600);
      const refresh = await t.http
        .post('/api/v1/token/introspect')
        .set(tenant.app.auth)
        .type('form')
        .send({ token: pair.refresh_token })
        .expect(200);
      expect(refresh.body).toMatchObject({ active: true, sub: tenant.userId, token_type: 'refresh_token' });

      const other = await seedTenant(t);
      for (const token of [pair.access_token, pair.refresh_token]) {
        const foreign = await t.http
          .post('/api/v1/token/introspect')
          .set(other.app.auth)
          .send({ token })
          .expect(200);
        expect(foreign.body).toEqual({ active: false });
      }
      const garbage = await t.http
        .post('/api/v1/token/introspect')
        .set(tenant.app.auth)
        .send({ token: 'x.y.z' })
        .expect(200);
      expect(garbage.body).toEqual({ active: false });
      const operatorToken = await t.http
        .post('/api/v1/token/introspect')
        .set(tenant.app.auth)
        .send({ token: tenant.operator.token })
        .expect(200);
      expect(operatorToken.body).toEqual({ active: false });
      await t.http.post('/api/v1/token/revoke').send({ refresh_token: pair.refresh_token }).expect(204);
      const revoked = await t.http
        .post('/api/v1/token/introspect')
        .set(tenant.app.auth)
        .send({ token: pair.refresh_token })
        .expect(200);
      expect(revoked.body).toEqual({ active: false });
      await t.http.post('/api/v1/token/introspect').send({ token: pair.access_token }).expect(401);
      await t.http
        .post('/api/v1/token/introspect')
        .set(tenant.operator.auth)
        .send({ token: pair.access_token })
        .expect(401);
    });
  });

  describe('OAuth token endpoint', () => {
    it('issues app tokens for client_credentials that act as the application', async () => {
      const response = await t.http
        .post('/api/v1/oauth/token')
        .set(tenant.app.auth)
        .type('form')
        .send({ grant_type: 'client_credentials' })
        .expect(200);
      expect(response.body).toMatchObject({ token_type: 'bearer', scope: 'app', expires_in: 3600 });
      expect(response.body).not.toHaveProperty('refresh_token');
      await t.http.get(`/api/v1/users/${tenant.userId}`).set(bearer(response.body.access_token)).expect(200);
      const viaForm = await t.http
        .post('/api/v1/oauth/token')
        .type('form')
        .send({
          grant_type: 'client_credentials',
          client_id: tenant.app.appId,
          client_secret: tenant.app.appSecret,
        })
        .expect(200);
      expect(viaForm.body.scope).toBe('app');
    });

    it('rotates refresh tokens with grant_type=refresh_token', async () => {
      const pair = await mint(t, tenant);
      const response = await t.http
        .post('/api/v1/oauth/token')
        .set(tenant.app.auth)
        .type('form')
        .send({ grant_type: 'refresh_token', refresh_token: pair.refresh_token })
        .expect(200);
      expect(response.body.refresh_token).toMatch(/^rt-/);
    });

    it('answers errors in the RFC 6749 §5.2 shape', async () => {
      const client = await t.http
        .post('/api/v1/oauth/token')
        .set('Authorization', basicAuth(tenant.app.appId, 'bad'))
        .type('form')
        .send({ grant_type: 'client_credentials' })
        .expect(401);
      expect(client.body).toEqual({ error: 'invalid_client', error_description: expect.any(String) });
      const missing = await t.http
        .post('/api/v1/oauth/token')
        .type('form')
        .send({ grant_type: 'client_credentials' })
        .expect(401);
      expect(missing.body.error).toBe('invalid_client');
      const grant = await t.http
        .post('/api/v1/oauth/token')
        .type('form')
        .send({ grant_type: 'password' })
        .expect(400);
      expect(grant.body.error).toBe('unsupported_grant_type');
      const invalidGrant = await t.http
        .post('/api/v1/oauth/token')
        .set(tenant.app.auth)
        .type('form')
        .send({ grant_type: 'refresh_token', refresh_token: 'rt-nope' })
        .expect(400);
      expect(invalidGrant.body.error).toBe('invalid_grant');
      const noToken = await t.http
        .post('/api/v1/oauth/token')
        .set(tenant.app.auth)
        .type('form')
        .send({ grant_type: 'refresh_token' })
        .expect(400);
      expect(noToken.body.error).toBe('invalid_request');
    });
  });

  describe('access tokens die with their grant', () => {
    it('rejects a token once its user is deleted', async () => {
      const userId = await seedUser(t, tenant.app);
      const pair = (await t.http.post(`/api/v1/users/${userId}/token`).set(tenant.app.auth).expect(200)).body;
      const introspect = () =>
        t.http.post('/api/v1/token/introspect').set(tenant.app.auth).send({ token: pair.access_token });
      expect((await introspect()).body.active).toBe(true);
      await t.http.delete(`/api/v1/users/${userId}`).set(tenant.app.auth).expect(204);
      expect((await introspect()).body.active).toBe(false);
    });

    it('rejects user and app tokens after the application’s sessions are revoked, and after it is deleted', async () => {
      const app = await seedApplication(t, tenant.operator);
      const userId = await seedUser(t, app);
      const pair = (await t.http.post(`/api/v1/users/${userId}/token`).set(app.auth).expect(200)).body;
      const appToken = (
        await t.http
          .post('/api/v1/oauth/token')
          .set(app.auth)
          .type('form')
          .send({ grant_type: 'client_credentials' })
          .expect(200)
      ).body.access_token;
      await t.http.get(`/api/v1/users/${userId}`).set(bearer(appToken)).expect(200);
      // No pause: the revocation has millisecond precision, so tokens minted a moment before it die.
      await t.http
        .post(`/api/v1/applications/${app.appId}/revoke-sessions`)
        .set(tenant.operator.auth)
        .expect(204);
      await t.http.get(`/api/v1/users/${userId}`).set(bearer(appToken)).expect(401);
      await t.http.post('/api/v1/token/refresh').send({ refresh_token: pair.refresh_token }).expect(401);
      const again = (await t.http.post(`/api/v1/users/${userId}/token`).set(app.auth).expect(200)).body;
      const introspect = () =>
        t.http.post('/api/v1/token/introspect').set(app.auth).send({ token: again.access_token });
      expect((await introspect()).body.active).toBe(true);
      await t.http
        .delete(`/api/v1/applications/${app.appId}?force=true`)
        .set(tenant.operator.auth)
        .expect(204);
      const tokenOfDeletedApp = await t.http.get(`/api/v1/users/${userId}`).set(bearer(appToken));
      expect(tokenOfDeletedApp.status).toBe(401);
    });

    it('rejects tokens of a user whose sessions were revoked', async () => {
      const userId = await seedUser(t, tenant.app);
      const pair = (await t.http.post(`/api/v1/users/${userId}/token`).set(tenant.app.auth).expect(200)).body;
      await t.http.post(`/api/v1/users/${userId}/revoke-sessions`).set(tenant.app.auth).expect(204);
      const introspected = await t.http
        .post('/api/v1/token/introspect')
        .set(tenant.app.auth)
        .send({ token: pair.access_token })
        .expect(200);
      expect(introspected.body.active).toBe(false);
    });
  });

  describe('JWT verification', () => {
    async function signWith(claims: Record<string, unknown>, header: Record<string, unknown> = {}) {
      const key = t.app.get(SigningKeysService).active;
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ scope: 'operator', ...claims })
        .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'at+jwt', ...header })
        .setIssuer(t.config.jwt.issuer)
        .setAudience((claims.aud as string) ?? 'wearbridge-api')
        .setSubject(tenant.operator.id)
        .setJti(randomUUID())
        .setIssuedAt((claims.iat as number) ?? now)
        .setExpirationTime((claims.exp as number) ?? now + 600)
        .sign(key.signingKey);
    }

    it('accepts a well-formed token signed with our key', async () => {
      await t.http
        .get('/api/v1/auth/me')
        .set(bearer(await signWith({})))
        .expect(200);
    });

    it('rejects expired tokens, other audiences, alg none, HS256 with the public key and a wrong typ', async () => {
      const now = Math.floor(Date.now() / 1000);
      const expired = await signWith({ iat: now - 7200, exp: now - 3600 });
      const expiredResponse = await t.http.get('/api/v1/auth/me').set(bearer(expired)).expect(401);
      expect(expiredResponse.body.detail).toBe('Access token expired');
      await t.http
        .get('/api/v1/auth/me')
        .set(bearer(await signWith({ aud: 'someone-else' })))
        .expect(401);
      await t.http
        .get('/api/v1/auth/me')
        .set(bearer(await signWith({}, { typ: 'JWT' })))
        .expect(401);

      const valid = await signWith({});
      const [, payload] = valid.split('.');
      const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'at+jwt' })).toString('base64url')}.${payload}.`;
      await t.http.get('/api/v1/auth/me').set(bearer(none)).expect(401);

      const publicJwk = t.app.get(SigningKeysService).active.publicJwk;
      const hs256 = await new SignJWT(decodeJwt(valid))
        .setProtectedHeader({ alg: 'HS256', kid: publicJwk.kid, typ: 'at+jwt' })
        .sign(new TextEncoder().encode(JSON.stringify(publicJwk)));
      await t.http.get('/api/v1/auth/me').set(bearer(hs256)).expect(401);
      const hs256Raw = await new SignJWT(decodeJwt(valid))
        .setProtectedHeader({ alg: 'HS256', kid: publicJwk.kid, typ: 'at+jwt' })
        .sign(Buffer.from(publicJwk.x!, 'base64url'));
      await t.http.get('/api/v1/auth/me').set(bearer(hs256Raw)).expect(401);
    });

    it.each([
      ['a sub that is not a UUID', { sub: 'not-a-uuid' }],
      ['a fid that is not a UUID', { fid: 'family; DROP' }],
      ['an sdk sub that is not a UUID', { scope: 'sdk', sub: '42', app_id: 'app_x' }],
      ['an app sub that is not a UUID', { scope: 'app', sub: 'x'.repeat(40), app_id: 'app_x' }],
    ])('answers 401, not 500, for a signed token with %s', async (_name, claims) => {
      const token = await signWith({});
      const payload = { ...decodeJwt(token), ...claims };
      const key = t.app.get(SigningKeysService).active;
      const forged = await new SignJWT(payload)
        .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'at+jwt' })
        .sign(key.signingKey);
      const response = await t.http.get('/api/v1/auth/me').set(bearer(forged)).expect(401);
      expect(response.body.detail).toEqual(expect.any(String));
    });
  });

  describe('invitation codes', () => {
    it('creates an 8-character code and redeems it once, case-insensitively, for SDK tokens', async () => {
      const created = await t.http
        .post(`/api/v1/users/${tenant.userId}/invitation-code`)
        .set(tenant.app.auth)
        .expect(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        code: expect.stringMatching(/^[A-HJ-NP-Z2-9]{8}$/),
        user_id: tenant.userId,
        expires_at: expect.any(String),
        created_at: expect.any(String),
      });
      const days = (Date.parse(created.body.expires_at) - Date.parse(created.body.created_at)) / 86400000;
      expect(Math.round(days)).toBe(7);
      const redeemed = await t.http
        .post('/api/v1/invitation-code/redeem')
        .send({ code: created.body.code.toLowerCase() })
        .expect(200);
      expect(redeemed.body).toMatchObject({
        token_type: 'bearer',
        user_id: tenant.userId,
        refresh_token: expect.stringMatching(/^rt-/),
      });
      expect(decodeJwt(redeemed.body.access_token)).toMatchObject({
        sub: tenant.userId,
        app_id: tenant.app.appId,
        scope: 'sdk',
      });
      const reused = await t.http
        .post('/api/v1/invitation-code/redeem')
        .send({ code: created.body.code })
        .expect(404);
      expect(reused.body.detail).toBe('Invalid or expired invitation code');
    });

    it('revokes the previous code when a new one is created, and refuses expired codes', async () => {
      const first = await t.http
        .post(`/api/v1/users/${tenant.userId}/invitation-code`)
        .set(tenant.operator.auth)
        .expect(201);
      const second = await t.http
        .post(`/api/v1/users/${tenant.userId}/invitation-code`)
        .set(tenant.app.auth)
        .expect(201);
      await t.http.post('/api/v1/invitation-code/redeem').send({ code: first.body.code }).expect(404);
      await t.db.query("UPDATE invitation_codes SET expires_at = now() - interval '1 second' WHERE id = $1", [
        second.body.id,
      ]);
      await t.http.post('/api/v1/invitation-code/redeem').send({ code: second.body.code }).expect(404);
      await t.http.post('/api/v1/invitation-code/redeem').send({ code: 'ABC' }).expect(400);
      await t.http.post('/api/v1/invitation-code/redeem').send({ code: 'AAAAAAAA' }).expect(404);
    });

    it('gives exactly one success to concurrent redeems of one code', async () => {
      const created = await t.http
        .post(`/api/v1/users/${tenant.userId}/invitation-code`)
        .set(tenant.app.auth)
        .expect(201);
      const responses = await Promise.all(
        Array.from({ length: 10 }, () =>
          t.http.post('/api/v1/invitation-code/redeem').send({ code: created.body.code }),
        ),
      );
      expect(responses.filter((r) => r.status === 200)).toHaveLength(1);
      expect(responses.filter((r) => r.status === 404)).toHaveLength(9);
    });

    it('keeps codes of other tenants’ users out of reach', async () => {
      const other = await seedTenant(t);
      await t.http.post(`/api/v1/users/${other.userId}/invitation-code`).set(tenant.app.auth).expect(404);
      await t.http.post(`/api/v1/users/${other.userId}/invitation-code`).expect(401);
    });
  });
});
