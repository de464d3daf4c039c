import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedTenant } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';

describe('Webhook URLs when private networks are not allowed', () => {
  let t: TestApp;
  let tenant: Awaited<ReturnType<typeof seedTenant>>;

  beforeAll(async () => {
    t = await startTestApp({ WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'false' });
    tenant = await seedTenant(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    'http://127.0.0.1/hook',
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.1/hook',
    'http://localhost:8080/hook',
    'http://[::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://192.168.1.20/hook',
  ])('refuses %s with 400 and stores nothing', async (url) => {
    const response = await t.http
      .post(`/api/v1/applications/${tenant.app.appId}/webhooks`)
      .set(tenant.operator.auth)
      .send({ url })
      .expect(400);
    expect(response.body.detail).toContain(
      'must not point at a loopback, private, link-local or metadata address',
    );
    const { rows } = await t.db.query('SELECT count(*)::int AS n FROM webhook_endpoints');
    expect(rows[0].n).toBe(0);
  });

  it('refuses to move an existing endpoint onto an internal address', async () => {
    await t.db.query(
      `INSERT INTO webhook_endpoints (application_id, url, secret_ciphertext) VALUES ($1, 'https://example.com/h', '\\x00')`,
      [tenant.app.id],
    );
    const { rows } = await t.db.query('SELECT id FROM webhook_endpoints');
    const response = await t.http
      .patch(`/api/v1/applications/${tenant.app.appId}/webhooks/${rows[0].id}`)
      .set(tenant.operator.auth)
      .send({ url: 'http://127.0.0.1:9/x' })
      .expect(400);
    expect(response.body.detail).toContain('loopback');
  });
});
