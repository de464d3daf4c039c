import { randomBytes } from 'node:crypto';
import { OperatorsService } from '../src/modules/auth/operators.service.js';
import type { TestApp } from './setup/test-app.js';

export const TEST_PASSWORD = 'correct-horse-battery-staple';

export function basicAuth(appId: string, appSecret: string): string {
  return `Basic ${Buffer.from(`${appId}:${appSecret}`).toString('base64')}`;
}

export interface SeededOperator {
  id: string;
  email: string;
  token: string;
  auth: { Authorization: string };
}

export async function seedOperator(
  t: TestApp,
  email = `op-${randomBytes(4).toString('hex')}@example.com`,
): Promise<SeededOperator> {
  const operator = await t.app.get(OperatorsService).create(email, TEST_PASSWORD);
  const response = await t.http
    .post('/api/v1/auth/login')
    .send({ email, password: TEST_PASSWORD })
    .expect(200);
  const token = response.body.access_token as string;
  return { id: operator.id, email, token, auth: { Authorization: `Bearer ${token}` } };
}

export interface SeededApplication {
  id: string;
  appId: string;
  appSecret: string;
  /** HTTP Basic app credentials header. */
  auth: { Authorization: string };
}

export async function seedApplication(
  t: TestApp,
  operator: SeededOperator,
  name = 'Test app',
): Promise<SeededApplication> {
  const response = await t.http.post('/api/v1/applications').set(operator.auth).send({ name }).expect(201);
  const { id, app_id: appId, app_secret: appSecret } = response.body;
  return { id, appId, appSecret, auth: { Authorization: basicAuth(appId, appSecret) } };
}

export async function seedApiKey(
  t: TestApp,
  operator: SeededOperator,
  app: SeededApplication,
): Promise<string> {
  const response = await t.http
    .post('/api/v1/developer/api-keys')
    .set(operator.auth)
    .send({ name: 'test key', app_id: app.appId })
    .expect(201);
  return response.body.key as string;
}

export async function seedUser(
  t: TestApp,
  app: SeededApplication,
  fields: Record<string, unknown> = {},
): Promise<string> {
  const response = await t.http.post('/api/v1/users').set(app.auth).send(fields).expect(201);
  return response.body.id as string;
}

/** An operator with one application and one user: the usual starting point of a test. */
export async function seedTenant(t: TestApp) {
  const operator = await seedOperator(t);
  const app = await seedApplication(t, operator);
  const userId = await seedUser(t, app, { external_user_id: `ext-${randomBytes(4).toString('hex')}` });
  return { operator, app, userId };
}
