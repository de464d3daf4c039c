import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/app-config.js';
import { buildDataSourceOptions } from '../../src/database/data-source-options.js';
import { isTransientDatabaseError } from '../../src/database/transient-errors.js';
import { startTestApp, TestApp } from '../setup/test-app.js';
import { seedTenant, seedUser } from '../factories.js';
import {
  adminClient,
  databaseNameOf,
  setAllowConnections,
  startTerminatingProxy,
  terminateApiBackends,
  within,
} from './db-fault-helpers.js';

const REPRODUCTION = fileURLToPath(new URL('../fixtures/db-faults/late-listener-repro.mjs', import.meta.url));

function throughProxy(url: string, port: number): string {
  const proxied = new URL(url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(port);
  return proxied.toString();
}

describe('A termination in the same read as the hand-over (issue 18)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('ends a process that uses plain TypeORM: its error listener comes one promise turn late', async () => {
    const proxy = await startTerminatingProxy(new URL(t.config.database.url!), 1);
    try {
      const run = promisify(execFile)(
        process.execPath,
        [REPRODUCTION, throughProxy(t.config.database.url!, proxy.port)],
        {
          cwd: process.cwd(),
          timeout: 20_000,
        },
      );
      const failure = (await run.then(
        () => null,
        (error: unknown) => error,
      )) as { code?: number; stderr?: string } | null;
      expect(failure).not.toBeNull();
      expect(failure!.code).not.toBe(0);
      expect(failure!.stderr).toMatch(
        /Unhandled 'error' event|terminating connection due to administrator command/,
      );
      expect(proxy.terminated).toBeGreaterThan(0);
    } finally {
      await proxy.close();
    }
  });

  it('is survived by our data source: the queries fail as transient, the listener saw each termination', async () => {
    const proxy = await startTerminatingProxy(new URL(t.config.database.url!), 1);
    const seen: Error[] = [];
    const dataSource = new DataSource(
      buildDataSourceOptions(
        throughProxy(t.config.database.url!, proxy.port),
        loadConfig({ DB_POOL_MAX: '4' }),
        {
          onClientError: (error) => seen.push(error),
          requestTimeouts: true,
        },
      ),
    );
    try {
      await dataSource.initialize();
      const outcomes = await Promise.allSettled(
        [1, 2, 3, 4].map(() => dataSource.query('SELECT pg_sleep(0.05)')),
      );
      const failures = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(proxy.terminated).toBeGreaterThan(0);
      expect(failures.length).toBeGreaterThan(0);
      for (const failure of failures) expect(isTransientDatabaseError(failure.reason)).toBe(true);
      expect(seen.some((error) => /terminating connection/.test(error.message))).toBe(true);
    } finally {
      await dataSource.destroy().catch(() => undefined);
      await proxy.close();
    }
  });
});

function syncBody(tag: string, count = 20) {
  const base = Date.parse('2026-03-01T00:00:00Z');
  const records = Array.from({ length: count }, (_, i) => {
    const at = new Date(base + i * 60_000).toISOString();
    return {
      id: `${tag}-${i}`,
      type: 'HKQuantityTypeIdentifierHeartRate',
      startDate: at,
      endDate: at,
      source: { appId: 'com.apple.health', name: 'Watch', deviceModel: 'Watch6,18', deviceType: 'watch' },
      value: 60 + i,
      unit: 'bpm',
    };
  });
  return JSON.stringify({
    provider: 'apple',
    sdkVersion: '0.13.0',
    syncTimestamp: '2026-03-01T12:00:00Z',
    data: { records, sleep: [], workouts: [] },
  });
}

interface Answer {
  status: number;
  retryAfter: string | null;
  body: Record<string, unknown>;
}

async function call(url: string, init: RequestInit): Promise<Answer> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text);
  } catch {
    body = { text };
  }
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
}

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

function expectOkOrRetryLater(answers: Answer[], ok: number[]) {
  for (const answer of answers) {
    if (answer.status === 503) expect(answer.retryAfter).toMatch(/^\d+$/);
    else expect({ status: answer.status, body: answer.body }).toMatchObject({ status: expect.toBeOneOf(ok) });
  }
}

expect.extend({
  toBeOneOf(received: unknown, expected: unknown[]) {
    const pass = expected.includes(received);
    return { pass, message: () => `expected ${String(received)} to be one of ${expected.join(', ')}` };
  },
});
declare module 'expect' {
  interface AsymmetricMatchers {
    toBeOneOf(expected: unknown[]): void;
  }
}

