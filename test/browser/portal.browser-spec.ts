import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createWearbridgeClient } from '../../client/src/index.js';
import { simulatePhone } from '../../src/simulator/sdk-client.js';
import { syntheticHealth } from '../../src/simulator/synthetic-health.js';
import { seedOperator, TEST_PASSWORD, type SeededOperator } from '../factories.js';
import { writeExportZip } from '../fixtures/apple-health/export-zip.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import { eventually, FAST_WEBHOOKS, Receiver } from '../e2e/webhook-helpers.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = path.join(ROOT, 'screenshots', 'portal');
const NOW = new Date('2026-11-20T09:00:00Z');
// The simulator's last full day (of two; the first has a workout with a route) ends the day before NOW; at UTC+0 its local day is the UTC day the page charts.
const DAY = '2026-11-19';
const STEP_TIMEOUT = 15_000;

/** The portal in a headless Chromium against the real server on the test database. */
describe('The operator portal (/portal) in a browser', () => {
  let t: TestApp;
  let receiver: Receiver;
  let browser: Browser;
  let page: Page;
  let operator: SeededOperator;
  let work: string;
  let origin: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(
        `The portal's browser test needs Chromium at ${CHROMIUM}: install it with apt-get install -y chromium`,
      );
    // npm test runs before npm run build in CI: the server serves whatever dist/portal holds, so build it now.
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-portal.mjs')], { stdio: 'inherit' });
    t = await startTestApp(FAST_WEBHOOKS);
    receiver = await new Receiver().start();
    operator = await seedOperator(t, 'operator@example.com');
    work = await mkdtemp(path.join(tmpdir(), 'wearbridge-portal-'));
    await mkdir(SCREENSHOTS, { recursive: true });
    // localhost, not 127.0.0.1: Chromium keeps Secure (__Host-) cookies on http://localhost only.
    origin = t.baseUrl.replace('127.0.0.1', 'localhost');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--host-resolver-rules=MAP localhost 127.0.0.1',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await receiver?.stop();
    await t?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  /** No serious or critical axe violation on the page as it is now; then a screenshot for docs/. */
  async function checkPage(name: string) {
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    expect({ page: name, violations: bad }).toEqual({ page: name, violations: [] });
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  }

  const notice = () => page.getByTestId('notice');

  it('serves the app at /portal with / redirecting there, and index.html for its own paths', async () => {
    const bare = await fetch(`${t.baseUrl}/portal`);
    expect(bare.status).toBe(200);
    expect(await bare.text()).toContain('<div id="root">');
    const root = await fetch(`${t.baseUrl}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/portal/');
    const deep = await fetch(`${t.baseUrl}/portal/users/some-id`);
    expect(deep.status).toBe(200);
    expect(deep.headers.get('content-type')).toMatch(/text\/html/);
    expect(await deep.text()).toContain('<div id="root">');
  });

  it('walks an operator through every page', async () => {
    // Sign in: a wrong password shows the API's own problem detail.
    await page.goto(`${origin}/`);
    await page.getByRole('heading', { name: 'Sign in to Wearbridge' }).waitFor();
    await checkPage('sign-in');
    await page.getByLabel('Email').fill(operator.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const refused = await t.http
      .post('/api/v1/auth/session')
      .send({ email: operator.email, password: 'nope' });
    await page.getByRole('alert').filter({ hasText: refused.body.detail }).waitFor();
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Applications', level: 1 }).waitFor();
    expect(page.url()).toBe(`${origin}/portal/applications`);

    // Applications: create, read the secret once, rotate it, delete another with typed confirmation.
    await page.getByLabel('Name').fill('Portal app');
    await page.getByRole('button', { name: 'Create application' }).click();
    await notice().filter({ hasText: 'Created Portal app.' }).waitFor();
    const appId = (await page
      .getByRole('row', { name: /Portal app/ })
      .locator('code')
      .textContent())!;
    let appSecret = (await page.getByTestId('secret').textContent())!;
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    await page.getByRole('button', { name: 'Rotate secret of Portal app' }).click();
    await notice().filter({ hasText: 'Rotated the secret of Portal app.' }).waitFor();
    const rotated = (await page.getByTestId('secret').textContent())!;
    expect(rotated).not.toBe(appSecret);
    const secrets = [appSecret, rotated];
    appSecret = rotated;
    const backend = createWearbridgeClient({ baseUrl: t.baseUrl, auth: { appId, appSecret } });
    expect((await backend.GET('/api/v1/users')).response.status).toBe(200);

    await page.getByLabel('Name').fill('Doomed app');
    await page.getByRole('button', { name: 'Create application' }).click();
    await notice().filter({ hasText: 'Created Doomed app.' }).waitFor();
    await page.getByRole('button', { name: 'Delete Doomed app' }).click();
    const confirm = page.getByRole('button', { name: 'Delete application' });
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByLabel('Type "Doomed app" to delete this application').fill('Doomed app');
    await confirm.click();
    await notice().filter({ hasText: 'Deleted Doomed app.' }).waitFor();
    await page.getByRole('row', { name: /Doomed app/ }).waitFor({ state: 'detached' });
    await checkPage('applications');

    // Users: create one, find it by search, open its page.
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    await page.getByLabel('External user ID').fill('portal-user-1');
    await page.getByLabel('First name').fill('Ada');
    await page.getByLabel('Last name').fill('Lovelace');
    await page.getByRole('button', { name: 'Create user' }).click();
    await notice().filter({ hasText: 'Created user Ada Lovelace.' }).waitFor();
    await page.getByLabel('Search name or email').fill('lovelace');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'Ada Lovelace' }).waitFor();
    await checkPage('users');
    const listed = await backend.GET('/api/v1/users', {
      params: { query: { external_user_id: 'portal-user-1' } },
    });
    const userId = listed.data!.items[0].id;

    // A phone pushes a day through the SDK; the user page shows its steps, heart rate and hypnogram.
    const pair = await backend.POST('/api/v1/users/{user_id}/token', {
      params: { path: { user_id: userId } },
      body: {},
    });
    await simulatePhone({
      baseUrl: t.baseUrl,
      userId,
      platform: 'ios',
      credentials: { accessToken: pair.data!.access_token, refreshToken: pair.data!.refresh_token },
      items: syntheticHealth({ platform: 'ios', days: 2, now: NOW, seed: 7, utcOffsetMinutes: 0 }),
    });
    const summary = await backend.GET('/api/v1/users/{user_id}/summaries/activity', {
      params: { path: { user_id: userId }, query: { start_date: DAY, end_date: DAY } },
    });
    // One batch the server quarantines (an unknown Content-Encoding) and one with an item it rejects.
    const syncUrl = `${t.baseUrl}/api/v1/sdk/users/${userId}/sync`;
    const phone = { Authorization: `Bearer ${pair.data!.access_token}`, 'Content-Type': 'application/json' };
    const quarantined = await fetch(syncUrl, {
      method: 'POST',
      headers: { ...phone, 'Content-Encoding': 'compress' },
      body: '{}',
    });
    expect(quarantined.status).toBe(202);
    const at = '2026-11-19T10:00:00Z';
    const partial = await fetch(syncUrl, {
      method: 'POST',
      headers: phone,
      body: JSON.stringify({
        provider: 'apple',
        sdkVersion: '0.15.0',
        syncTimestamp: NOW.toISOString(),
        data: {
          records: [
            { id: 'bad-hr', type: 'HEART_RATE', startDate: at, endDate: at, value: 'fast', unit: 'bpm' },
          ],
          sleep: [],
          workouts: [],
        },
      }),
    });
    const partialResult = (await partial.json()) as { rejections: { reason: string }[] };
    expect(partialResult.rejections.length).toBeGreaterThan(0);
    const steps = summary.data!.data[0].steps!;
    expect(steps).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Ada Lovelace' }).click();
    await page.getByRole('heading', { name: 'Ada Lovelace', level: 1 }).waitFor();
    await page.getByLabel('Day (UTC)').fill(DAY);
    await page
      .getByTestId('day-steps')
      .filter({ hasText: steps.toLocaleString('en') })
      .waitFor();
    await page.getByTestId('steps-chart').locator('canvas').waitFor();
    await page.getByTestId('heart-chart').locator('canvas').waitFor();
    await page.getByTestId('hypnogram').locator('canvas').waitFor();
    await expect(page.getByTestId('hypnogram').textContent()).resolves.toMatch(/Deep \d+ min/);
    await checkPage('user');

    // The same page: workouts with their statistics and route, connections, data sources, sync sessions and batches.
    const workouts = page.getByTestId('workouts');
    await workouts.locator('tbody tr').first().waitFor();
    await workouts
      .getByRole('button', { name: /^Details of the workout/ })
      .first()
      .click();
    await page.getByTestId('workout-statistics').getByRole('cell', { name: 'distance' }).waitFor();
    const route = page.getByTestId('route');
    await route.waitFor();
    expect(
      ((await route.locator('polyline').getAttribute('points')) ?? '').split(' ').length,
    ).toBeGreaterThan(10);
    await page.getByTestId('connections').getByRole('cell', { name: 'apple' }).first().waitFor();
    await page.getByTestId('data-sources').locator('tbody tr').first().waitFor();
    await page.getByTestId('sync-sessions').locator('tbody tr').first().waitFor();
    const batches = page.getByTestId('sync-batches');
    // The quarantined batches stand out, with their reason; the rejected item shows why it was rejected.
    const undecodable = batches.locator('tr.flagged', { hasText: 'quarantined: undecodable_body' });
    await undecodable.getByRole('button', { name: /^Rejections/ }).click();
    await page.getByTestId('rejections').getByText('Quarantined: undecodable_body').waitFor();
    const rejectedRow = batches.locator('tr.flagged', { hasText: 'quarantined: nothing_usable' });
    await rejectedRow.getByRole('button', { name: /^Rejections/ }).click();
    await page
      .getByTestId('rejections')
      .getByRole('cell', { name: partialResult.rejections[0].reason })
      .waitFor();
    await checkPage('user-sync');

    // Webhooks: register the receiver, send a test, see the delivery.
    await page.getByRole('link', { name: 'Webhooks' }).click();
    await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
    await page.getByLabel('URL').fill(receiver.url);
    await page.getByRole('button', { name: 'Register endpoint' }).click();
    await notice()
      .filter({ hasText: `Registered ${receiver.url}` })
      .waitFor();
    await page.getByTestId('secret').waitFor();
    await page.getByRole('button', { name: `Send test to ${receiver.url}` }).click();
    await notice().filter({ hasText: 'Sent a test event' }).waitFor();
    await eventually(() => receiver.ofType('webhook.test')[0], 'the test delivery');
    await eventually(async () => {
      await page.getByRole('button', { name: 'Refresh deliveries' }).click();
      return (
        (await page.getByTestId('deliveries').getByRole('cell', { name: 'succeeded' }).count()) > 0 ||
        undefined
      );
    }, 'the delivery to show as succeeded');
    await checkPage('webhooks');

    // Imports: upload an export with a progress bar, then watch the import finish.
    const zip = await writeExportZip(path.join(work, 'export.zip'));
    await page.getByRole('link', { name: 'Imports' }).click();
    await page.getByRole('heading', { name: 'Imports', level: 1 }).waitFor();
    await page.getByLabel('Find user').fill('Ada');
    await page.getByLabel('User', { exact: true }).locator('option', { hasText: 'Ada Lovelace' }).waitFor({
      state: 'attached',
    });
    await page.getByLabel('Export file (.zip or .xml)').setInputFiles(zip);
    await page.getByRole('button', { name: 'Upload and import' }).click();
    await notice().filter({ hasText: 'Import completed' }).waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('upload-percent').textContent()).resolves.toBe('100%');
    await page.getByRole('cell', { name: 'completed' }).first().waitFor();
    await checkPage('imports');

    // Organization: invite a member.
    await page.getByRole('link', { name: 'Organization' }).click();
    await page.getByRole('heading', { name: 'Organization', level: 1 }).waitFor();
    await page.getByRole('cell', { name: operator.email }).waitFor();
    await page.getByLabel('Email').fill('new-member@example.com');
    await page.getByLabel('Role').selectOption('developer');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await notice().filter({ hasText: 'Invited new-member@example.com' }).waitFor();
    await page
      .getByTestId('invitations')
      .getByRole('cell', { name: 'new-member@example.com', exact: true })
      .waitFor();
    await checkPage('organization');

    // Audit log: what was just done, filtered by action.
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    await page.getByTestId('audit-events').waitFor();
    await page.getByLabel('Action').fill('application.deleted');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await eventually(async () => {
      const actions = await page
        .getByTestId('audit-events')
        .locator('tbody tr td:nth-child(2)')
        .allTextContents();
      return actions.length > 0 && actions.every((action) => action === 'application.deleted')
        ? actions
        : undefined;
    }, 'only application.deleted events');
    await checkPage('audit');

    // An expired access cookie: the portal rotates the session once and carries on, still signed in.
    await page.context().clearCookies({ name: '__Host-wb_access' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.goto(`${origin}/portal/applications`);
    await page.getByRole('row', { name: /Portal app/ }).waitFor();
    const names = (await page.context().cookies()).map((cookie) => cookie.name);
    expect(names).toEqual(
      expect.arrayContaining(['__Host-wb_access', '__Host-wb_refresh', '__Host-wb_csrf']),
    );

    // The keyboard alone: the first Tab reaches the skip link, Enter moves focus to the page's content.
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement.textContent')).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('main');

    // 360 px wide: nothing scrolls sideways but the tables inside their own frames.
    await page.setViewportSize({ width: 360, height: 800 });
    for (const to of [
      '/applications',
      '/users',
      `/users/${userId}`,
      '/webhooks',
      '/imports',
      '/organization',
    ]) {
      await page.goto(`${origin}/portal${to}`);
      await page.locator('main h1').waitFor();
      const width = await page.evaluate('document.documentElement.scrollWidth');
      expect({ to, width }).toEqual({ to, width: 360 });
    }
    await page.goto(`${origin}/portal/users/${userId}`);
    await page.getByRole('heading', { name: 'Ada Lovelace', level: 1 }).waitFor();
    await page.getByLabel('Day (UTC)').fill(DAY);
    await page.getByTestId('hypnogram').locator('canvas').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'user-360px.png'), fullPage: true });

    // The secrets the portal showed never reached the server's log.
    const log = t.logs.join('');
    for (const secret of secrets) expect(log).not.toContain(secret);
  }, 180_000);
});
