import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { exportJWK, generateKeyPair, decodeProtectedHeader, SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { hashSecret } from '../../src/common/crypto/secrets.js';
import { readKeyFile, rotateKeyFile, writeKeyFile } from '../../src/modules/tokens/signing-keys.js';
import { seedTenant, TEST_PASSWORD } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';

describe('Refresh-token reuse detection (no grace window)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ REFRESH_TOKEN_GRACE_SECONDS: '0' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('revokes the whole family when a rotated token comes back after the grace window', async () => {
    const tenant = await seedTenant(t);
    const first = (await t.http.post(`/api/v1/users/${tenant.userId}/token`).set(tenant.app.auth).expect(200))
      .body;
    const second = (
      await t.http.post('/api/v1/token/refresh').send({ refresh_token: first.refresh_token }).expect(200)
    ).body;
    await t.http
      .post('/api/v1/users')
      .set({ Authorization: `Bearer ${second.access_token}` })
      .expect(401); // wrong kind, still valid
    const reuse = await t.http
      .post('/api/v1/token/refresh')
      .send({ refresh_token: first.refresh_token })
      .expect(401);
    expect(reuse.body.detail).toBe('Invalid or revoked refresh token');
    // The newest token of the family is dead too, and so is its access token.
    await t.http.post('/api/v1/token/refresh').send({ refresh_token: second.refresh_token }).expect(401);
    const introspected = await t.http
      .post('/api/v1/token/introspect')
      .set(tenant.app.auth)
      .send({ token: second.access_token })
      .expect(200);
    expect(introspected.body.active).toBe(false);
    const { rows } = await t.db.query(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'token.reuse_detected' AND user_id = $1",
      [tenant.userId],
    );
    expect(rows[0].n).toBe(1);
  });

  it('leaves the user’s other sessions alone', async () => {
    const tenant = await seedTenant(t);
    const phone = (await t.http.post(`/api/v1/users/${tenant.userId}/token`).set(tenant.app.auth).expect(200))
      .body;
    const tablet = (
      await t.http.post(`/api/v1/users/${tenant.userId}/token`).set(tenant.app.auth).expect(200)
    ).body;
    await t.http.post('/api/v1/token/refresh').send({ refresh_token: phone.refresh_token }).expect(200);
    await t.http.post('/api/v1/token/refresh').send({ refresh_token: phone.refresh_token }).expect(401);
    await t.http.post('/api/v1/token/refresh').send({ refresh_token: tablet.refresh_token }).expect(200);
  });
});

describe('Refresh-token grace window (decided by the database clock)', () => {
  const GRACE_SECONDS = 30;
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ REFRESH_TOKEN_GRACE_SECONDS: String(GRACE_SECONDS) });
  });
  afterAll(async () => {
    await t.close();
  });

  const rotatedSecondsAgo = (refreshToken: string, seconds: number) =>
    t.db.query(
      `UPDATE refresh_tokens SET rotated_at = now() - make_interval(secs => $2)
        WHERE token_hash = $1`,
      [hashSecret(refreshToken), seconds],
    );

  it('replays inside the window by the database clock, even when the API host clock has run ahead', async () => {
    const tenant = await seedTenant(t);
    const first = (await t.http.post(`/api/v1/users/${tenant.userId}/token`).set(tenant.app.auth).expect(200))
      .body;
    const second = (
      await t.http.post('/api/v1/token/refresh').send({ refresh_token: first.refresh_token }).expect(200)
    ).body;
    await rotatedSecondsAgo(first.refresh_token, GRACE_SECONDS - 5);
    // The API process's clock a day ahead: judged there, the rotation would be far outside the window.
    const realNow = Date.now;
    const aDayAhead = realNow() + 86_400_000;
    Date.now = () => aDayAhead;
    let replay;
    try {
      replay = await t.http.post('/api/v1/token/refresh').send({ refresh_token: first.refresh_token });
    } finally {
      Date.now = realNow;
    }
    expect(replay.status).toBe(200);
    expect(replay.body.refresh_token).toBe(second.refresh_token);
    expect(replay.body.access_token).toBe(second.access_token);
  });

  it('calls it reuse once the database clock is past the window, whatever the API host clock says', async () => {
    const tenant = await seedTenant(t);
    const first = (await t.http.post(`/api/v1/users/${tenant.userId}/token`).set(tenant.app.auth).expect(200))
      .body;
    const second = (
      await t.http.post('/api/v1/token/refresh').send({ refresh_token: first.refresh_token }).expect(200)
    ).body;
    await rotatedSecondsAgo(first.refresh_token, GRACE_SECONDS + 5);
    const realNow = Date.now;
    const anHourBehind = realNow() - 3_600_000;
    Date.now = () => anHourBehind;
    try {
      await t.http.post('/api/v1/token/refresh').send({ refresh_token: first.refresh_token }).expect(401);
    } finally {
      Date.now = realNow;
    }
    await t.http.post('/api/v1/token/refresh').send({ refresh_token: second.refresh_token }).expect(401);
  });
});