describe('Backends terminated during refresh storms and sync streams', () => {
  let t: TestApp;
  let admin: pg.Client;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_ENABLED: 'false', INGEST_USER_MAX_CONCURRENT: '0' });
    admin = await adminClient();
  });
  afterAll(async () => {
    await admin.end();
    await t.close();
  });

  it('keeps the process alive, answers 200/202 or 503 + Retry-After, and loses nothing acknowledged', async () => {
    const tenant = await seedTenant(t);
    const users = [tenant.userId, ...(await Promise.all([1, 2, 3].map(() => seedUser(t, tenant.app))))];
    const sessions = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const userId = users[i % users.length];
        const pair = await t.http.post(`/api/v1/users/${userId}/token`).set(tenant.app.auth).expect(200);
        return {
          userId,
          refresh: pair.body.refresh_token as string,
          access: pair.body.access_token as string,
        };
      }),
    );
    const database = databaseNameOf(t);
    let terminations = 0;
    let stop = false;
    const reaper = (async () => {
      while (!stop) {
        terminations += await terminateApiBackends(admin, database);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();

    const answers: Answer[] = [];
    const acknowledged = new Map<string, string>();
    const deadline = Date.now() + 3000;
    let round = 0;
    try {
      while (Date.now() < deadline) {
        round++;
        const refreshes = sessions.map(async (session) => {
          const answer = await call(
            `${t.baseUrl}/api/v1/token/refresh`,
            json({ refresh_token: session.refresh }),
          );
          if (answer.status === 200) {
            session.refresh = answer.body.refresh_token as string;
            session.access = answer.body.access_token as string;
          }
          return answer;
        });
        const syncs = sessions.slice(0, 8).map(async (session, i) => {
          const body = syncBody(`r${round}-s${i}`);
          const answer = await call(
            `${t.baseUrl}/api/v1/sdk/users/${session.userId}/sync`,
            json(body, { Authorization: `Bearer ${session.access}` }),
          );
          if (answer.status === 202) acknowledged.set(answer.body.batch_id as string, session.userId);
          return answer;
        });
        answers.push(...(await Promise.all([...refreshes, ...syncs])));
      }
    } finally {
      stop = true;
      await reaper;
    }

    expect(terminations).toBeGreaterThan(0);
    const errors = t.logs.filter((line) => line.includes('unhandled error'));
    expect(errors).toEqual([]);
    expectOkOrRetryLater(answers, [200, 202]);
    expect(answers.filter((a) => a.status === 200 || a.status === 202).length).toBeGreaterThan(0);
    // Every acknowledged batch is stored whole: its journal row is complete and its samples are there.
    const { rows } = await t.db.query(
      `SELECT b.id, b.status, (SELECT count(*)::int FROM samples s WHERE s.user_id = b.user_id) AS samples
         FROM sync_batches b WHERE b.id = ANY($1::uuid[])`,
      [[...acknowledged.keys()]],
    );
    expect(rows).toHaveLength(acknowledged.size);
    for (const row of rows) expect(row.samples).toBeGreaterThan(0);
    // The service is whole afterwards.
    await within(
      2000,
      async () => (await call(`${t.baseUrl}/health/ready`, { method: 'GET' })).status === 200,
    );
    await t.http.get('/api/v1/users').set(tenant.app.auth).expect(200);
  });
});

