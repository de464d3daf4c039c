import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { decodeJwt, SignJWT } from 'jose';
import * as oauth from 'oauth4webapi';
import { randomUUID } from 'node:crypto';
import { ACCESS_TOKEN_TYPE } from '../../src/modules/tokens/access-tokens.service.js';
import { SigningKeysService } from '../../src/modules/tokens/signing-keys.service.js';
import { basicAuth, seedApplication, seedTenant } from '../factories.js';
import { freePort } from '../setup/test-database-server.js';
import { startTestApp, TestApp } from '../setup/test-app.js';

const options = { [oauth.allowInsecureRequests]: true };

/** oauth4webapi, a client that follows the RFCs to the letter, against our OAuth surface. */
describe('OAuth as a strict client sees it (oauth4webapi)', () => {
  let t: TestApp;
  let tenant: Awaited<ReturnType<typeof seedTenant>>;
  let as: oauth.AuthorizationServer;
  let client: oauth.Client;
  let issuer: URL;

  beforeAll(async () => {
    const port = await freePort();
    issuer = new URL(`http://127.0.0.1:${port}`);
    t = await startTestApp({ PORT: String(port), PUBLIC_URL: issuer.origin, RATE_LIMIT_ENABLED: 'false' });
    tenant = await seedTenant(t);
    as = await oauth.processDiscoveryResponse(
      issuer,
      await oauth.discoveryRequest(issuer, { algorithm: 'oauth2', ...options }),
    );
    client = { client_id: tenant.app.appId };
  });
  afterAll(async () => {
    await t.close();
  });

  const methods: Array<[string, () => oauth.ClientAuth]> = [
    ['client_secret_basic', () => oauth.ClientSecretBasic(tenant.app.appSecret)],
    ['client_secret_post', () => oauth.ClientSecretPost(tenant.app.appSecret)],
  ];

  it('publishes RFC 8414 metadata whose issuer is the public URL and the tokens’ iss', async () => {
    expect(as).toMatchObject({
      issuer: issuer.origin,
      token_endpoint: `${issuer.origin}/api/v1/oauth/token`,
      revocation_endpoint: `${issuer.origin}/api/v1/oauth/revoke`,
      introspection_endpoint: `${issuer.origin}/api/v1/oauth/introspect`,
      jwks_uri: `${issuer.origin}/.well-known/jwks.json`,
      grant_types_supported: ['client_credentials', 'refresh_token'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    });
  });

  describe.each(methods)('with %s', (_method, auth) => {
    it('issues client-credentials tokens carrying RFC 9068 claims', async () => {
      const response = await oauth.clientCredentialsGrantRequest(
        as,
        client,
        auth(),
        { scope: 'app' },
        options,
      );
      const tokens = await oauth.processClientCredentialsResponse(as, client, response);
      expect(tokens.token_type).toBe('bearer');
      const claims = decodeJwt(tokens.access_token);
      expect(claims).toMatchObject({ iss: issuer.origin, client_id: tenant.app.appId, sub: tenant.app.id });
      expect(typeof claims.jti).toBe('string');
      await t.http
        .get(`/api/v1/users/${tenant.userId}`)
        .set('Authorization', `Bearer ${tokens.access_token}`)
        .expect(200);
    });

    it('refreshes, introspects and revokes the application’s refresh tokens', async () => {
      const minted = await t.http
        .post(`/api/v1/users/${tenant.userId}/token`)
        .set(tenant.app.auth)
        .expect(200);
      const refreshed = await oauth.processRefreshTokenResponse(
        as,
        client,
        await oauth.refreshTokenGrantRequest(as, client, auth(), minted.body.refresh_token, options),
      );
      expect(refreshed.refresh_token).toMatch(/^rt-/);
      expect(decodeJwt(refreshed.access_token)).toMatchObject({
        client_id: tenant.app.appId,
        sub: tenant.userId,
      });

      for (const token of [refreshed.access_token, refreshed.refresh_token!]) {
        const active = await oauth.processIntrospectionResponse(
          as,
          client,
          await oauth.introspectionRequest(as, client, auth(), token, options),
        );
        expect(active).toMatchObject({ active: true, client_id: tenant.app.appId, sub: tenant.userId });
      }

      await oauth.processRevocationResponse(
        await oauth.revocationRequest(as, client, auth(), refreshed.refresh_token!, options),
      );
      const revoked = await oauth.processIntrospectionResponse(
        as,
        client,
        await oauth.introspectionRequest(as, client, auth(), refreshed.refresh_token!, options),
      );
      expect(revoked).toEqual({ active: false });
      await expect(
        oauth.processRefreshTokenResponse(
          as,
          client,
          await oauth.refreshTokenGrantRequest(as, client, auth(), refreshed.refresh_token!, options),
        ),
      ).rejects.toMatchObject({ error: 'invalid_grant' });
    });

    it('revokes the session behind an SDK access token', async () => {
      const minted = await t.http
        .post(`/api/v1/users/${tenant.userId}/token`)
        .set(tenant.app.auth)
        .expect(200);
      await oauth.processRevocationResponse(
        await oauth.revocationRequest(as, client, auth(), minted.body.access_token, options),
      );
      await t.http
        .post('/api/v1/token/refresh')
        .send({ refresh_token: minted.body.refresh_token })
        .expect(401);
    });
  });

  it('answers revocation of an unknown token with 200, and an unauthenticated one with invalid_client', async () => {
    await oauth.processRevocationResponse(
      await oauth.revocationRequest(
        as,
        client,
        oauth.ClientSecretBasic(tenant.app.appSecret),
        'rt-unknown',
        options,
      ),
    );
    const anonymous = await t.http.post('/api/v1/oauth/revoke').type('form').send({ token: 'rt-unknown' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error).toBe('invalid_client');
    const wrong = await t.http
      .post('/api/v1/oauth/introspect')
      .type('form')
      .send({ token: 'rt-unknown', client_id: tenant.app.appId, client_secret: 'wrong' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toBe('invalid_client');
  });

  it('keeps the peer’s POST /token/revoke at 204', async () => {
    const minted = await t.http.post(`/api/v1/users/${tenant.userId}/token`).set(tenant.app.auth).expect(200);
    await t.http.post('/api/v1/token/revoke').send({ refresh_token: minted.body.refresh_token }).expect(204);
  });

  it('refuses the refresh grant with a wrong secret or another application’s credentials, leaving the token usable', async () => {
    const other = await seedApplication(t, tenant.operator, 'Other app');
    const minted = await t.http.post(`/api/v1/users/${tenant.userId}/token`).set(tenant.app.auth).expect(200);
    const wrongSecret = await t.http
      .post('/api/v1/oauth/token')
      .set('Authorization', basicAuth(tenant.app.appId, 'not-the-secret'))
      .type('form')
      .send({ grant_type: 'refresh_token', refresh_token: minted.body.refresh_token });
    expect(wrongSecret.status).toBe(401);
    expect(wrongSecret.body.error).toBe('invalid_client');
    const anotherApp = await t.http
      .post('/api/v1/oauth/token')
      .set(other.auth)
      .type('form')
      .send({ grant_type: 'refresh_token', refresh_token: minted.body.refresh_token });
    expect(anotherApp.status).toBe(400);
    expect(anotherApp.body.error).toBe('invalid_grant');
    const unauthenticated = await t.http
      .post('/api/v1/oauth/token')
      .type('form')
      .send({ grant_type: 'refresh_token', refresh_token: minted.body.refresh_token });
    expect(unauthenticated.status).toBe(401);
    // None of the refusals rotated it: its owner still can.
    await t.http.post('/api/v1/token/refresh').send({ refresh_token: minted.body.refresh_token }).expect(200);
  });

  it('refuses tokens whose lifetime exceeds the configured one or that are issued in the future', async () => {
    // Tokens with our key and claims but chosen times: what only a key holder or a bug could produce.
    const key = t.app.get(SigningKeysService).active;
    const now = Math.floor(Date.now() / 1000);
    const signed = (iat: number, exp: number) =>
      new SignJWT({
        scope: 'app',
        app_id: tenant.app.appId,
        client_id: tenant.app.appId,
        iss: t.config.jwt.issuer,
        aud: t.config.jwt.audience,
        sub: tenant.app.id,
        jti: randomUUID(),
        iat,
        exp,
      })
        .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: ACCESS_TOKEN_TYPE })
        .sign(key.signingKey);
    const read = (token: string) =>
      t.http.get(`/api/v1/users/${tenant.userId}`).set('Authorization', `Bearer ${token}`);

    await read(await signed(now, now + 3600)).expect(200);
    await read(await signed(now, 1e21)).expect(401);
    await read(await signed(now, now + 3601)).expect(401);
    await read(await signed(now + 600, now + 1200)).expect(401);
    // A few seconds of drift between processes is tolerated.
    await read(await signed(now + 5, now + 5 + 3600)).expect(200);
  });
});
