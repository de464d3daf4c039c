import { BudgetHold } from '../../src/common/http/request-body.js';
import { IngestionLimits } from '../../src/modules/ingestion/ingestion-limits.js';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Response } from 'supertest';
import { seedTenant, seedUser } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';

/**
 * docs/sdk-compatibility.md is the contract: every row names a condition and our status. This spec provokes each
 * condition and checks the status (and, where the row names one, the batch status or quarantine reason), and fails when
 * a row has no test or a test no row. Rows whose condition needs a fault injected live in the spec named below.
 */
const HERE = path.dirname(fileURLToPath(import.meta.url));
const DOC = readFileSync(path.join(HERE, '../../docs/sdk-compatibility.md'), 'utf8');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies of many shapes
type Body = Record<string, any>;

interface Row {
  id: string;
  status: number;
  /** The first `word` of the status cell: a batch status or a quarantine reason. */
  word: string | null;
  quarantined: boolean;
}

function documentedRows(): Row[] {
  const rows: Row[] = [];
  for (const line of DOC.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const id = /^`([a-z0-9-]+)`$/.exec(cells[1] ?? '')?.[1];
    const status = /^(\d{3})\b/.exec(cells[3] ?? '')?.[1];
    if (!id || !status) continue;
    rows.push({
      id,
      status: Number(status),
      word: /`([a-z_]+)`/.exec(cells[3]!)?.[1] ?? null,
      quarantined: /quarantined/.test(cells[3]!),
    });
  }
  return rows;
}

/** Conditions that need a fault injected: tested where that fault is, named by file and test title. */
const ELSEWHERE: Record<string, [file: string, title: string]> = {
  'sync-database-down': [
    'database-faults.e2e-spec.ts',
    'answers 503 + Retry-After on every database route, reports not ready, and recovers within a second',
  ],
  'sync-stalled-body': [
    'ingestion-stalled-bodies.e2e-spec.ts',
    'cuts a stalled sync upload with 408 within the idle timeout and frees the user’s sync slot',
  ],
  'refresh-reuse': [
    'token-lifecycle.e2e-spec.ts',
    'revokes the whole family when a rotated token comes back after the grace window',
  ],
};

const LIMIT_BYTES = 64 * 1024;
const ITEMS_PER_MINUTE = 50;

const heartRate = (i: number) => ({
  id: `HR-COMPAT-${i}`,
  type: 'HKQuantityTypeIdentifierHeartRate',
  startDate: new Date(Date.UTC(2026, 9, 1, 8, i)).toISOString(),
  endDate: new Date(Date.UTC(2026, 9, 1, 8, i)).toISOString(),
  value: 60 + (i % 20),
  unit: 'bpm',
  source: { name: 'Watch', deviceType: 'watch' },
});
const batch = (count = 3, extra: Record<string, unknown> = {}) => ({
  provider: 'apple',
  sdkVersion: '0.15.0',
  data: { records: Array.from({ length: count }, (_, i) => heartRate(i)), sleep: [], workouts: [] },
  ...extra,
});

