import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { decodeJwt } from 'jose';
import { seedOperator, TEST_PASSWORD } from '../factories.js';
import {
  browseToCallback,
  providerStore,
  startOpenIdProvider,
  TestOpenIdProvider,
} from '../fixtures/identity/openid-provider.js';
import { seedOrganization, SeededOrganization } from '../fixtures/identity/organizations.js';
import { startTestApp, TestApp } from '../setup/test-app.js';

const REDIRECT_URI = 'http://localhost:3000/api/v1/auth/oidc/callback';

/** name=value of each Set-Cookie, and the full lines. */
function cookiesOf(response: { headers: Record<string, unknown> }) {
  const lines = ([] as string[]).concat((response.headers['set-cookie'] as string[] | undefined) ?? []);
  const values = Object.fromEntries(
    lines.map((line) => {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      return [pair.slice(0, eq), decodeURIComponent(pair.slice(eq + 1))];
    }),
  );
  return { lines, values };
}

describe('Operator single sign-on (OpenID Connect, against a real provider)', () => {
  let t: TestApp;
  let idp: TestOpenIdProvider;
  let org: SeededOrganization;

  beforeAll(async () => {
    idp = await startOpenIdProvider(REDIRECT_URI);
    t = await startTestApp({
      OIDC_ISSUER_URL: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      OIDC_ALLOWED_DOMAINS: 'acme.test, other.test',
      RATE_LIMIT_ENABLED: 'false',
    });
    org = await seedOrganization(t);
    await t.http
      .patch(`/api/v1/organizations/${org.id}`)
      .set(org.owner.auth)
      .send({ sso_domains: ['acme.test'], sso_default_role: 'developer' })
      .expect(200);
  });

  afterAll(async () => {
    await t.close();
    await idp.close();
  });

  /** The browser's round trip: our login, the provider, and the URL it sends the browser back to. */
  async function signIn(email: string, verified = true, mode = 'token') {
    idp.nextUser = { email, verified };
    const login = await t.http.get(`/api/v1/auth/oidc/login?mode=${mode}`).expect(302);
    const ssoCookie = cookiesOf(login).lines.find((l) => l.startsWith('__Host-wb_sso='))!;
    expect(ssoCookie).toMatch(/HttpOnly/);
    expect(ssoCookie).toMatch(/SameSite=Lax/);
    const authorization = new URL(login.headers.location);
    expect(authorization.origin).toBe(idp.issuer);
    for (const param of ['state', 'nonce', 'code_challenge'])
      expect(authorization.searchParams.get(param)).toEqual(expect.any(String));
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    const back = await browseToCallback(login.headers.location, REDIRECT_URI);
    return { back, cookie: ssoCookie.split(';')[0] };
  }

  const callback = (back: URL, cookie?: string) => {
    const request = t.http.get(`${back.pathname}${back.search}`);
    return cookie ? request.set('Cookie', cookie) : request;
  };

  it('creates an operator on the first login from an allowed domain, in the organization of that domain', async () => {
    const { back, cookie } = await signIn('Alice@Acme.test');
    const response = await callback(back, cookie).expect(200);
    expect(response.body).toEqual({
      access_token: expect.any(String),
      token_type: 'bearer',
      refresh_token: expect.stringMatching(/^rt-/),
      expires_in: 3600,
    });
    const auth = { Authorization: `Bearer ${response.body.access_token}` };
    const me = await t.http.get('/api/v1/auth/me').set(auth).expect(200);
    expect(me.body.email).toBe('alice@acme.test');
    const orgs = await t.http.get('/api/v1/organizations').set(auth).expect(200);
    expect(orgs.body).toEqual([expect.objectContaining({ id: org.id, role: 'developer' })]);
    // A second login is the same operator; an SSO operator has no password to log in with.
    const again = await signIn('alice@acme.test');
    const second = await callback(again.back, again.cookie).expect(200);
    expect(decodeJwt(second.body.access_token).sub).toBe(me.body.id);
    await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'alice@acme.test', password: 'x'.repeat(12) })
      .expect(401);
    const { rows } = await t.db.query(
      "SELECT details FROM audit_events WHERE action = 'operator.sso_login' AND subject_id = $1 ORDER BY id",
      [me.body.id],
    );
    expect(rows.map((r: { details: { created: boolean } }) => r.details.created)).toEqual([true, false]);
  });

  it('signs an existing operator in by their verified email', async () => {
    const existing = await seedOperator(t, 'carol@other.test');
    const { back, cookie } = await signIn('carol@other.test');
    const response = await callback(back, cookie).expect(200);
    expect(decodeJwt(response.body.access_token).sub).toBe(existing.id);
  });

  it('refuses a callback whose state is not the one this browser started with', async () => {
    const { back, cookie } = await signIn('alice@acme.test');
    back.searchParams.set('state', 'forged-state');
    const response = await callback(back, cookie).expect(401);
    expect(response.body.detail).toMatch(/^Single sign-on failed: .*state/);
  });

  it('refuses an ID token whose nonce is not the one this sign-in sent', async () => {
    const { back, cookie } = await signIn('alice@acme.test');
    await t.db.query(`UPDATE sso_login_attempts SET state = jsonb_set(state, '{nonce}', '"another-nonce"')`);
    const response = await callback(back, cookie).expect(401);
    expect(response.body.detail).toMatch(/^Single sign-on failed: .*nonce/);
  });

  it('refuses an email the provider has not verified', async () => {
    const { back, cookie } = await signIn('mallory@acme.test', false);
    const response = await callback(back, cookie).expect(403);
    expect(response.body.detail).toBe('The identity provider has not verified this email address.');
    const { rows } = await t.db.query("SELECT id FROM operators WHERE email = 'mallory@acme.test'");
    expect(rows).toEqual([]);
  });

  it('refuses a domain outside OIDC_ALLOWED_DOMAINS, and an allowed one no organization takes', async () => {
    const outside = await signIn('eve@evil.test');
    const refused = await callback(outside.back, outside.cookie).expect(403);
    expect(refused.body.detail).toBe('Single sign-on is not allowed for evil.test addresses.');
    const unclaimed = await signIn('dave@other.test');
    const none = await callback(unclaimed.back, unclaimed.cookie).expect(403);
    expect(none.body.detail).toMatch(/No organization takes other.test sign-ins yet/);
    const { rows } = await t.db.query(
      "SELECT details->>'reason' AS reason FROM audit_events WHERE action = 'operator.sso_login_refused' ORDER BY id",
    );
    expect(rows.map((r: { reason: string }) => r.reason)).toEqual(
      expect.arrayContaining(['domain_not_allowed', 'no_organization', 'email_unverified']),
    );
  });

  it('refuses an expired authorization code', async () => {
    const { back, cookie } = await signIn('alice@acme.test');
    const code = back.searchParams.get('code')!;
    const stored = providerStore.get(`AuthorizationCode:${code}`)!;
    stored.exp = Math.floor(Date.now() / 1000) - 1;
    const response = await callback(back, cookie).expect(401);
    expect(response.body.detail).toMatch(
      /^Single sign-on failed: .*(invalid_grant|expired|grant request is invalid)/i,
    );
  });

  it('refuses a callback without this browser’s attempt, or the same attempt twice', async () => {
    const { back, cookie } = await signIn('alice@acme.test');
    const anonymous = await callback(back).expect(401);
    expect(anonymous.body.detail).toMatch(/No single sign-on is in progress/);
    await callback(back, cookie).expect(200);
    await callback(back, cookie).expect(401);
    await t.http.get('/api/v1/auth/oidc/login?mode=sideways').expect(400);
  });

  it('answers with the authorization URL as JSON when asked', async () => {
    const response = await t.http
      .get('/api/v1/auth/oidc/login')
      .set('Accept', 'application/json')
      .expect(200);
    expect(new URL(response.body.authorization_url).origin).toBe(idp.issuer);
  });

  it('ends a cookie-mode sign-in in a browser session and on to the portal', async () => {
    const { back, cookie } = await signIn('alice@acme.test', true, 'cookie');
    const response = await callback(back, cookie).expect(302);
    expect(response.headers.location).toBe('http://localhost:3000');
    const { lines, values } = cookiesOf(response);
    const access = lines.find((l) => l.startsWith('__Host-wb_access='))!;
    expect(access).toMatch(/; Path=\/; Max-Age=3600; Secure; HttpOnly; SameSite=Strict$/);
    expect(lines.find((l) => l.startsWith('__Host-wb_csrf='))).not.toMatch(/HttpOnly/);
    const me = await t.http
      .get('/api/v1/auth/me')
      .set('Cookie', `__Host-wb_access=${values['__Host-wb_access']}`)
      .expect(200);
    expect(me.body.email).toBe('alice@acme.test');
  });

  it('keeps password login off for an SSO-only organization while SSO still signs its members in', async () => {
    const sso = await seedOrganization(t);
    const member = sso.owner;
    await t.http
      .patch(`/api/v1/organizations/${sso.id}`)
      .set(member.auth)
      .send({ password_login_disabled: true })
      .expect(200);
    await t.http
      .post('/api/v1/auth/login')
      .send({ email: member.email, password: TEST_PASSWORD })
      .expect(403);
    await t.http
      .post('/api/v1/auth/session')
      .send({ email: member.email, password: TEST_PASSWORD })
      .expect(403);
  });
});

describe('SSO not configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 404 on both legs', async () => {
    const login = await t.http.get('/api/v1/auth/oidc/login').expect(404);
    expect(login.body.detail).toMatch(/Single sign-on is not configured/);
    await t.http.get('/api/v1/auth/oidc/callback?code=x&state=y').expect(404);
  });
});