describe('Rate limits', () => {
  let t: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_LOGIN_PER_MINUTE: '3', RATE_LIMIT_REDEEM_PER_MINUTE: '2' });
    // A second API process on the same database shares the counters.
    second = await startTestApp({ DATABASE_URL: t.config.database.url!, RATE_LIMIT_LOGIN_PER_MINUTE: '3' });
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  it('answers 429 with Retry-After once a credential is over its limit, counting across processes', async () => {
    const attempt = (app: TestApp) =>
      app.http.post('/api/v1/auth/login').send({ email: 'target@example.com', password: 'wrong-password' });
    expect((await attempt(t)).status).toBe(401);
    expect((await attempt(second)).status).toBe(401);
    expect((await attempt(t)).status).toBe(401);
    const limited = await attempt(second);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(120);
    expect(limited.headers['content-type']).toMatch(/problem\+json/);
  });

  it('limits invitation redeems per client address', async () => {
    const statuses = [];
    for (let i = 0; i < 3; i += 1) {
      statuses.push((await t.http.post('/api/v1/invitation-code/redeem').send({ code: 'AAAAAAAA' })).status);
    }
    expect(statuses).toEqual([404, 404, 429]);
  });

  it('stores no credential in clear in the counters', async () => {
    const { rows } = await t.db.query('SELECT key FROM rate_limit_counters');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r: { key: string }) => r.key.includes('target@example.com'))).toBe(false);
  });
});

describe('Signing-key rotation', () => {
  it('signs with the new key while tokens of the old one keep verifying, and JWKS lists both', async () => {
    const before = await startTestApp();
    const tenant = await seedTenant(before);
    const oldToken = tenant.operator.token;
    const oldKid = decodeProtectedHeader(oldToken).kid;
    await before.app.close();

    const fresh = await rotateKeyFile(before.config.jwt.signingKeysFile, 'ES256');
    const after = await startTestApp({
      DATA_DIR: before.config.dataDir,
      DATABASE_URL: before.config.database.url!,
    });
    try {
      const jwks = await after.http.get('/.well-known/jwks.json').expect(200);
      expect(jwks.body.keys.map((k: { kid: string }) => k.kid).sort()).toEqual([oldKid, fresh.kid].sort());
      await after.http
        .get('/api/v1/auth/me')
        .set({ Authorization: `Bearer ${oldToken}` })
        .expect(200);
      const login = await after.http
        .post('/api/v1/auth/login')
        .send({ email: tenant.operator.email, password: TEST_PASSWORD })
        .expect(200);
      expect(decodeProtectedHeader(login.body.access_token).kid).toBe(fresh.kid);
    } finally {
      await after.close();
      await before.db.end();
    }
  });
});

