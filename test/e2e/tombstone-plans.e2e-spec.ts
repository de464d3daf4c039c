import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { movedProbe } from '../../src/modules/normalization/record-upserts.js';
import type { SampleRow } from '../../src/modules/normalization/samples.repository.js';
import { idProbe, probeStatement } from '../../src/modules/normalization/tombstones.js';
import { seedTenant, seedUser } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';
import { hcHeartRate, normalize } from './normalization-helpers.js';

const HISTORY = 20_000;
const PROBES = 500;

interface Scan {
  node: string;
  index: string | undefined;
  cond: string | undefined;
}

/** How a plan reads `samples`: each scan node with its index and index condition. */
function samplesScans(plan: unknown): Scan[] {
  const scans: Scan[] = [];
  const walk = (node: Record<string, unknown>) => {
    const index = node['Index Name'] as string | undefined;
    if (
      index?.includes('samples') ||
      (node['Relation Name'] === 'samples' && !node['Node Type']!.toString().startsWith('Bitmap Heap'))
    )
      scans.push({ node: String(node['Node Type']), index, cond: node['Index Cond'] as string | undefined });
    for (const child of (node.Plans as Array<Record<string, unknown>> | undefined) ?? []) walk(child);
  };
  walk((plan as Array<{ Plan: Record<string, unknown> }>)[0]!.Plan);
  return scans;
}

/** One range of the `(user_id, record_id)` index per probe row: the condition names the probe's record id. */
const PER_PROBE_RANGE = [
  expect.objectContaining({
    index: 'ix_samples_user_id_record_id',
    cond: expect.stringMatching(/\(record_id\)::text [=>]+ \(?[dn]\.(id|record_id)/),
  }),
];

/**
 * A user whose history arrived after the table's statistics were taken (an import, a first sync of years): the planner
 * believes the user has a handful of rows. The probes that find rows to tombstone must still read one index range per
 * probe row instead of every row of the user (which made each batch of a large import slower than the last).
 */
describe('Tombstone probes for a user whose history outgrew the statistics', () => {
  let t: TestApp;
  let userId: string;
  let dataSourceId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const { app } = await seedTenant(t);
    userId = await seedUser(t, app);
    const first = hcHeartRate('first', 0, 60);
    await normalize(t, userId, { provider: 'google', data: { records: [first] } });
    dataSourceId = (await t.db.query('SELECT data_source_id FROM samples WHERE user_id = $1', [userId]))
      .rows[0].data_source_id;
    // This file's database is its own. Statistics are taken while the table holds 200 users of 100 rows each, then
    // frozen, and then this user's history arrives: the planner takes the user for one more of those.
    await t.db.query('ALTER TABLE samples SET (autovacuum_enabled = false)');
    await t.db.query(
      `INSERT INTO samples (user_id, metric, start_at, data_source_id, end_at, value, unit, record_id, vendor_type,
                            batch_id)
       SELECT u.id, 'heart_rate', at, $1, at, 60, 'bpm', 'o' || i, 'HeartRateRecord', $2
         FROM (SELECT gen_random_uuid() AS id FROM generate_series(1, 200)) u, generate_series(1, 100) i,
              LATERAL (SELECT timestamptz '2025-01-01' + i * interval '1 minute' AS at) x`,
      [dataSourceId, randomUUID()],
    );
    await t.db.query('ANALYZE samples');
    await t.db.query(
      `INSERT INTO samples (user_id, metric, start_at, data_source_id, end_at, value, unit, record_id, vendor_type,
                            batch_id)
       SELECT $1, 'heart_rate', at, $2, at, 60, 'bpm', 'r' || i, 'HeartRateRecord', $3
         FROM generate_series(1, $4::int) i, LATERAL (SELECT timestamptz '2025-01-01' + i * interval '1 minute' AS at) x`,
      [userId, dataSourceId, randomUUID(), HISTORY],
    );
  });
  afterAll(async () => {
    await t.close();
  });

  const explain = async (sql: string, params: unknown[]) =>
    samplesScans((await t.db.query(`EXPLAIN (FORMAT JSON) ${sql}`, params)).rows[0]['QUERY PLAN']);

  const probeRows: SampleRow[] = Array.from({ length: PROBES }, (_, i) => ({
    metric: 'heart_rate',
    startAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
    endAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
    dataSourceId: '',
    value: 61,
    unit: 'bpm',
    category: null,
    zoneOffset: null,
    recordId: `r${i * 40}`,
    parentId: null,
    vendorType: 'HeartRateRecord',
    metadata: null,
  }));

  it('finds moved records through the (user_id, record_id) index', async () => {
    const rows = probeRows.map((r) => ({ ...r, dataSourceId }));
    const probe = movedProbe(
      { table: 'samples', typeColumn: 'metric', typeOf: (r) => r.metric },
      randomUUID(),
      rows,
    );
    const { sql, params } = probeStatement(probe, userId);
    expect(await explain(sql, params)).toEqual(PER_PROBE_RANGE);
    // The statement finds what it should: every probe row but r0 (no such record) names a live row elsewhere.
    expect((await t.db.query(sql, params)).rows).toHaveLength(PROBES - 1);
  });

  it('finds deleted records and their children through the same index', async () => {
    const { sql, params } = probeStatement(
      idProbe(
        'samples',
        probeRows.map((r) => r.recordId!),
      ),
      userId,
    );
    expect(await explain(sql, params)).toEqual(PER_PROBE_RANGE);
  });

  it('is a situation the planner gets wrong for a plain join (the detector)', async () => {
    const ids = probeRows.map((r) => r.recordId!);
    const scans = await explain(
      `SELECT 1 FROM unnest($2::varchar[], $3::uuid[]) AS d(id, data_source_id)
         JOIN samples t ON t.user_id = $1 AND t.record_id = d.id AND t.data_source_id = d.data_source_id
                       AND t.metric = 'heart_rate' AND t.deleted_at IS NULL`,
      [userId, ids, ids.map(() => dataSourceId)],
    );
    expect(scans).not.toEqual(PER_PROBE_RANGE);
  });
});
