import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import { loadConfig } from '../../src/config/app-config.js';
import { buildDataSourceOptions } from '../../src/database/data-source-options.js';
import { seedApplication, seedOperator, SeededOperator, TEST_PASSWORD } from '../factories.js';
import {
  ownOrganization,
  seedMember,
  seedOrganization,
  SeededOrganization,
} from '../fixtures/identity/organizations.js';
import { databaseUrl, SERVER_ENV } from '../setup/test-database-server.js';
import { startTestApp, TestApp } from '../setup/test-app.js';

async function auditActions(t: TestApp, organizationId: string): Promise<string[]> {
  const { rows } = await t.db.query(
    'SELECT action FROM audit_events WHERE organization_id = $1 ORDER BY id',
    [organizationId],
  );
  return rows.map((r: { action: string }) => r.action);
}

function invite(t: TestApp, org: SeededOrganization, inviter: SeededOperator, email: string, role: string) {
  return t.http.post(`/api/v1/organizations/${org.id}/invitations`).set(inviter.auth).send({ email, role });
}

describe('Organizations', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Many logins from one address: the login rate limit has its own tests.
    t = await startTestApp({ RATE_LIMIT_ENABLED: 'false' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives every new operator an organization they own, which owns their applications', async () => {
    const operator = await seedOperator(t);
    const list = await t.http.get('/api/v1/organizations').set(operator.auth).expect(200);
    expect(list.body).toEqual([
      {
        id: expect.any(String),
        name: `Organization of ${operator.email}`,
        role: 'owner',
        password_login_disabled: false,
      },
    ]);
    const app = await t.http.post('/api/v1/applications').set(operator.auth).send({ name: 'A' }).expect(201);
    expect(app.body.organization_id).toBe(list.body[0].id);
    expect(await auditActions(t, list.body[0].id)).toEqual(['organization.created']);
  });

  it('invites a new operator, who registers with the token, sees the apps and cannot reuse it', async () => {
    const org = await seedOrganization(t);
    const app = await seedApplication(t, org.owner);
    const created = await invite(t, org, org.owner, '  New.Dev@Example.com ', 'developer').expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      organization_id: org.id,
      email: 'new.dev@example.com',
      role: 'developer',
      expires_at: expect.any(String),
      created_at: expect.any(String),
      token: expect.stringMatching(/^inv_[0-9a-f]{64}$/),
      email_sent: false,
    });
    const days = (Date.parse(created.body.expires_at) - Date.parse(created.body.created_at)) / 86_400_000;
    expect(Math.round(days)).toBe(7);
    const pending = await t.http
      .get(`/api/v1/organizations/${org.id}/invitations`)
      .set(org.owner.auth)
      .expect(200);
    expect(pending.body.map((i: { id: string }) => i.id)).toEqual([created.body.id]);
    expect(JSON.stringify(pending.body)).not.toContain(created.body.token);

    const registered = await t.http
      .post('/api/v1/invitations/register')
      .send({ token: created.body.token, password: TEST_PASSWORD })
      .expect(200);
    const auth = { Authorization: `Bearer ${registered.body.access_token}` };
    const apps = await t.http.get('/api/v1/applications').set(auth).expect(200);
    expect(apps.body.map((a: { app_id: string }) => a.app_id)).toEqual([app.appId]);
    const mine = await t.http.get('/api/v1/organizations').set(auth).expect(200);
    expect(mine.body).toEqual([expect.objectContaining({ id: org.id, role: 'developer' })]);
    await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'new.dev@example.com', password: TEST_PASSWORD })
      .expect(200);

    const again = await t.http
      .post('/api/v1/invitations/register')
      .send({ token: created.body.token, password: TEST_PASSWORD })
      .expect(404);
    expect(again.body.detail).toBe('Invitation not found, already used, revoked or expired');
    const { rows } = await t.db.query('SELECT token_hash FROM organization_invitations WHERE id = $1', [
      created.body.id,
    ]);
    expect(rows[0].token_hash.toString('hex')).not.toContain(created.body.token.slice(4));
    expect(await auditActions(t, org.id)).toEqual([
      'organization.created',
      'organization.member_invited',
      'organization.member_joined',
    ]);
  });

  it('refuses bad invitation input: malformed token, short password, bad email or role, a member again', async () => {
    const org = await seedOrganization(t);
    const malformed = await t.http
      .post('/api/v1/invitations/register')
      .send({ token: 'inv_nope', password: TEST_PASSWORD })
      .expect(400);
    expect(malformed.body.errors.map((e: { field: string }) => e.field)).toEqual(['token']);
    const created = await invite(t, org, org.owner, 'short@example.com', 'viewer').expect(201);
    await t.http
      .post('/api/v1/invitations/register')
      .send({ token: created.body.token, password: 'short' })
      .expect(400);
    const unknown = await t.http
      .post('/api/v1/invitations/register')
      .send({ token: `inv_${'0'.repeat(64)}`, password: TEST_PASSWORD })
      .expect(404);
    expect(unknown.body.detail).toMatch(/Invitation not found/);
    const badEmail = await invite(t, org, org.owner, 'not-an-email', 'viewer').expect(400);
    expect(badEmail.body.errors[0].field).toBe('email');
    await invite(t, org, org.owner, 'x@example.com', 'superuser').expect(400);
    const dup = await invite(t, org, org.owner, org.owner.email, 'viewer').expect(409);
    expect(dup.body.detail).toBe('This email address is already a member of the organization.');
    // A registered email must log in and accept instead.
    const existing = await seedOperator(t);
    const forExisting = await invite(t, org, org.owner, existing.email, 'viewer').expect(201);
    const conflict = await t.http
      .post('/api/v1/invitations/register')
      .send({ token: forExisting.body.token, password: TEST_PASSWORD })
      .expect(409);
    expect(conflict.body.detail).toMatch(/log in and accept/);
  });

  it('lets an existing operator accept an invitation for their email only, and act with that role there', async () => {
    const org = await seedOrganization(t);
    const app = await seedApplication(t, org.owner);
    const other = await seedOperator(t);
    const intruder = await seedOperator(t);
    const created = await invite(t, org, org.owner, other.email, 'viewer').expect(201);
    const wrong = await t.http
      .post('/api/v1/invitations/accept')
      .set(intruder.auth)
      .send({ token: created.body.token })
      .expect(403);
    expect(wrong.body.detail).toBe('This invitation is addressed to another email address.');
    const accepted = await t.http
      .post('/api/v1/invitations/accept')
      .set(other.auth)
      .send({ token: created.body.token })
      .expect(200);
    expect(accepted.body).toEqual({
      id: org.id,
      name: expect.any(String),
      role: 'viewer',
      password_login_disabled: false,
    });
    // Viewer in this organization, owner of their own: reads here, changes nothing here, creates in their own.
    await t.http.get(`/api/v1/applications/${app.appId}`).set(other.auth).expect(200);
    const refused = await t.http
      .post(`/api/v1/applications/${app.appId}/rotate-secret`)
      .set(other.auth)
      .send({})
      .expect(403);
    expect(refused.body.detail).toBe(
      'This needs the developer role or higher in the organization; yours is viewer.',
    );
    const mine = await t.http.post('/api/v1/applications').set(other.auth).send({ name: 'mine' }).expect(201);
    expect(mine.body.organization_id).toBe(await ownOrganization(t, other));
    const intoTheirs = await t.http
      .post('/api/v1/applications')
      .set(other.auth)
      .send({ name: 'theirs', organization_id: org.id })
      .expect(403);
    expect(intoTheirs.body.detail).toMatch(/needs the developer role/);
    const user = await t.http
      .post('/api/v1/users')
      .set(app.auth)
      .send({ external_user_id: 'v1' })
      .expect(201);
    const mint = await t.http.post(`/api/v1/users/${user.body.id}/token`).set(other.auth).expect(403);
    expect(mint.body.detail).toMatch(/needs the developer role/);
    await t.http.post(`/api/v1/users/${user.body.id}/token`).set(intruder.auth).expect(404);
    // The intruder is no member: the application does not exist for them.
    await t.http.get(`/api/v1/applications/${app.appId}`).set(intruder.auth).expect(404);
    await t.http.get(`/api/v1/organizations/${org.id}`).set(intruder.auth).expect(404);
  });

  it('changes roles with the owner rules, transfers ownership and never leaves an organization without an owner', async () => {
    const org = await seedOrganization(t);
    const admin = await seedMember(t, org, 'admin');
    const dev = await seedMember(t, org, 'developer');
    const members = `/api/v1/organizations/${org.id}/members`;

    const promoted = await t.http
      .patch(`${members}/${dev.id}`)
      .set(admin.auth)
      .send({ role: 'viewer' })
      .expect(200);
    expect(promoted.body).toEqual({
      operator_id: dev.id,
      email: dev.email,
      role: 'viewer',
      joined_at: expect.any(String),
    });
    const noOwnerGrant = await t.http
      .patch(`${members}/${dev.id}`)
      .set(admin.auth)
      .send({ role: 'owner' })
      .expect(403);
    expect(noOwnerGrant.body.detail).toMatch(/needs the owner role/);
    await t.http.patch(`${members}/${org.owner.id}`).set(admin.auth).send({ role: 'viewer' }).expect(403);
    await invite(t, org, admin, 'boss@example.com', 'owner').expect(403);
    await t.http.patch(`${members}/${randomUUID()}`).set(admin.auth).send({ role: 'viewer' }).expect(404);
    await t.http.patch(`${members}/${dev.id}`).set(admin.auth).send({ role: 'god' }).expect(400);

    const lastOwner = await t.http
      .patch(`${members}/${org.owner.id}`)
      .set(org.owner.auth)
      .send({ role: 'admin' })
      .expect(409);
    expect(lastOwner.body.detail).toMatch(/always keeps an owner/);
    await t.http.delete(`${members}/${org.owner.id}`).set(org.owner.auth).expect(409);

    const transferred = await t.http
      .post(`/api/v1/organizations/${org.id}/transfer-ownership`)
      .set(org.owner.auth)
      .send({ operator_id: admin.id })
      .expect(200);
    const roles = Object.fromEntries(
      transferred.body.map((m: { operator_id: string; role: string }) => [m.operator_id, m.role]),
    );
    expect(roles).toEqual({ [org.owner.id]: 'admin', [admin.id]: 'owner', [dev.id]: 'viewer' });
    // The former owner is admin now: ownership is out of reach at once.
    await t.http
      .post(`/api/v1/organizations/${org.id}/transfer-ownership`)
      .set(org.owner.auth)
      .send({ operator_id: org.owner.id })
      .expect(403);

    // Removing: an admin removes a viewer, who then sees nothing; a member may leave; the last owner may not.
    const app = await seedApplication(t, admin);
    await t.http.get(`/api/v1/applications/${app.appId}`).set(dev.auth).expect(200);
    await t.http.delete(`${members}/${dev.id}`).set(org.owner.auth).expect(204);
    await t.http.get(`/api/v1/applications/${app.appId}`).set(dev.auth).expect(404);
    await t.http.delete(`${members}/${org.owner.id}`).set(org.owner.auth).expect(204);
    await t.http.delete(`${members}/${admin.id}`).set(admin.auth).expect(409);
    expect(await auditActions(t, org.id)).toEqual([
      'organization.created',
      'organization.member_invited',
      'organization.member_joined',
      'organization.member_invited',
      'organization.member_joined',
      'organization.member_role_changed',
      'organization.ownership_transferred',
      'organization.member_removed',
      'organization.member_removed',
    ]);
  });

  it('revokes and expires invitations', async () => {
    const org = await seedOrganization(t);
    const revoked = await invite(t, org, org.owner, 'r@example.com', 'viewer').expect(201);
    await t.http
      .delete(`/api/v1/organizations/${org.id}/invitations/${revoked.body.id}`)
      .set(org.owner.auth)
      .expect(204);
    await t.http
      .delete(`/api/v1/organizations/${org.id}/invitations/${revoked.body.id}`)
      .set(org.owner.auth)
      .expect(404);
    await t.http
      .post('/api/v1/invitations/register')
      .send({ token: revoked.body.token, password: TEST_PASSWORD })
      .expect(404);
    const expired = await invite(t, org, org.owner, 'e@example.com', 'viewer').expect(201);
    await t.db.query(
      "UPDATE organization_invitations SET expires_at = now() - interval '1 second' WHERE id = $1",
      [expired.body.id],
    );
    await t.http
      .post('/api/v1/invitations/register')
      .send({ token: expired.body.token, password: TEST_PASSWORD })
      .expect(404);
    const pending = await t.http
      .get(`/api/v1/organizations/${org.id}/invitations`)
      .set(org.owner.auth)
      .expect(200);
    expect(pending.body).toEqual([]);
    expect(
      (await auditActions(t, org.id)).filter((a) => a === 'organization.invitation_revoked'),
    ).toHaveLength(1);
    // Through the API: an admin reads the organization's events, newest first; a viewer may not; app_id and
    // organization_id together are a 400.
    const listed = await t.http
      .get(`/api/v1/audit-events?organization_id=${org.id}`)
      .set(org.owner.auth)
      .expect(200);
    expect(listed.body.data.map((e: { action: string }) => e.action)).toEqual([
      'organization.member_invited',
      'organization.invitation_revoked',
      'organization.member_invited',
      'organization.created',
    ]);
    expect(listed.body.data.every((e: { organization_id: string }) => e.organization_id === org.id)).toBe(
      true,
    );
    const viewer = await seedMember(t, org, 'viewer');
    await t.http.get(`/api/v1/audit-events?organization_id=${org.id}`).set(viewer.auth).expect(403);
    await t.http
      .get(`/api/v1/audit-events?organization_id=${org.id}&app_id=app_${'0'.repeat(32)}`)
      .set(org.owner.auth)
      .expect(400);
  });

  it('disables password login for an SSO-only organization', async () => {
    const org = await seedOrganization(t);
    const updated = await t.http
      .patch(`/api/v1/organizations/${org.id}`)
      .set(org.owner.auth)
      .send({ password_login_disabled: true, name: 'Acme' })
      .expect(200);
    expect(updated.body).toMatchObject({ name: 'Acme', password_login_disabled: true, role: 'owner' });
    const login = await t.http
      .post('/api/v1/auth/login')
      .send({ email: org.owner.email, password: TEST_PASSWORD })
      .expect(403);
    expect(login.body.detail).toMatch(/Password login is disabled for your organization/);
    // A wrong password still says only that.
    const wrong = await t.http
      .post('/api/v1/auth/login')
      .send({ email: org.owner.email, password: 'x'.repeat(12) })
      .expect(401);
    expect(wrong.body.detail).toBe('Incorrect email or password');
    // SSO domains must be allowed by OIDC_ALLOWED_DOMAINS (unset here).
    const domains = await t.http
      .patch(`/api/v1/organizations/${org.id}`)
      .set(org.owner.auth)
      .send({ sso_domains: ['example.com'] })
      .expect(400);
    expect(domains.body.detail).toMatch(/not in OIDC_ALLOWED_DOMAINS/);
    await t.http
      .patch(`/api/v1/organizations/${org.id}`)
      .set(org.owner.auth)
      .send({ sso_domains: ['not a domain'] })
      .expect(400);
    expect(await auditActions(t, org.id)).toContain('organization.updated');
  });

  it('creates organizations, and asks which one when an operator may create applications in several', async () => {
    const operator = await seedOperator(t);
    const second = await t.http
      .post('/api/v1/organizations')
      .set(operator.auth)
      .send({ name: 'Second' })
      .expect(201);
    expect(second.body).toMatchObject({
      name: 'Second',
      role: 'owner',
      sso_domains: [],
      sso_default_role: 'viewer',
    });
    const ambiguous = await t.http
      .post('/api/v1/applications')
      .set(operator.auth)
      .send({ name: 'x' })
      .expect(400);
    expect(ambiguous.body.detail).toMatch(/organization_id is required/);
    const placed = await t.http
      .post('/api/v1/applications')
      .set(operator.auth)
      .send({ name: 'x', organization_id: second.body.id })
      .expect(201);
    expect(placed.body.organization_id).toBe(second.body.id);
    await t.http.post('/api/v1/organizations').set(operator.auth).send({ name: '' }).expect(400);
    await t.http.get('/api/v1/organizations/not-a-uuid').set(operator.auth).expect(400);
  });
});