describe('A database that refuses connections (ALLOW_CONNECTIONS false)', () => {
  let t: TestApp;
  let admin: pg.Client;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_ENABLED: 'false' });
    admin = await adminClient();
  });
  afterAll(async () => {
    await setAllowConnections(admin, databaseNameOf(t), true);
    await admin.end();
    await t.close();
  });

  it('answers 503 + Retry-After on every database route, reports not ready, and recovers within a second', async () => {
    const tenant = await seedTenant(t);
    const pair = (await t.http.post(`/api/v1/users/${tenant.userId}/token`).set(tenant.app.auth).expect(200))
      .body;
    const database = databaseNameOf(t);

    await setAllowConnections(admin, database, false);
    await terminateApiBackends(admin, database);
    const attempts = {
      refresh: () => call(`${t.baseUrl}/api/v1/token/refresh`, json({ refresh_token: pair.refresh_token })),
      sync: () =>
        call(
          `${t.baseUrl}/api/v1/sdk/users/${tenant.userId}/sync`,
          json(syncBody('refused'), { Authorization: `Bearer ${pair.access_token}` }),
        ),
      users: () =>
        call(`${t.baseUrl}/api/v1/users`, { headers: { Authorization: tenant.app.auth.Authorization } }),
      oauthRefresh: () =>
        call(`${t.baseUrl}/api/v1/oauth/token`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            Authorization: tenant.app.auth.Authorization,
          },
          body: `grant_type=refresh_token&refresh_token=${encodeURIComponent(pair.refresh_token)}`,
        }),
      login: () =>
        call(
          `${t.baseUrl}/api/v1/auth/login`,
          json({ email: tenant.operator.email, password: 'x'.repeat(12) }),
        ),
      ready: () => call(`${t.baseUrl}/health/ready`, { method: 'GET' }),
    };
    const seen: Record<string, { status: number; retryAfter: string | null }> = {};
    const expected: typeof seen = {};
    for (const [name, attempt] of Object.entries(attempts)) {
      const { status, retryAfter } = await attempt();
      seen[name] = { status, retryAfter };
      expected[name] = { status: 503, retryAfter: '5' };
    }
    expect(seen).toEqual(expected);
    expect((await call(`${t.baseUrl}/health`, { method: 'GET' })).status).toBe(200);

    await setAllowConnections(admin, database, true);
    const recovery = await within(1000, async () => (await attempts.users()).status === 200);
    expect(recovery).toBeLessThanOrEqual(1000);
    expect(await t.db.query('SELECT count(*)::int AS n FROM sync_batches')).toMatchObject({
      rows: [{ n: 0 }],
    });
    expect((await attempts.refresh()).status).toBe(200);
    expect((await attempts.sync()).status).toBe(202);
    expect((await attempts.ready()).status).toBe(200);
  });
});

describe('Locks and slow statements elsewhere', () => {
  it('turns a lock held by another session into a quick 503 (lock_timeout), storing nothing', async () => {
    const t = await startTestApp({ DB_LOCK_TIMEOUT_MS: '200' });
    const holder = new pg.Client({ connectionString: t.config.database.url });
    await holder.connect();
    try {
      const tenant = await seedTenant(t);
      const pair = (
        await t.http.post(`/api/v1/users/${tenant.userId}/token`).set(tenant.app.auth).expect(200)
      ).body;
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE samples IN ACCESS EXCLUSIVE MODE');
      const started = Date.now();
      const answer = await call(
        `${t.baseUrl}/api/v1/sdk/users/${tenant.userId}/sync`,
        json(syncBody('locked'), { Authorization: `Bearer ${pair.access_token}` }),
      );
      expect(answer.status).toBe(503);
      expect(answer.retryAfter).toBe('5');
      expect(Date.now() - started).toBeLessThan(5000);
      await holder.query('ROLLBACK');
      expect(await t.db.query('SELECT count(*)::int AS n FROM sync_batches')).toMatchObject({
        rows: [{ n: 0 }],
      });
      const retried = await call(
        `${t.baseUrl}/api/v1/sdk/users/${tenant.userId}/sync`,
        json(syncBody('locked'), { Authorization: `Bearer ${pair.access_token}` }),
      );
      expect(retried.status).toBe(202);
    } finally {
      await holder.end();
      await t.close();
    }
  });

  it('answers a statement cancelled by statement_timeout with 503, storing nothing', async () => {
    const t = await startTestApp({ DB_LOCK_TIMEOUT_MS: '0', DB_STATEMENT_TIMEOUT_MS: '300' });
    const holder = new pg.Client({ connectionString: t.config.database.url });
    await holder.connect();
    try {
      const tenant = await seedTenant(t);
      const pair = (
        await t.http.post(`/api/v1/users/${tenant.userId}/token`).set(tenant.app.auth).expect(200)
      ).body;
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE samples IN ACCESS EXCLUSIVE MODE');
      const answer = await call(
        `${t.baseUrl}/api/v1/sdk/users/${tenant.userId}/sync`,
        json(syncBody('slow'), { Authorization: `Bearer ${pair.access_token}` }),
      );
      expect(answer.status).toBe(503);
      expect(answer.retryAfter).toBe('5');
      await holder.query('ROLLBACK');
      expect(await t.db.query('SELECT count(*)::int AS n FROM sync_batches')).toMatchObject({
        rows: [{ n: 0 }],
      });
      expect(t.logs.join('')).toMatch(/"sqlstate":"57014"/);
    } finally {
      await holder.end();
      await t.close();
    }
  });
});
