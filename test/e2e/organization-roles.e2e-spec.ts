import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  ORGANIZATION_ROLES,
  OrganizationRole,
  RoleRequirement,
} from '../../src/common/auth/organization-roles.js';
import { seedApplication, SeededApplication, SeededOperator } from '../factories.js';
import { seedMember, seedOrganization, SeededOrganization } from '../fixtures/identity/organizations.js';
import { startTestApp, TestApp } from '../setup/test-app.js';

const openapi = JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { responses?: Record<string, unknown>; security?: object[] }>>;
};

/**
 * Every operator operation and the least role that may call it. Reads need viewer; changes need developer; managing
 * members needs admin; ownership needs owner; `any` acts on no organization's resources.
 */
/** `operators-refused`: SDK and app routes that document a 403 of their own; an operator token is 401 there. */
const ROLES: Record<string, RoleRequirement | 'operators-refused'> = {
  'GET /api/v1/applications': 'viewer',
  'POST /api/v1/applications': 'developer',
  'DELETE /api/v1/applications/{app_id}': 'developer',
  'GET /api/v1/applications/{app_id}': 'viewer',
  'POST /api/v1/applications/{app_id}/revoke-sessions': 'developer',
  'POST /api/v1/applications/{app_id}/rotate-secret': 'developer',
  'GET /api/v1/applications/{app_id}/source-priority': 'viewer',
  'PUT /api/v1/applications/{app_id}/source-priority': 'developer',
  'GET /api/v1/applications/{app_id}/webhooks': 'viewer',
  'POST /api/v1/applications/{app_id}/webhooks': 'developer',
  'DELETE /api/v1/applications/{app_id}/webhooks/{webhook_id}': 'developer',
  'GET /api/v1/applications/{app_id}/webhooks/{webhook_id}': 'viewer',
  'PATCH /api/v1/applications/{app_id}/webhooks/{webhook_id}': 'developer',
  'GET /api/v1/applications/{app_id}/webhooks/{webhook_id}/deliveries': 'viewer',
  'POST /api/v1/applications/{app_id}/webhooks/{webhook_id}/deliveries/{delivery_id}/retry': 'developer',
  'POST /api/v1/applications/{app_id}/webhooks/{webhook_id}/replay': 'developer',
  'POST /api/v1/applications/{app_id}/webhooks/{webhook_id}/rotate-secret': 'developer',
  'POST /api/v1/applications/{app_id}/webhooks/{webhook_id}/test': 'developer',
  'GET /api/v1/audit-events': 'viewer',
  'GET /api/v1/auth/me': 'any',
  'GET /api/v1/developer/api-keys': 'viewer',
  'POST /api/v1/developer/api-keys': 'developer',
  'DELETE /api/v1/developer/api-keys/{key_id}': 'developer',
  'PATCH /api/v1/developer/api-keys/{key_id}': 'developer',
  'POST /api/v1/developer/api-keys/{key_id}/rotate': 'developer',
  'POST /api/v1/invitations/accept': 'any',
  'GET /api/v1/organizations': 'any',
  'POST /api/v1/organizations': 'any',
  'GET /api/v1/organizations/{organization_id}': 'viewer',
  'PATCH /api/v1/organizations/{organization_id}': 'admin',
  'GET /api/v1/organizations/{organization_id}/invitations': 'admin',
  'POST /api/v1/organizations/{organization_id}/invitations': 'admin',
  'DELETE /api/v1/organizations/{organization_id}/invitations/{invitation_id}': 'admin',
  'GET /api/v1/organizations/{organization_id}/members': 'viewer',
  'DELETE /api/v1/organizations/{organization_id}/members/{operator_id}': 'any',
  'PATCH /api/v1/organizations/{organization_id}/members/{operator_id}': 'admin',
  'POST /api/v1/organizations/{organization_id}/transfer-ownership': 'owner',
  'POST /api/v1/sdk/users/{user_id}/logs': 'operators-refused',
  'GET /api/v1/sdk/users/{user_id}/sync/{batch_id}': 'viewer',
  'POST /api/v1/sdk/users/{user_id}/sync/{batch_id}/replay': 'developer',
  'GET /api/v1/users': 'viewer',
  'POST /api/v1/users': 'developer',
  'DELETE /api/v1/users/{user_id}': 'developer',
  'GET /api/v1/users/{user_id}': 'viewer',
  'PATCH /api/v1/users/{user_id}': 'developer',
  'GET /api/v1/users/{user_id}/connections': 'viewer',
  'DELETE /api/v1/users/{user_id}/connections/{provider}': 'developer',
  'GET /api/v1/users/{user_id}/data-sources': 'viewer',
  'GET /api/v1/users/{user_id}/imports': 'viewer',
  'POST /api/v1/users/{user_id}/imports/apple-health': 'developer',
  'GET /api/v1/users/{user_id}/imports/{import_id}': 'viewer',
  'DELETE /api/v1/users/{user_id}/imports/{import_id}': 'developer',
  'GET /api/v1/users/{user_id}/events/sleep': 'viewer',
  'DELETE /api/v1/users/{user_id}/events/sleep/{sleep_id}': 'developer',
  'GET /api/v1/users/{user_id}/events/sleep/{sleep_id}': 'viewer',
  'GET /api/v1/users/{user_id}/events/workouts': 'viewer',
  'DELETE /api/v1/users/{user_id}/events/workouts/{workout_id}': 'developer',
  'GET /api/v1/users/{user_id}/events/workouts/{workout_id}': 'viewer',
  'GET /api/v1/users/{user_id}/export': 'viewer',
  'POST /api/v1/users/{user_id}/invitation-code': 'developer',
  'POST /api/v1/users/{user_id}/revoke-sessions': 'developer',
  'GET /api/v1/users/{user_id}/summaries/activity': 'viewer',
  'GET /api/v1/users/{user_id}/summaries/body': 'viewer',
  'GET /api/v1/users/{user_id}/summaries/sleep': 'viewer',
  'GET /api/v1/users/{user_id}/sync/batches': 'viewer',
  'GET /api/v1/users/{user_id}/sync/sessions': 'viewer',
  'GET /api/v1/users/{user_id}/sync/status': 'viewer',
  'GET /api/v1/users/{user_id}/timeseries': 'viewer',
  'POST /api/v1/users/{user_id}/token': 'developer',
};