describe('Invitation emails (SMTP_URL)', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  const received: { to: string; body: string }[] = [];
  let refuse = false;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onRcptTo(address, _session, callback) {
        callback(refuse ? Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }) : undefined);
        void address;
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          // The text part is quoted-printable: undo soft line breaks and escapes.
          const body = Buffer.concat(chunks)
            .toString()
            .replace(/=\r?\n/g, '')
            .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
          received.push({ to: session.envelope.rcptTo[0].address, body });
          callback();
        });
      },
    });
    smtp.listen(0, '127.0.0.1');
    await once(smtp.server, 'listening');
    const { port } = smtp.server.address() as AddressInfo;
    t = await startTestApp({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      SMTP_FROM: 'Wearbridge <team@example.com>',
    });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('sends the invitation token by email, and still shows it when the server refuses the mail', async () => {
    const org = await seedOrganization(t);
    const sent = await invite(t, org, org.owner, 'mail@example.com', 'admin').expect(201);
    expect(sent.body.email_sent).toBe(true);
    expect(received).toHaveLength(1);
    expect(received[0].to).toBe('mail@example.com');
    expect(received[0].body).toContain(sent.body.token);
    expect(received[0].body).toMatch(/From: Wearbridge <team@example.com>/);
    expect(received[0].body).toContain('as admin');
    expect(received[0].body).toContain('http://localhost:3000/api/v1/invitations/register');

    refuse = true;
    const unsent = await invite(t, org, org.owner, 'bounce@example.com', 'viewer').expect(201);
    expect(unsent.body).toMatchObject({ email_sent: false, token: expect.stringMatching(/^inv_/) });
    expect(received).toHaveLength(1);
  });
});

