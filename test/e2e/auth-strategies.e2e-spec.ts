import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { basicAuth, seedApiKey, seedTenant, TEST_PASSWORD } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';

type Tenant = Awaited<ReturnType<typeof seedTenant>>;

/** One passport strategy per credential kind, each through the real HTTP server: what passes and what is refused. */
describe('Passport strategies behind the one guard', () => {
  let t: TestApp;
  let tenant: Tenant;
  let userToken: string;
  let appToken: string;
  let apiKey: string;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_ENABLED: 'false' });
    tenant = await seedTenant(t);
    userToken = (await t.http.post(`/api/v1/users/${tenant.userId}/token`).set(tenant.app.auth).expect(200))
      .body.access_token;
    appToken = (
      await t.http
        .post('/api/v1/oauth/token')
        .set(tenant.app.auth)
        .type('form')
        .send({ grant_type: 'client_credentials' })
        .expect(200)
    ).body.access_token;
    apiKey = await seedApiKey(t, tenant.operator, tenant.app);
  });

  afterAll(async () => {
    await t.close();
  });

  const userRoute = () => `/api/v1/users/${tenant.userId}`;
  const syncStatus = () => `/api/v1/sdk/users/${tenant.userId}/logs`;

  function expectRefusal(
    response: { status: number; body: { detail: string }; headers: Record<string, string> },
    detail: string | RegExp,
    challenge: string,
  ) {
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.headers['www-authenticate']).toBe(challenge);
    expect(response.body.detail).toEqual(typeof detail === 'string' ? detail : expect.stringMatching(detail));
  }

  describe('user (SDK) access token', () => {
    it('passes as Bearer and as a bare JWT (old iOS SDKs)', async () => {
      await t.http
        .get(`/api/v1/users/${tenant.userId}/connections`)
        .set('Authorization', `Bearer ${userToken}`)
        .expect(200);
      await t.http
        .get(`/api/v1/users/${tenant.userId}/connections`)
        .set('Authorization', userToken)
        .expect(200);
    });

    it('is refused where only operators or apps may call, and when tampered', async () => {
      expectRefusal(
        await t.http.get(userRoute()).set('Authorization', `Bearer ${userToken}`),
        'sdk tokens cannot access this endpoint',
        'Bearer',
      );
      const [h, p] = userToken.split('.');
      expectRefusal(
        await t.http
          .get(`/api/v1/users/${tenant.userId}/connections`)
          .set('Authorization', `Bearer ${h}.${p}.AAAA`),
        'Invalid access token',
        'Bearer',
      );
    });
  });

  describe('operator access token', () => {
    it('passes on operator routes and is refused on SDK-only ones', async () => {
      await t.http.get('/api/v1/auth/me').set(tenant.operator.auth).expect(200);
      expectRefusal(
        await t.http.post(syncStatus()).set(tenant.operator.auth).send({}),
        'operator tokens cannot access this endpoint',
        'Bearer',
      );
    });

    it('stops working when its login session is revoked', async () => {
      const login = await t.http
        .post('/api/v1/auth/login')
        .send({ email: tenant.operator.email, password: TEST_PASSWORD })
        .expect(200);
      await t.http.post('/api/v1/token/revoke').send({ token: login.body.refresh_token }).expect(204);
      expectRefusal(
        await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${login.body.access_token}`),
        'Access token revoked',
        'Bearer',
      );
    });
  });

  describe('API key', () => {
    it.each(['X-Open-Wearables-API-Key', 'X-API-Key'])('passes in %s', async (header) => {
      await t.http.get(userRoute()).set(header, apiKey).expect(200);
    });

    it('is refused when unknown, and ignored where apps may not call', async () => {
      expectRefusal(
        await t.http.get(userRoute()).set('X-API-Key', `sk-${'0'.repeat(64)}`),
        'Invalid or missing API key',
        'ApiKey',
      );
      expectRefusal(
        await t.http.get('/api/v1/auth/me').set('X-API-Key', apiKey),
        /^Authentication required/,
        'Bearer',
      );
    });

    it('wins over a broken bearer token, as before', async () => {
      await t.http.get(userRoute()).set('Authorization', 'Bearer a.b.c').set('X-API-Key', apiKey).expect(200);
    });
  });

  describe('HTTP Basic app credentials', () => {
    it('passes, and percent-decodes', async () => {
      await t.http.get(userRoute()).set(tenant.app.auth).expect(200);
    });

    it('is refused with a Basic challenge: wrong secret, malformed, or where apps may not call', async () => {
      expectRefusal(
        await t.http.get(userRoute()).set('Authorization', basicAuth(tenant.app.appId, 'secret_wrong')),
        'Invalid app credentials',
        'Basic realm="wearbridge"',
      );
      expectRefusal(
        await t.http.get(userRoute()).set('Authorization', 'Basic %%%%'),
        'The Basic credentials are not valid base64.',
        'Basic realm="wearbridge"',
      );
      expectRefusal(
        await t.http.get('/api/v1/auth/me').set(tenant.app.auth),
        'Invalid app credentials',
        'Basic realm="wearbridge"',
      );
    });
  });

  describe('OAuth client-credentials app token', () => {
    it('passes where apps may call and is refused elsewhere', async () => {
      await t.http.get(userRoute()).set('Authorization', `Bearer ${appToken}`).expect(200);
      expectRefusal(
        await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${appToken}`),
        'app tokens cannot access this endpoint',
        'Bearer',
      );
    });
  });

  describe('app credentials in the body (token mint)', () => {
    it('passes with the right pair and is refused with a wrong one', async () => {
      await t.http
        .post(`/api/v1/users/${tenant.userId}/token`)
        .send({ app_id: tenant.app.appId, app_secret: tenant.app.appSecret })
        .expect(200);
      expectRefusal(
        await t.http
          .post(`/api/v1/users/${tenant.userId}/token`)
          .send({ app_id: tenant.app.appId, app_secret: 'secret_wrong' }),
        'Invalid app credentials',
        'Bearer',
      );
    });
  });

  it("keeps each application's strategies to itself when two run in one process", async () => {
    // A second Wearbridge (own database, own keys) started after this one: passport's process-wide registry would
    // now hold its strategies, and this server would verify with the other's keys.
    const other = await startTestApp();
    try {
      await t.http.get('/api/v1/auth/me').set(tenant.operator.auth).expect(200);
      await other.http.get('/api/v1/auth/me').set(tenant.operator.auth).expect(401);
      await t.http.get(userRoute()).set(tenant.app.auth).expect(200);
      await other.http.get(userRoute()).set(tenant.app.auth).expect(401);
    } finally {
      await other.close();
    }
  });

  it('asks for credentials when none are sent', async () => {
    expectRefusal(
      await t.http.get(userRoute()),
      'Authentication required: provide a bearer token, app credentials or an API key',
      'Bearer',
    );
  });

  describe('operator browser session (cookies)', () => {
    async function startSession() {
      const response = await t.http
        .post('/api/v1/auth/session')
        .send({ email: tenant.operator.email, password: TEST_PASSWORD })
        .expect(200);
      const cookies = Object.fromEntries(
        (response.headers['set-cookie'] as unknown as string[]).map((line) => {
          const [pair] = line.split(';');
          return [pair.slice(0, pair.indexOf('=')), decodeURIComponent(pair.slice(pair.indexOf('=') + 1))];
        }),
      );
      return { response, cookies };
    }
    const header = (cookies: Record<string, string>, ...names: string[]) =>
      names.map((name) => `${name}=${encodeURIComponent(cookies[name])}`).join('; ');

    it('sets httpOnly, Secure, SameSite cookies and gives the page only the CSRF token', async () => {
      const { response, cookies } = await startSession();
      expect(response.body).toEqual({
        token_type: 'cookie',
        csrf_token: cookies['__Host-wb_csrf'],
        expires_in: 3600,
      });
      const lines = response.headers['set-cookie'] as unknown as string[];
      for (const name of ['__Host-wb_access', '__Host-wb_refresh'])
        expect(lines.find((l) => l.startsWith(`${name}=`))).toMatch(
          /; Path=\/; Max-Age=\d+; Secure; HttpOnly; SameSite=Strict$/,
        );
      expect(lines.find((l) => l.startsWith('__Host-wb_csrf='))).toMatch(/; Secure; SameSite=Strict$/);
      expect(JSON.stringify(response.body)).not.toContain(cookies['__Host-wb_access']);
    });

    it('reads without a CSRF token, and changes state only with the right one', async () => {
      const { cookies } = await startSession();
      const cookie = header(cookies, '__Host-wb_access', '__Host-wb_csrf');
      await t.http.get('/api/v1/auth/me').set('Cookie', cookie).expect(200);
      const missing = await t.http
        .post('/api/v1/applications')
        .set('Cookie', cookie)
        .send({ name: 'x' })
        .expect(403);
      expect(missing.body.detail).toMatch(/send the session CSRF token in X-CSRF-Token/);
      await t.http
        .post('/api/v1/applications')
        .set('Cookie', cookie)
        .set('X-CSRF-Token', 'not-the-token')
        .send({ name: 'x' })
        .expect(403);
      await t.http
        .post('/api/v1/applications')
        .set('Cookie', cookie)
        .set('X-CSRF-Token', cookies['__Host-wb_csrf'])
        .send({ name: 'from the browser' })
        .expect(201);
    });

    it('refuses a tampered cookie and a bearer token put in the cookie', async () => {
      const { cookies } = await startSession();
      await t.http
        .get('/api/v1/auth/me')
        .set('Cookie', `__Host-wb_access=${cookies['__Host-wb_access'].slice(0, -4)}AAAA`)
        .expect(401);
      const notASession = await t.http
        .get('/api/v1/auth/me')
        .set('Cookie', `__Host-wb_access=${tenant.operator.token}`)
        .expect(401);
      expect(notASession.body.detail).toBe('Invalid session cookie');
    });

    it('rotates with the CSRF token as phones rotate, and logs out for good', async () => {
      const { cookies } = await startSession();
      const refreshCookie = header(cookies, '__Host-wb_refresh', '__Host-wb_csrf');
      await t.http.post('/api/v1/auth/session/refresh').set('Cookie', refreshCookie).expect(403);
      const rotated = await t.http
        .post('/api/v1/auth/session/refresh')
        .set('Cookie', refreshCookie)
        .set('X-CSRF-Token', cookies['__Host-wb_csrf'])
        .expect(200);
      expect(rotated.body.csrf_token).not.toBe(cookies['__Host-wb_csrf']);
      const next = Object.fromEntries(
        (rotated.headers['set-cookie'] as unknown as string[]).map((line) => {
          const [pair] = line.split(';');
          return [pair.slice(0, pair.indexOf('=')), decodeURIComponent(pair.slice(pair.indexOf('=') + 1))];
        }),
      );
      expect(next['__Host-wb_refresh']).not.toBe(cookies['__Host-wb_refresh']);
      // The new session works and its CSRF token is the new one.
      await t.http
        .post('/api/v1/organizations')
        .set('Cookie', header(next, '__Host-wb_access'))
        .set('X-CSRF-Token', next['__Host-wb_csrf'])
        .send({ name: 'browser org' })
        .expect(201);
      await t.http
        .post('/api/v1/auth/session/logout')
        .set('Cookie', header(next, '__Host-wb_refresh'))
        .set('X-CSRF-Token', next['__Host-wb_csrf'])
        .expect(204);
      const after = await t.http
        .post('/api/v1/auth/session/refresh')
        .set('Cookie', header(next, '__Host-wb_refresh'))
        .set('X-CSRF-Token', next['__Host-wb_csrf'])
        .expect(401);
      expect(after.headers['set-cookie']).toEqual(
        expect.arrayContaining([expect.stringMatching(/^__Host-wb_access=; .*Max-Age=0/)]),
      );
      const none = await t.http.post('/api/v1/auth/session/refresh').expect(401);
      expect(none.body.detail).toMatch(/No session cookie/);
    });
  });
});