describe('Signing keys of an install from before ES256 (EdDSA)', () => {
  it('signs with a new ES256 key, keeps verifying EdDSA tokens until their key is retired out, and publishes both', async () => {
    const before = await startTestApp();
    const tenant = await seedTenant(before);
    await before.app.close();
    const file = before.config.jwt.signingKeysFile;
    const eddsa = async (kid: string, retiredAt?: string) => {
      const { privateKey } = await generateKeyPair('EdDSA', { extractable: true });
      const stored = { kid, alg: 'EdDSA' as const, createdAt: new Date(0).toISOString(), retiredAt };
      return { stored: { ...stored, privateJwk: await exportJWK(privateKey) }, privateKey };
    };
    const current = await eddsa('legacy-current');
    const longRetired = await eddsa('legacy-retired', new Date(Date.now() - 2 * 86_400_000).toISOString());
    await writeKeyFile(file, { keys: [current.stored, longRetired.stored] });
    const now = Math.floor(Date.now() / 1000);
    const legacyToken = (kid: string, key: Parameters<SignJWT['sign']>[0]) =>
      new SignJWT({ scope: 'operator', client_id: 'wearbridge-operator' })
        .setProtectedHeader({ alg: 'EdDSA', kid, typ: 'at+jwt' })
        .setIssuer(before.config.jwt.issuer)
        .setAudience(before.config.jwt.audience)
        .setSubject(tenant.operator.id)
        .setJti(randomUUID())
        .setIssuedAt(now)
        .setExpirationTime(now + 600)
        .sign(key);
    const stillValid = await legacyToken('legacy-current', current.privateKey);
    const ofRetiredKey = await legacyToken('legacy-retired', longRetired.privateKey);

    const after = await startTestApp({
      DATA_DIR: before.config.dataDir,
      DATABASE_URL: before.config.database.url!,
    });
    try {
      const keys = (await readKeyFile(file))!.keys;
      expect(keys[0]).toMatchObject({ alg: 'ES256' });
      expect(keys[0].retiredAt).toBeUndefined();
      expect(keys.find((k) => k.kid === 'legacy-current')!.retiredAt).toEqual(expect.any(String));
      const jwks = await after.http.get('/.well-known/jwks.json').expect(200);
      expect(jwks.body.keys.map((k: { kid: string; alg: string }) => [k.kid, k.alg])).toEqual([
        [keys[0].kid, 'ES256'],
        ['legacy-current', 'EdDSA'],
      ]);
      await after.http
        .get('/api/v1/auth/me')
        .set({ Authorization: `Bearer ${stillValid}` })
        .expect(200);
      const refused = await after.http
        .get('/api/v1/auth/me')
        .set({ Authorization: `Bearer ${ofRetiredKey}` })
        .expect(401);
      expect(refused.body.detail).toBe('Invalid access token');
      const login = await after.http
        .post('/api/v1/auth/login')
        .send({ email: tenant.operator.email, password: TEST_PASSWORD })
        .expect(200);
      expect(decodeProtectedHeader(login.body.access_token)).toMatchObject({
        alg: 'ES256',
        kid: keys[0].kid,
      });
    } finally {
      await after.close();
      await before.db.end();
    }
  });
});

describe('Audit events', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists the operator’s credential events newest first, filtered and cursor-paginated, without secrets', async () => {
    const tenant = await seedTenant(t);
    const other = await seedTenant(t);
    await t.http.post(`/api/v1/users/${tenant.userId}/token`).set(tenant.app.auth).expect(200);
    await t.http
      .post(`/api/v1/applications/${tenant.app.appId}/rotate-secret`)
      .set(tenant.operator.auth)
      .send({})
      .expect(200);

    const all = await t.http.get('/api/v1/audit-events').set(tenant.operator.auth).expect(200);
    const actions = all.body.data.map((e: { action: string }) => e.action);
    expect(actions).toEqual([
      'application.secret_rotated',
      'token.minted',
      'user.created',
      'application.created',
    ]);
    expect(all.body.data.every((e: { application_id: string }) => e.application_id === tenant.app.id)).toBe(
      true,
    );
    expect(JSON.stringify(all.body)).not.toContain(tenant.app.appSecret);

    const page1 = await t.http.get('/api/v1/audit-events?limit=2').set(tenant.operator.auth).expect(200);
    expect(page1.body.pagination.has_more).toBe(true);
    const page2 = await t.http
      .get(`/api/v1/audit-events?limit=2&cursor=${page1.body.pagination.next_cursor}`)
      .set(tenant.operator.auth)
      .expect(200);
    expect([...page1.body.data, ...page2.body.data].map((e: { id: string }) => e.id)).toEqual(
      all.body.data.map((e: { id: string }) => e.id),
    );

    const minted = await t.http
      .get(`/api/v1/audit-events?app_id=${tenant.app.appId}&action=token.minted`)
      .set(tenant.operator.auth)
      .expect(200);
    expect(minted.body.data).toHaveLength(1);
    const future = await t.http
      .get(`/api/v1/audit-events?since=${new Date(Date.now() + 60000).toISOString()}`)
      .set(tenant.operator.auth)
      .expect(200);
    expect(future.body.data).toHaveLength(0);
    await t.http.get(`/api/v1/audit-events?app_id=${other.app.appId}`).set(tenant.operator.auth).expect(404);
    await t.http.get('/api/v1/audit-events?since=yesterday').set(tenant.operator.auth).expect(400);
    await t.http.get('/api/v1/audit-events').set(tenant.app.auth).expect(401);
  });
});
