import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BatchReplayService } from '../../src/modules/ingestion/batch-replay.service.js';
import { RetentionSweeper } from '../../src/modules/ingestion/retention.sweeper.js';
import { seedTenant } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';
import { payload } from './normalization-helpers.js';

const NORMALIZED_TABLES = [
  'data_sources',
  'samples',
  'raw_records',
  'sleep_stages',
  'sleep_sessions',
  'workouts',
];

const syncPath = (userId: string) => `/api/v1/sdk/users/${userId}/sync`;

async function push(t: TestApp, auth: Record<string, string>, userId: string, file: string): Promise<string> {
  const response = await t.http.post(syncPath(userId)).set(auth).send(payload(file)).expect(202);
  expect(response.body).toMatchObject({ status: 'completed', rejected: 0 });
  return response.body.batch_id as string;
}

/**
 * Ages the whole batch (journal and raw body), as if it had arrived `ago` ago. With microseconds, as restored or
 * backfilled rows may have: renormalize's cursor must page past them (a Date-based cursor repeated the page forever).
 */
async function age(t: TestApp, userId: string, batchId: string, ago: string): Promise<void> {
  for (const [table, id] of [
    ['sync_batches', 'id'],
    ['sync_batch_payloads', 'batch_id'],
  ]) {
    const { rowCount } = await t.db.query(
      `UPDATE ${table} SET received_at = now() - $3::interval + interval '123 microseconds'
        WHERE user_id = $1 AND ${id} = $2`,
      [userId, batchId, ago],
    );
    expect(rowCount).toBe(1);
  }
}

async function payloadIds(t: TestApp, userId: string): Promise<string[]> {
  const { rows } = await t.db.query(
    'SELECT batch_id FROM sync_batch_payloads WHERE user_id = $1 ORDER BY batch_id',
    [userId],
  );
  return rows.map((row) => row.batch_id as string);
}

/** Every stored row of the user's journal and normalized tables, for before/after comparison. */
async function snapshot(t: TestApp, userId: string): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of ['sync_batches', ...NORMALIZED_TABLES]) {
    const { rows } = await t.db.query(
      `SELECT to_jsonb(x) AS row FROM ${table} x WHERE user_id = $1 ORDER BY to_jsonb(x)::text`,
      [userId],
    );
    tables[table] = rows.map((r) => r.row);
  }
  return tables;
}

describe('raw sync body retention (default 30 days)', () => {
  let t: TestApp;
  let tenant: Awaited<ReturnType<typeof seedTenant>>;
  let expired: string;
  let fresh: string;

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await seedTenant(t);
    expired = await push(t, tenant.app.auth, tenant.userId, 'ios-0.13-sync.json');
    fresh = await push(t, tenant.app.auth, tenant.userId, 'health-connect-0.11-sync.json');
  });
  afterAll(async () => {
    await t.close();
  });

  const batchResult = (batchId: string) =>
    t.http.get(`${syncPath(tenant.userId)}/${batchId}`).set(tenant.app.auth);

  it('sweeps only the body past retention, leaving the journal, normalized rows and batch result intact', async () => {
    expect(t.config.ingestion.rawBodyRetentionDays).toBe(30);
    await age(t, tenant.userId, expired, '31 days');
    await age(t, tenant.userId, fresh, '29 days');
    const freshBody = await t.db.query('SELECT body FROM sync_batch_payloads WHERE batch_id = $1', [fresh]);
    const before = await snapshot(t, tenant.userId);
    const resultBefore = (await batchResult(expired).expect(200)).body;
    // Both batches must have normalized rows, or "untouched" would prove nothing.
    const { rows: perBatch } = await t.db.query(
      'SELECT batch_id, count(*)::int AS n FROM samples WHERE user_id = $1 GROUP BY batch_id ORDER BY batch_id',
      [tenant.userId],
    );
    expect(perBatch.map((row) => row.batch_id)).toEqual([expired, fresh].sort());
    expect(perBatch.every((row) => row.n > 0)).toBe(true);

    const swept = await t.app.get(RetentionSweeper).sweep();

    expect(swept.payloads).toBe(1);
    expect(await payloadIds(t, tenant.userId)).toEqual([fresh]);
    const kept = await t.db.query('SELECT body FROM sync_batch_payloads WHERE batch_id = $1', [fresh]);
    expect(kept.rows[0].body.equals(freshBody.rows[0].body)).toBe(true);
    expect(await snapshot(t, tenant.userId)).toEqual(before);
    const resultAfter = await batchResult(expired).expect(200);
    expect(resultAfter.body).toEqual(resultBefore);
    expect(resultAfter.body).toMatchObject({ batch_id: expired, status: 'completed' });

    // Deletes are idempotent: a second process sweeping at the same time finds nothing left.
    expect((await t.app.get(RetentionSweeper).sweep()).payloads).toBe(0);
    expect(await payloadIds(t, tenant.userId)).toEqual([fresh]);
  });

  it('renormalize reports the swept batch as past retention and still replays the kept one', async () => {
    const samplesBefore = await t.db.query('SELECT count(*)::int AS n FROM samples WHERE batch_id = $1', [
      expired,
    ]);
    const lines: string[] = [];

    const report = await t.app
      .get(BatchReplayService)
      .renormalize({ userId: tenant.userId }, (line) => lines.push(line));

    expect(report).toEqual({
      batches: 2,
      replayed: 1,
      skippedNoPayload: 1,
      failed: 0,
      stillQuarantined: 0,
      released: 0,
    });
    // Oldest first: the aged batch is reported before the fresh one.
    expect(lines).toEqual([
      `${expired} skipped: raw body past retention`,
      expect.stringMatching(
        new RegExp(`^${fresh} replayed: 0 inserted, 0 updated, \\d+ unchanged, 0 rejected$`),
      ),
    ]);
    const { rows: journal } = await t.db.query(
      'SELECT id, renormalize_count, renormalized_at FROM sync_batches WHERE user_id = $1',
      [tenant.userId],
    );
    expect(journal.find((row) => row.id === expired)).toMatchObject({
      renormalize_count: 0,
      renormalized_at: null,
    });
    expect(journal.find((row) => row.id === fresh)).toMatchObject({
      renormalize_count: 1,
      renormalized_at: expect.any(Date),
    });
    const samplesAfter = await t.db.query('SELECT count(*)::int AS n FROM samples WHERE batch_id = $1', [
      expired,
    ]);
    expect(samplesAfter.rows[0].n).toBe(samplesBefore.rows[0].n);
    await batchResult(expired).expect(200);
  });
});

describe('raw sync body retention configured via INGEST_RAW_BODY_RETENTION_DAYS', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ INGEST_RAW_BODY_RETENTION_DAYS: '1' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('sweeps a body two days old and keeps one twelve hours old', async () => {
    expect(t.config.ingestion.rawBodyRetentionDays).toBe(1);
    const tenant = await seedTenant(t);
    const old = await push(t, tenant.app.auth, tenant.userId, 'samsung-0.11-sync.json');
    const recent = await push(t, tenant.app.auth, tenant.userId, 'ios-legacy-source-keys.json');
    await age(t, tenant.userId, old, '2 days');
    await age(t, tenant.userId, recent, '12 hours');
    const before = await snapshot(t, tenant.userId);

    const swept = await t.app.get(RetentionSweeper).sweep();

    expect(swept.payloads).toBe(1);
    expect(await payloadIds(t, tenant.userId)).toEqual([recent]);
    expect(await snapshot(t, tenant.userId)).toEqual(before);
  });
});
