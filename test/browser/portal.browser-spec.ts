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

    // API keys: create one and read it once, use it, rotate it (the old value stops working), revoke another.
    await page.getByRole('link', { name: 'API keys' }).click();
    await page.getByRole('heading', { name: 'API keys', level: 1 }).waitFor();
    await page.getByLabel('Application of the key').selectOption({ label: 'Portal app' });
    await page.getByLabel('Key name').fill('CI key');
    await page.getByRole('button', { name: 'Create API key' }).click();
    await notice().filter({ hasText: 'Created the API key CI key.' }).waitFor();
    const apiKey = (await page.getByTestId('secret').textContent())!;
    const keyRow = page.getByTestId('api-keys').getByRole('row', { name: /CI key/ });
    const prefix = (await keyRow.locator('code').textContent())!.replace('…', '');
    expect(apiKey.startsWith(prefix)).toBe(true);
    const withKey = (key: string) =>
      fetch(`${t.baseUrl}/api/v1/users`, { headers: { 'X-API-Key': key } }).then((answer) => answer.status);
    await expect(withKey(apiKey)).resolves.toBe(200);
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    // Shown once: after a reload the list has the key's prefix and nothing more.
    await page.reload();
    await keyRow.waitFor();
    expect(await page.getByTestId('secret').count()).toBe(0);
    expect(await page.getByTestId('api-keys').textContent()).not.toContain(apiKey);
    await page.getByRole('button', { name: 'Rotate the API key CI key' }).click();
    await notice().filter({ hasText: 'Rotated the API key CI key' }).waitFor();
    const rotatedKey = (await page.getByTestId('secret').textContent())!;
    expect(rotatedKey).not.toBe(apiKey);
    await expect(withKey(rotatedKey)).resolves.toBe(200);
    await expect(withKey(apiKey)).resolves.toBe(401);
    secrets.push(apiKey, rotatedKey);
    await page.getByLabel('Key name').fill('Doomed key');
    await page.getByRole('button', { name: 'Create API key' }).click();
    await notice().filter({ hasText: 'Created the API key Doomed key.' }).waitFor();
    secrets.push((await page.getByTestId('secret').textContent())!);
    await page.getByRole('button', { name: 'Revoke the API key Doomed key' }).click();
    // The question keeps focus on Cancel, the safe answer; Revoke needs its own press.
    await expect(page.evaluate('document.activeElement.textContent')).resolves.toBe('Cancel');
    await checkPage('api-keys');
    await page.getByRole('button', { name: 'Revoke API key' }).click();
    await notice().filter({ hasText: 'Revoked the API key Doomed key.' }).waitFor();
    await page
      .getByTestId('api-keys')
      .getByRole('row', { name: /Doomed key/ })
      .waitFor({ state: 'detached' });
    await keyRow.waitFor();

    // Source priority: build an order with the buttons (one of them pressed from the keyboard), save, reload.
    await page.getByRole('link', { name: 'Source priority' }).click();
    await page.getByRole('heading', { name: 'Source priority', level: 1 }).waitFor();
    await page.getByText('No override: the default order applies.').first().waitFor();
    for (const device of ['ring', 'phone', 'watch']) {
      await page.getByLabel('Add to the device types').selectOption(device);
      await page.getByRole('button', { name: `Add ${device}`, exact: true }).click();
    }
    const deviceOrder = page.getByTestId('device-order').locator('.order-name');
    await expect(deviceOrder.allTextContents()).resolves.toEqual(['1. ring', '2. phone', '3. watch']);
    await page.getByRole('button', { name: 'Move watch up' }).focus();
    await page.keyboard.press('Enter');
    await expect(deviceOrder.allTextContents()).resolves.toEqual(['1. ring', '2. watch', '3. phone']);
    // Focus stays on the button that moved the entry, so Enter again moves it again.
    await expect(page.evaluate('document.activeElement.textContent')).resolves.toBe('Move watch Up');
    await page.keyboard.press('Enter');
    await expect(deviceOrder.allTextContents()).resolves.toEqual(['1. watch', '2. ring', '3. phone']);
    await page.getByRole('button', { name: 'Remove phone' }).click();
    await page.getByLabel('Add to the providers').selectOption('samsung');
    await page.getByRole('button', { name: 'Add samsung', exact: true }).click();
    await page.getByRole('button', { name: 'Save source priority' }).click();
    await notice().filter({ hasText: 'Saved the source priority' }).waitFor();
    await checkPage('source-priority');
    await page.reload();
    await page.getByTestId('device-order').waitFor();
    await expect(deviceOrder.allTextContents()).resolves.toEqual(['1. watch', '2. ring']);
    await expect(
      page.getByTestId('provider-order').locator('.order-name').allTextContents(),
    ).resolves.toEqual(['1. samsung']);
    const priority = await backend.GET('/api/v1/applications/{app_id}/source-priority', {
      params: { path: { app_id: appId } },
    });
    expect(priority.data).toMatchObject({ device_types: ['watch', 'ring'], providers: ['samsung'] });

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
    const deliveries = page.getByTestId('deliveries');
    await deliveries
      .getByRole('button', { name: /^Show attempts/ })
      .first()
      .click();
    await page.getByTestId('attempts').getByRole('cell', { name: '200', exact: true }).waitFor();
    await checkPage('webhooks');

    // A receiver that answers 500 until the retries run out: the delivery fails, its attempts say why (the status and
    // the start of the receiver's body), Retry succeeds.
    const attemptsPerDelivery = 1 + FAST_WEBHOOKS.WEBHOOKS_RETRY_SCHEDULE_SECONDS.split(',').length;
    const failureBody = JSON.stringify({
      error: 'receiver down',
      detail: 'the queue is full; '.repeat(20).trim(),
    });
    receiver.answers = Array.from({ length: attemptsPerDelivery }, () => ({
      status: 500,
      body: failureBody,
      contentType: 'application/json',
    }));
    await page.getByRole('button', { name: `Send test to ${receiver.url}` }).click();
    await notice().filter({ hasText: 'Sent a test event' }).waitFor();
    await eventually(async () => {
      await page.getByRole('button', { name: 'Refresh deliveries' }).click();
      return (await deliveries.getByRole('cell', { name: 'failed', exact: true }).count()) > 0 || undefined;
    }, 'the failing delivery to show as failed');
    expect(receiver.answers).toEqual([]);
    const failedRow = deliveries.locator('tr.flagged');
    await failedRow.getByRole('button', { name: /^Show attempts/ }).click();
    const failedAttempts = page.getByTestId('attempts').filter({ hasText: '500' });
    await expect(failedAttempts.getByRole('cell', { name: '500', exact: true }).count()).resolves.toBe(
      attemptsPerDelivery,
    );
    // The excerpt is folded; the keyboard opens it, and its one long line wraps inside a 360 px cell.
    const excerpt = failedAttempts.locator('pre').first();
    await expect(excerpt.isVisible()).resolves.toBe(false);
    await failedAttempts.getByText('Body (application/json) of attempt 1').focus();
    await page.keyboard.press('Enter');
    await excerpt.waitFor();
    await expect(excerpt.textContent()).resolves.toBe(failureBody);
    const box = await excerpt.evaluate((pre) => ({
      width: pre.getBoundingClientRect().width,
      overflows: pre.scrollWidth > pre.clientWidth,
    }));
    expect(box.width).toBeLessThanOrEqual(360);
    expect(box.overflows).toBe(false);
    await checkPage('webhook-attempts');
    const tests = receiver.ofType('webhook.test').length;
    await failedRow.getByRole('button', { name: /^Retry/ }).click();
    await notice()
      .filter({ hasText: `Queued attempt ${attemptsPerDelivery + 1} of the webhook.test delivery.` })
      .waitFor();
    await eventually(() => receiver.ofType('webhook.test').length > tests, 'the retried delivery');
    await eventually(async () => {
      await page.getByRole('button', { name: 'Refresh deliveries' }).click();
      return (await deliveries.getByRole('cell', { name: 'failed', exact: true }).count()) === 0 || undefined;
    }, 'the retried delivery to succeed');
    await expect(deliveries.getByRole('button', { name: /^Retry/ }).count()).resolves.toBe(0);

    // Replay the endpoint's events since a time: the API accepts it and says how many it queued.
    await page.getByLabel('Replay events since (UTC)').fill(NOW.toISOString().slice(0, 16));
    await page.getByRole('button', { name: 'Replay events' }).click();
    await notice()
      .filter({ hasText: /^Replay accepted: \d+ deliver/ })
      .waitFor();
    // A time in the future is refused with the API's own detail.
    await page.getByLabel('Replay events since (UTC)').fill('2999-01-01T00:00');
    await page.getByRole('button', { name: 'Replay events' }).click();
    await page.getByRole('alert').filter({ hasText: 'since must not be in the future' }).waitFor();

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
    await page.getByRole('cell', { name: operator.email, exact: true }).waitFor();
    await page.getByLabel('Email').fill('new-member@example.com');
    await page.getByLabel('Role', { exact: true }).selectOption('developer');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await notice().filter({ hasText: 'Invited new-member@example.com' }).waitFor();
    await page
      .getByTestId('invitations')
      .getByRole('cell', { name: 'new-member@example.com', exact: true })
      .waitFor();
    await checkPage('organization');

    // Both invited people join; one becomes an admin, the other is removed after a confirmation.
    const join = async (email: string) => {
      const token = (await page.getByTestId('secret').textContent())!;
      const joined = await fetch(`${t.baseUrl}/api/v1/invitations/register`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token, password: TEST_PASSWORD }),
      });
      expect({ email, status: joined.status }).toEqual({ email, status: 200 });
    };
    await join('new-member@example.com');
    await page.getByLabel('Email').fill('leaving@example.com');
    await page.getByLabel('Role', { exact: true }).selectOption('viewer');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await notice().filter({ hasText: 'Invited leaving@example.com' }).waitFor();
    await join('leaving@example.com');
    await page.reload();
    const members = page.getByTestId('members');
    await members.getByRole('cell', { name: 'leaving@example.com', exact: true }).waitFor();
    await page.getByLabel('Role of new-member@example.com').selectOption('admin');
    await page.getByRole('button', { name: 'Save role of new-member@example.com' }).click();
    await notice().filter({ hasText: 'new-member@example.com is now admin.' }).waitFor();
    await page.getByRole('button', { name: 'Remove leaving@example.com' }).click();
    await checkPage('organization-members');
    await page.getByRole('button', { name: 'Remove member' }).click();
    await notice().filter({ hasText: 'Removed leaving@example.com from the organization.' }).waitFor();
    await members
      .getByRole('cell', { name: 'leaving@example.com', exact: true })
      .waitFor({ state: 'detached' });
    await page.reload();
    await members.getByRole('cell', { name: 'new-member@example.com', exact: true }).waitFor();
    await expect(page.getByLabel('Role of new-member@example.com').inputValue()).resolves.toBe('admin');
    expect(await members.getByRole('cell', { name: 'leaving@example.com', exact: true }).count()).toBe(0);

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
      '/api-keys',
      '/source-priority',
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
