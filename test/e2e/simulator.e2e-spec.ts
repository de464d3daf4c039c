import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import http from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { simulatePhone, SimulationError } from '../../src/simulator/sdk-client.js';
import { simulateCommand } from '../../src/simulator/simulate.command.js';
import { syntheticHealth, type SimulatedPlatform } from '../../src/simulator/synthetic-health.js';
import { seedTenant, seedUser } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';

const NOW = new Date('2026-11-20T09:00:00Z');

/** A proxy in front of the API that answers chosen statuses first, as a flaky network or an overloaded server would. */
async function flakyProxy(target: string, answers: { status: number; headers?: Record<string, string> }[]) {
  const seen: { method: string; url: string; requestId: string }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, requestId: String(req.headers['x-request-id']) });
      const canned = req.url!.endsWith('/sync') ? answers.shift() : undefined;
      if (canned) {
        res.writeHead(canned.status, { 'content-type': 'application/problem+json', ...canned.headers });
        res.end(JSON.stringify({ status: canned.status, detail: 'canned' }));
        return;
      }
      const forward = http.request(
        `${target}${req.url}`,
        { method: req.method, headers: req.headers },
        (upstream) => {
          res.writeHead(upstream.statusCode!, upstream.headers);
          upstream.pipe(res);
        },
      );
      forward.end(Buffer.concat(chunks));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('The phone simulator (npm run cli -- simulate)', () => {
  let t: TestApp;
  let tenant: Awaited<ReturnType<typeof seedTenant>>;

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await seedTenant(t);
  });
  afterAll(async () => {
    await t.close();
  });

  async function newPhone() {
    const userId = await seedUser(t, tenant.app);
    const pair = await t.http.post(`/api/v1/users/${userId}/token`).set(tenant.app.auth).expect(200);
    return {
      userId,
      credentials: {
        accessToken: pair.body.access_token as string,
        refreshToken: pair.body.refresh_token as string,
      },
    };
  }

  it.each<SimulatedPlatform>(['ios', 'android', 'samsung'])(
    'pushes three days from %s as the SDK does: everything stored, one finished session, re-run all duplicates',
    async (platform) => {
      const { userId, credentials } = await newPhone();
      const items = syntheticHealth({ platform, days: 3, now: NOW, seed: 7 });
      const progress: number[] = [];
      const summary = await simulatePhone({
        baseUrl: t.baseUrl,
        userId,
        platform,
        credentials,
        items,
        chunkSize: 500,
        onProgress: (p) => progress.push(p.itemsSent),
      });
      expect(summary).toMatchObject({
        items: items.length,
        rejected: 0,
        quarantined: 0,
        duplicate: 0,
        resends: 0,
      });
      expect(summary.inserted).toBe(items.length);
      const perType = new Map<string, number>();
      for (const item of items) perType.set(item.dataType, (perType.get(item.dataType) ?? 0) + 1);
      expect(summary.chunks).toBe([...perType.values()].reduce((sum, n) => sum + Math.ceil(n / 500), 0));
      expect(summary.perType).toEqual(Object.fromEntries(perType));
      expect(progress.at(-1)).toBe(items.length);

      const expectedSteps = items
        .filter((item) => item.dataType === 'steps')
        .reduce((sum, item) => sum + (item.body.value as number), 0);
      const steps = await t.db.query(
        `SELECT sum(value)::float AS total FROM samples WHERE user_id = $1 AND metric = 'steps'`,
        [userId],
      );
      expect(steps.rows[0].total).toBe(expectedSteps);
      const workouts = await t.db.query('SELECT route FROM workouts WHERE user_id = $1', [userId]);
      expect(workouts.rows.length).toBe(items.filter((item) => item.collection === 'workouts').length);
      // iOS ≥ 0.15 sends GPS routes (a point every 5 s); the Android SDKs send none.
      expect(workouts.rows.map((w) => ((w.route as unknown[] | null)?.length ?? 0) > 300)).toEqual(
        workouts.rows.map(() => platform === 'ios'),
      );

      const sessions = await t.http
        .get(`/api/v1/users/${userId}/sync/sessions`)
        .set(tenant.app.auth)
        .expect(200);
      expect(sessions.body.items).toEqual([
        expect.objectContaining({
          sync_session_id: summary.syncSessionId,
          sync_type: 'historical',
          batches: summary.chunks,
          items: items.length,
          errors: 0,
          finished: true,
        }),
      ]);
      const connections = await t.http
        .get(`/api/v1/users/${userId}/connections`)
        .set(tenant.app.auth)
        .expect(200);
      expect(connections.body.items[0]).toMatchObject({
        status: 'active',
        sdk_platform: platform === 'ios' ? 'ios' : 'android',
        sdk_version: platform === 'ios' ? '0.15.0' : '0.12.0',
      });

      const again = await simulatePhone({
        baseUrl: t.baseUrl,
        userId,
        platform,
        credentials,
        items,
        chunkSize: 500,
      });
      expect(again).toMatchObject({ inserted: 0, updated: 0, duplicate: items.length, rejected: 0 });
    },
  );

  it('refreshes once on 401 and retries with the same X-Request-Id; the rotated token is handed back', async () => {
    const { userId, credentials } = await newPhone();
    const proxy = await flakyProxy(t.baseUrl, [{ status: 401 }]);
    try {
      const items = syntheticHealth({ platform: 'ios', days: 1, now: NOW }).slice(0, 40);
      const summary = await simulatePhone({
        baseUrl: proxy.url,
        userId,
        platform: 'ios',
        credentials,
        items,
      });
      expect(summary).toMatchObject({ refreshes: 1, inserted: 40, resends: 0 });
      expect(summary.credentials.refreshToken).not.toBe(credentials.refreshToken);
      const syncs = proxy.seen.filter((request) => request.url.endsWith('/sync'));
      expect(syncs[0]!.requestId).toBe(syncs[1]!.requestId);
      expect(proxy.seen.some((request) => request.url === '/api/v1/token/refresh')).toBe(true);
    } finally {
      await proxy.close();
    }
  });

  it('re-sends the same chunk on 503 after Retry-After and on a 400, and advances only on 2xx', async () => {
    const { userId, credentials } = await newPhone();
    const proxy = await flakyProxy(t.baseUrl, [
      { status: 503, headers: { 'retry-after': '7' } },
      { status: 400 },
    ]);
    const waits: number[] = [];
    try {
      const items = syntheticHealth({ platform: 'android', days: 1, now: NOW }).slice(0, 10);
      const summary = await simulatePhone({
        baseUrl: proxy.url,
        userId,
        platform: 'android',
        credentials,
        items,
        wait: async (ms) => {
          waits.push(ms);
        },
      });
      expect(summary).toMatchObject({ resends: 2, inserted: 10, duplicate: 0, chunks: 1 });
      expect(waits[0]).toBe(7000);
      expect(waits).toHaveLength(2);
    } finally {
      await proxy.close();
    }
  });

  it('stops with one clear sentence when the token is refused and cannot be refreshed', async () => {
    const { userId } = await newPhone();
    const run = simulatePhone({
      baseUrl: t.baseUrl,
      userId,
      platform: 'samsung',
      credentials: { accessToken: 'not-a-token' },
      items: syntheticHealth({ platform: 'samsung', days: 1, now: NOW }).slice(0, 5),
    });
    await expect(run).rejects.toThrow(SimulationError);
    await expect(run).rejects.toThrow(/refused the token \(401\).*mint a new token/);
  });

  it('runs as a CLI command: a closing summary, and clear errors for bad options or an unreachable API', async () => {
    const { userId, credentials } = await newPhone();
    const printed: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((line: unknown) => printed.push(String(line)));
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await simulateCommand([
        '--base',
        t.baseUrl,
        '--user',
        userId,
        '--token',
        credentials.accessToken,
        '--platform',
        'android',
        '--days',
        '1',
      ]);
      expect(printed.join('\n')).toMatch(
        /^Pushed \d+ items in \d+ chunks .* session [0-9a-f-]{36}\.\n {2}stored: \d+ new, 0 updated, 0 duplicate, 0 rejected/,
      );
      await expect(
        simulateCommand(['--user', userId, '--token', 'x', '--platform', 'windows']),
      ).rejects.toThrow(/^usage: npm run cli -- simulate/);
      await expect(simulateCommand(['--user', userId, '--token', 'x', '--days', '0'])).rejects.toThrow(
        '--days must be a whole number from 1 to 3650.',
      );
      await expect(
        simulateCommand(['--base', 'http://127.0.0.1:9', '--user', userId, '--token', 'x', '--days', '1']),
      ).rejects.toThrow(/^Could not reach http:\/\/127\.0\.0\.1:9 .*is the API running \(npm start\)\?$/);
    } finally {
      log.mockRestore();
      stderr.mockRestore();
    }
  });
});