describe('docs/sdk-compatibility.md, condition by condition', () => {
  let t: TestApp;
  let limited: TestApp;
  let tenant: Awaited<ReturnType<typeof seedTenant>>;

  beforeAll(async () => {
    t = await startTestApp({
      SYNC_BODY_LIMIT_BYTES: String(LIMIT_BYTES),
      INGEST_MAX_INFLIGHT_BYTES: String(LIMIT_BYTES * 4),
      INGEST_USER_ITEMS_PER_MINUTE: String(ITEMS_PER_MINUTE),
    });
    limited = await startTestApp({ RATE_LIMIT_TOKEN_PER_MINUTE: '2' });
    tenant = await seedTenant(t);
  });
  afterAll(async () => {
    await t.close();
    await limited.close();
  });

  /** A fresh user with a fresh SDK session: conditions never share state. */
  async function phone() {
    const userId = await seedUser(t, tenant.app);
    const pair = await t.http.post(`/api/v1/users/${userId}/token`).set(tenant.app.auth).expect(200);
    return {
      userId,
      auth: { Authorization: `Bearer ${pair.body.access_token as string}` },
      refreshToken: pair.body.refresh_token as string,
      sync: `/api/v1/sdk/users/${userId}/sync`,
      logs: `/api/v1/sdk/users/${userId}/logs`,
      connection: (provider: string) => `/api/v1/users/${userId}/connections/${provider}`,
    };
  }

  const json = (request: ReturnType<TestApp['http']['post']>, body: string) =>
    request.set('Content-Type', 'application/json').send(body);

  const refresh = (app: TestApp, token: unknown) =>
    app.http.post('/api/v1/token/refresh').send({ refresh_token: token });

  const CONDITIONS: Record<string, () => Promise<Response>> = {
    'sync-stored': async () => {
      const p = await phone();
      return t.http.post(p.sync).set(p.auth).send(batch());
    },
    'sync-partial': async () => {
      const p = await phone();
      const body = batch(3);
      (body.data.records[1] as Record<string, unknown>).startDate = '2026-02-31T00:00:00Z';
      return t.http.post(p.sync).set(p.auth).send(body);
    },
    'sync-resend': async () => {
      const p = await phone();
      await t.http.post(p.sync).set(p.auth).send(batch()).expect(202);
      const again = await t.http.post(p.sync).set(p.auth).send(batch());
      expect(again.headers['idempotent-replayed']).toBe('true');
      return again;
    },
    'sync-request-id': async () => {
      const p = await phone();
      await t.http.post(p.sync).set(p.auth).set('X-Request-Id', 'compat-retry-1').send(batch(2)).expect(202);
      const again = await t.http
        .post(p.sync)
        .set(p.auth)
        .set('X-Request-Id', 'compat-retry-1')
        .send(batch(3));
      expect(again.headers['idempotent-replayed']).toBe('true');
      return again;
    },
    'sync-empty-body': async () => {
      const p = await phone();
      return json(t.http.post(p.sync).set(p.auth), '');
    },
    'sync-invalid-json': async () => {
      const p = await phone();
      return json(t.http.post(p.sync).set(p.auth), '{"provider":"apple","data":');
    },
    'sync-not-json-type': async () => {
      const p = await phone();
      return t.http.post(p.sync).set(p.auth).set('Content-Type', 'text/plain').send('records follow');
    },
    'sync-too-deep': async () => {
      const p = await phone();
      return json(
        t.http.post(p.sync).set(p.auth),
        `{"provider":"apple","data":${'['.repeat(100)}${']'.repeat(100)}}`,
      );
    },
    'sync-not-object': async () => {
      const p = await phone();
      return json(t.http.post(p.sync).set(p.auth), '[1,2,3]');
    },
    'sync-missing-provider': async () => {
      const p = await phone();
      return t.http.post(p.sync).set(p.auth).send({ data: batch().data });
    },
    'sync-unknown-provider': async () => {
      const p = await phone();
      return t.http
        .post(p.sync)
        .set(p.auth)
        .send({ ...batch(), provider: 'google_health' });
    },
    'sync-invalid-data': async () => {
      const p = await phone();
      return t.http.post(p.sync).set(p.auth).send({ provider: 'apple', data: 'records' });
    },
    'sync-nothing-usable': async () => {
      const p = await phone();
      return t.http
        .post(p.sync)
        .set(p.auth)
        .send({ provider: 'apple', data: { records: [{ type: 'HKQuantityTypeIdentifierHeartRate' }, 'x'] } });
    },
    'sync-too-large': async () => {
      const p = await phone();
      return t.http
        .post(p.sync)
        .set(p.auth)
        .send({ ...batch(1), padding: 'x'.repeat(LIMIT_BYTES + 1) });
    },
    'sync-corrupt-gzip': async () => {
      const p = await phone();
      return t.http
        .post(p.sync)
        .set(p.auth)
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', 'gzip')
        .send('this is not gzip at all');
    },
    'sync-unknown-encoding': async () => {
      const p = await phone();
      return t.http
        .post(p.sync)
        .set(p.auth)
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', 'zstd')
        .send('{}');
    },
    'sync-no-token': async () => {
      const p = await phone();
      const response = await t.http.post(p.sync).send(batch());
      expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
      return response;
    },
    'sync-bad-token': async () => {
      const p = await phone();
      const tampered = p.auth.Authorization.slice(0, -4) + 'AAAA';
      const response = await t.http.post(p.sync).set('Authorization', tampered).send(batch());
      expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
      return response;
    },
    'sync-other-user': async () => {
      const [p, other] = [await phone(), await phone()];
      const response = await t.http.post(other.sync).set(p.auth).send(batch());
      expect(response.body.detail).toBe('Token does not match user_id');
      return response;
    },
    'sync-path-not-uuid': async () => {
      const p = await phone();
      const response = await t.http.post('/api/v1/sdk/users/customer-42/sync').set(p.auth).send(batch());
      expect(response.body.detail).toBe('Token does not match user_id');
      return response;
    },
    'sync-signed-out': async () => {
      const p = await phone();
      await t.http.delete(p.connection('apple')).set(p.auth).expect(204);
      return t.http.post(p.sync).set(p.auth).send(batch());
    },
    'sync-deleted-user': async () => {
      const p = await phone();
      await t.http.delete(`/api/v1/users/${p.userId}`).set(tenant.app.auth).expect(204);
      return t.http.post(p.sync).set(p.auth).send(batch());
    },
    'sync-app-unknown-user': async () =>
      t.http
        .post('/api/v1/sdk/users/00000000-0000-4000-8000-000000000000/sync')
        .set(tenant.app.auth)
        .send(batch()),
    'sync-user-rate': async () => {
      const p = await phone();
      const first = await t.http
        .post(p.sync)
        .set(p.auth)
        .send(batch(ITEMS_PER_MINUTE - 5));
      expect(first.status).toBe(202);
      const over = await t.http
        .post(p.sync)
        .set(p.auth)
        .send({ ...batch(10), sdkVersion: '0.15.1' });
      expect(Number(over.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      return over;
    },
    'sync-memory-busy': async () => {
      const p = await phone();
      // Other uploads hold this process's whole share of memory, as four large bodies in flight would.
      const budget = t.app.get(IngestionLimits).bytes;
      const others = new BudgetHold();
      expect(budget.tryReserve(budget.capacity, others)).toBe(true);
      try {
        const busy = await t.http.post(p.sync).set(p.auth).send(batch(3));
        expect(Number(busy.headers['retry-after'])).toBeGreaterThanOrEqual(1);
        return busy;
      } finally {
        budget.release(others);
      }
    },

    'logs-stored': async () => {
      const p = await phone();
      return t.http
        .post(p.logs)
        .set(p.auth)
        .send({
          sdkVersion: '0.15.0',
          provider: 'apple',
          syncSessionId: 'compat-session',
          events: [
            {
              eventType: 'historical_data_type_sync_end',
              timestamp: '2026-10-01T08:00:00Z',
              dataType: 'sleep',
              success: false,
              errorCode: 'query_failed',
              errorMessage: 'HealthKit query failed',
              timeRange: { startDate: '2026-09-01T00:00:00Z', endDate: '2026-10-01T00:00:00Z' },
            },
          ],
        });
    },
    'logs-lenient': async () => {
      const p = await phone();
      return t.http
        .post(p.logs)
        .set(p.auth)
        .send({
          provider: 'apple',
          events: [{ eventType: 'device_state', batteryLevel: -1 }, { eventType: 'new_kind' }],
        });
    },
    'logs-invalid-json': async () => {
      const p = await phone();
      return json(t.http.post(p.logs).set(p.auth), '{"events":[');
    },
    'logs-no-events': async () => {
      const p = await phone();
      return t.http.post(p.logs).set(p.auth).send({ provider: 'apple', events: 'none' });
    },
    'logs-content-type': async () => {
      const p = await phone();
      return t.http.post(p.logs).set(p.auth).set('Content-Type', 'text/plain').send('events');
    },
    'logs-other-user': async () => {
      const [p, other] = [await phone(), await phone()];
      return t.http.post(other.logs).set(p.auth).send({ provider: 'apple', events: [] });
    },
    'logs-no-token': async () => {
      const p = await phone();
      return t.http.post(p.logs).send({ provider: 'apple', events: [] });
    },

    'refresh-ok': async () => {
      const p = await phone();
      const response = await refresh(t, p.refreshToken);
      expect(Object.keys(response.body).sort()).toEqual([
        'access_token',
        'expires_in',
        'refresh_token',
        'token_type',
      ]);
      return response;
    },
    'refresh-grace': async () => {
      const p = await phone();
      const first = await refresh(t, p.refreshToken).expect(200);
      const again = await refresh(t, p.refreshToken);
      expect(again.body.refresh_token).toBe(first.body.refresh_token);
      return again;
    },
    'refresh-unknown': async () => refresh(t, `rt-${'0'.repeat(64)}`),
    'refresh-signed-out': async () => {
      const p = await phone();
      await t.http.delete(p.connection('apple')).set(p.auth).expect(204);
      return refresh(t, p.refreshToken);
    },
    'refresh-missing': async () => refresh(t, 42),
    'refresh-rate-limited': async () => {
      const token = `rt-${'1'.repeat(64)}`;
      expect((await refresh(limited, token)).status).toBe(401);
      expect((await refresh(limited, token)).status).toBe(401);
      const over = await refresh(limited, token);
      expect(Number(over.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      return over;
    },

    'signout-ok': async () => {
      const p = await phone();
      await t.http.post(p.sync).set(p.auth).send(batch()).expect(202);
      return t.http.delete(p.connection('APPLE')).set(p.auth);
    },
    'signout-again': async () => {
      const p = await phone();
      await t.http.post(p.sync).set(p.auth).send(batch()).expect(202);
      await t.http.delete(p.connection('apple')).set(tenant.app.auth).expect(204);
      return t.http.delete(p.connection('apple')).set(tenant.app.auth);
    },
    'signout-other-user': async () => {
      const [p, other] = [await phone(), await phone()];
      return t.http.delete(other.connection('apple')).set(p.auth);
    },
    'signout-foreign-provider': async () => {
      const p = await phone();
      return t.http.delete(p.connection('garmin')).set(p.auth);
    },
    'signout-no-token': async () => {
      const p = await phone();
      return t.http.delete(p.connection('apple'));
    },
  };

  const rows = documentedRows();

  it('has a test for every documented condition and a documented row for every test', () => {
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.map((row) => row.id).sort()).toEqual(
      [...Object.keys(CONDITIONS), ...Object.keys(ELSEWHERE)].sort(),
    );
  });

  it.each(rows.filter((row) => row.id in ELSEWHERE))('$id is tested in its fault spec', ({ id }) => {
    const [file, title] = ELSEWHERE[id]!;
    expect(readFileSync(path.join(HERE, file), 'utf8')).toContain(`it('${title}'`);
  });

  /** What a row promises, in the shape `observed` reads off a response. */
  const promised = (row: Row) => ({
    id: row.id,
    status: row.status,
    outcome: row.quarantined
      ? { status: 'quarantined', reason: row.word, stored: 'quarantined' }
      : row.word === 'completed' || row.word === 'partial'
        ? { status: row.word }
        : null,
    problem: row.status >= 400,
  });

  async function observed(row: Row, response: Response) {
    const body = response.body as Body;
    let outcome = null;
    if (row.quarantined) {
      const stored = await t.http
        .get(`/api/v1/sdk/users/${body.user_id}/sync/${body.batch_id}`)
        .set(tenant.app.auth);
      outcome = { status: body.status, reason: body.quarantine?.reason, stored: stored.body.status };
    } else if (row.word === 'completed' || row.word === 'partial') {
      outcome = { status: body.status };
    }
    return {
      id: row.id,
      status: response.status,
      outcome,
      problem: /application\/problem\+json/.test(String(response.headers['content-type'])),
    };
  }

  it.each(rows.filter((row) => row.id in CONDITIONS))('$id answers $status as documented', async (row) => {
    const response = await CONDITIONS[row.id]!();
    expect(await observed(row, response)).toEqual(promised(row));
  });

  it('never answers the sync path with a status that loops a phone: only 2xx, 401, 404 (app credentials), 408 and 503', () => {
    const sync = rows.filter((row) => row.id.startsWith('sync-'));
    expect(new Set(sync.map((row) => row.status))).toEqual(new Set([202, 401, 404, 408, 503]));
    expect(sync.filter((row) => row.status === 404).map((row) => row.id)).toEqual(['sync-app-unknown-user']);
  });
});
