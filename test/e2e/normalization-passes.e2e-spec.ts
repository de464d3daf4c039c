import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NormalizationService } from '../../src/modules/normalization/normalization.service.js';
import { seedTenant, seedUser, type SeededApplication } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';
import { hcHeartRate, hcRecord, normalize, payload, rows, type SyncBody } from './normalization-helpers.js';

const FIXTURES = [
  'android-0.12-health-connect-sync.json',
  'health-connect-0.11-sync.json',
  'ios-0.13-sync.json',
  'ios-0.15-sync-route.json',
  'samsung-0.11-sync.json',
  'samsung-0.11-watch-session.json',
];

/**
 * A batch larger than one normalization pass is written in several, in one transaction: what is stored, what is
 * rejected (with its index in the whole batch) and what the deletions remove must not depend on where the passes cut.
 */
describe('Normalization of a large batch in passes', () => {
  let t: TestApp;
  let app: SeededApplication;
  let sut: NormalizationService;

  beforeAll(async () => {
    t = await startTestApp();
    ({ app } = await seedTenant(t));
    sut = t.app.get(NormalizationService);
  });
  afterAll(async () => {
    await t.close();
  });

  /** Everything a user's data reads from, without ids that differ between users. */
  async function stored(userId: string) {
    const query = (sql: string) => rows(t, sql, [userId]);
    return {
      samples: await query(
        `SELECT metric, value, unit, category, zone_offset, record_id, parent_id, start_at, end_at, metadata,
                deleted_at IS NOT NULL AS deleted
           FROM samples WHERE user_id = $1 ORDER BY metric, start_at, end_at, record_id`,
      ),
      raw: await query(
        `SELECT vendor_type, value, start_at, end_at, record_id, deleted_at IS NOT NULL AS deleted
           FROM raw_records WHERE user_id = $1 ORDER BY vendor_type, start_at, record_id`,
      ),
      workouts: await query(
        `SELECT activity_type, start_at, end_at, statistics, record_id, deleted_at IS NOT NULL AS deleted
           FROM workouts WHERE user_id = $1 ORDER BY start_at`,
      ),
      sessions: await query(
        `SELECT start_at, end_at, to_char(local_date, 'YYYY-MM-DD') AS day, total_sleep_seconds, deep_seconds,
                rem_seconds, light_seconds, awake_seconds, stage_count, is_nap, is_primary
           FROM sleep_sessions WHERE user_id = $1 ORDER BY start_at`,
      ),
    };
  }

  async function inPasses(body: SyncBody, passItems: number) {
    const userId = await seedUser(t, app);
    const before = sut.passItems;
    sut.passItems = passItems;
    try {
      const result = await normalize(t, userId, body);
      return { result, stored: await stored(userId) };
    } finally {
      sut.passItems = before;
    }
  }

  it.each(FIXTURES)('stores %s the same in passes of 2 items as in one pass', async (name) => {
    const body = payload(name);
    const whole = await inPasses(body, 100_000);
    const split = await inPasses(body, 2);
    expect(split.stored).toEqual(whole.stored);
    expect(split.result.rejections).toEqual(whole.result.rejections);
    for (const collection of ['records', 'sleep', 'workouts'] as const) {
      const { received, rejected, inserted, updated, duplicate } = split.result[collection];
      expect({ received, rejected }).toEqual({
        received: whole.result[collection].received,
        rejected: whole.result[collection].rejected,
      });
      // A duplicate in a later pass is found in the table instead of collapsed in memory: counted all the same.
      expect(inserted + updated + duplicate).toBe(
        whole.result[collection].inserted +
          whole.result[collection].updated +
          whole.result[collection].duplicate,
      );
    }
    expect(split.result.deleted).toEqual(whole.result.deleted);
    expect(split.result.touched).toEqual(whole.result.touched);
    expect(split.result.dataSourceIds).toHaveLength(whole.result.dataSourceIds.length);
  });

  it('reports rejections at their index in the whole batch and applies deletions after every pass', async () => {
    const records = Array.from({ length: 7 }, (_, i) => hcHeartRate(`r${i}`, i, 60 + i));
    records[5] = { ...records[5]!, startDate: '2026-02-31T00:00:00Z' };
    const late = hcRecord({
      id: 'late',
      type: 'HEART_RATE',
      start: '2026-04-10T08:00:00Z',
      value: 70,
      unit: 'bpm',
    });
    const body: SyncBody = {
      provider: 'google',
      data: { records: [...records, late], deleted: [{ id: 'late' }, { id: 'r0' }] },
    };
    const split = await inPasses(body, 3);
    expect(split.result.rejections).toEqual([expect.objectContaining({ collection: 'records', index: 5 })]);
    expect(split.result.records).toMatchObject({ received: 8, inserted: 7, rejected: 1 });
    expect(split.result.deleted).toEqual({ received: 2, applied: 2, rejected: 0 });
    expect(split.stored.samples.filter((s) => !s.deleted).map((s) => s.record_id)).toEqual([
      'r1',
      'r2',
      'r3',
      'r4',
      'r6',
    ]);
  });
});