/** Operations an operator token may call: bearer-secured and documenting the role refusal (403). */
function operatorOperations(): string[] {
  return Object.entries(openapi.paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([, operation]) => operation.responses?.['403'])
      .filter(([, operation]) => (operation.security ?? []).some((s) => 'bearer' in s))
      .map(([method]) => `${method.toUpperCase()} ${path}`),
  );
}

describe('Organization roles × operator routes', () => {
  let t: TestApp;
  let organization: SeededOrganization;
  let app: SeededApplication;
  let userId: string;
  const members = {} as Record<OrganizationRole, SeededOperator>;

  beforeAll(async () => {
    t = await startTestApp();
    organization = await seedOrganization(t);
    app = await seedApplication(t, organization.owner);
    userId = (await t.http.post('/api/v1/users').set(app.auth).send({ external_user_id: 'u1' }).expect(201))
      .body.id;
    for (const role of ['admin', 'developer', 'viewer'] as const)
      members[role] = await seedMember(t, organization, role);
    // An owner whose only organization is this one (the seeded owner also owns nothing else, but keep it intact).
    members.owner = await seedMember(t, organization, 'owner');
  });

  afterAll(async () => {
    await t.close();
  });

  it('has a role for every operation an operator can call, and no stale rows', () => {
    expect(operatorOperations().sort()).toEqual(Object.keys(ROLES).sort());
  });

  function request(operation: string, operator: SeededOperator) {
    const [method, template] = operation.split(' ');
    const path = template
      .replace('{app_id}', app.appId)
      .replace('{organization_id}', organization.id)
      .replace('{user_id}', userId)
      .replace('{provider}', 'apple')
      // Ids of nothing: an allowed role reaches the handler (404 or 400), a refused one stops at the role.
      .replace(/\{[a-z_]+_id\}/g, () => randomUUID());
    const call = t.http[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path).set(
      operator.auth,
    );
    return method === 'GET' || method === 'DELETE' ? call : call.send({});
  }

  const cases = Object.entries(ROLES).flatMap(([operation, needed]) =>
    ORGANIZATION_ROLES.map((role) => [operation, role, needed] as const),
  );

  it.each(cases)('%s as %s (needs %s)', async (operation, role, needed) => {
    // Destructive operations on the shared fixtures are checked on ids of nothing only.
    const destructive = /^DELETE \/api\/v1\/(applications\/\{app_id\}|users\/\{user_id\})$/.test(operation);
    const response = destructive
      ? await request(operation.replace('{app_id}', '{x_id}').replace('{user_id}', '{x_id}'), members[role])
      : await request(operation, members[role]);
    const allowed =
      needed === 'any' ||
      (needed !== 'operators-refused' &&
        ORGANIZATION_ROLES.indexOf(role) >= ORGANIZATION_ROLES.indexOf(needed));
    const expected =
      needed === 'operators-refused'
        ? 'unauthenticated'
        : allowed
          ? 'past the role check'
          : 'refused for the role';
    const refusal = `This needs the ${needed} role or higher in the organization; yours is ${role}.`;
    const actual =
      response.status === 401
        ? 'unauthenticated'
        : response.status >= 500
          ? `server error ${response.status}`
          : response.status === 403
            ? response.body.detail === refusal
              ? 'refused for the role'
              : `another 403: ${response.body.detail}`
            : 'past the role check';
    expect([operation, role, actual]).toEqual([operation, role, expected]);
  });
});