describe('Organizations migration', () => {
  it('makes every existing operator the owner of an organization holding their applications', async () => {
    const server = process.env[SERVER_ENV]!;
    const name = `wb_orgs_${randomUUID().replace(/-/g, '')}`;
    const admin = new pg.Client({ connectionString: databaseUrl(server, 'postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = databaseUrl(server, name);
    const index = MIGRATIONS.findIndex((m) => m.name.startsWith('Organizations'));
    const options = buildDataSourceOptions(url, loadConfig({}));
    const before = await new DataSource({ ...options, migrations: MIGRATIONS.slice(0, index) }).initialize();
    try {
      await before.runMigrations();
      const [alice] = await before.query(
        "INSERT INTO operators (email, password_hash) VALUES ('alice@example.com', 'x') RETURNING id",
      );
      await before.query("INSERT INTO operators (email, password_hash) VALUES ('bob@example.com', 'x')");
      await before.query(
        `INSERT INTO applications (app_id, name, owner_operator_id, secret_hash)
         VALUES ('app_1', 'one', $1, '\\x00'), ('app_2', 'two', $1, '\\x00')`,
        [alice.id],
      );
    } finally {
      await before.destroy();
    }
    const after = await new DataSource({ ...options, migrations: MIGRATIONS }).initialize();
    try {
      await after.runMigrations();
      const members = await after.query(
        `SELECT o.email, m.role, org.name, m.organization_id FROM organization_members m
           JOIN operators o ON o.id = m.operator_id JOIN organizations org ON org.id = m.organization_id
          ORDER BY o.email`,
      );
      expect(
        members.map((m: { email: string; role: string; name: string }) => [m.email, m.role, m.name]),
      ).toEqual([
        ['alice@example.com', 'owner', 'Organization of alice@example.com'],
        ['bob@example.com', 'owner', 'Organization of bob@example.com'],
      ]);
      const apps = await after.query('SELECT DISTINCT organization_id FROM applications');
      expect(apps).toEqual([{ organization_id: members[0].organization_id }]);
      // Back to before Organizations (later migrations first).
      for (let i = MIGRATIONS.length; i > index; i -= 1) await after.undoLastMigration();
      const [{ count }] = await after.query(
        "SELECT count(*)::int AS count FROM applications a JOIN operators o ON o.id = a.owner_operator_id WHERE o.email = 'alice@example.com'",
      );
      expect(count).toBe(2);
    } finally {
      await after.destroy();
      await admin.query(`DROP DATABASE ${name}`);
      await admin.end();
    }
  });
});
