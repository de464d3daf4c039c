import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedTenant, seedUser, type SeededApplication } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';
import {
  hcHeartRate,
  hcRecord,
  hcStage,
  normalize,
  payload,
  rows,
  type SyncBody,
} from './normalization-helpers.js';

const google = (data: SyncBody['data']): SyncBody => ({ provider: 'google', data });
const samsung = (data: SyncBody['data']): SyncBody => ({ provider: 'samsung', data });

/** Moves an ISO instant by whole days. */
const shift = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString();

/** A night 21:55–05:40 UTC (+02:00) with every stage kind and an awake spell. */
const NIGHT_STAGES: Array<[string, string, string]> = [
  ['light', '2026-04-09T21:55:00Z', '2026-04-09T22:40:00Z'],
  ['deep', '2026-04-09T22:40:00Z', '2026-04-09T23:25:00Z'],
  ['rem', '2026-04-09T23:25:00Z', '2026-04-10T00:10:00Z'],
  ['awake', '2026-04-10T00:10:00Z', '2026-04-10T00:20:00Z'],
  ['light', '2026-04-10T00:20:00Z', '2026-04-10T03:00:00Z'],
  ['deep', '2026-04-10T03:00:00Z', '2026-04-10T04:00:00Z'],
  ['rem', '2026-04-10T04:00:00Z', '2026-04-10T05:40:00Z'],
];

/** That night two days earlier, as Health Connect sends it: session "night-1", children "night-1-s<i>". */
const NIGHT = NIGHT_STAGES.map(([stage, start, end], i) =>
  hcStage(`night-1-s${i}`, 'night-1', stage, shift(start, -2), shift(end, -2)),
);

/** The night without session ids (grouped by the gap rule), plus a 40-minute nap the next afternoon. */
const PARENTLESS = [
  ...NIGHT_STAGES.map(([stage, start, end], i) => hcStage(`ios-night-1-s${i}`, null, stage, start, end)),
  hcStage('ios-nap', null, 'light', '2026-04-10T12:00:00Z', '2026-04-10T12:40:00Z'),
];

function shuffled<T>(items: T[], seed: number): T[] {
  let x = seed;
  const random = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('NormalizationService dedupe, sleep assembly and deletions', () => {
  let t: TestApp;
  let app: SeededApplication;
  // One tenant, a fresh user per test: operator logins are rate limited.
  const newUser = async () => ({ userId: await seedUser(t, app) });
  beforeAll(async () => {
    t = await startTestApp();
    ({ app } = await seedTenant(t));
  });
  afterAll(async () => {
    await t.close();
  });

  const liveSamples = (userId: string) =>
    rows(
      t,
      `SELECT metric, value, record_id, start_at FROM samples WHERE user_id = $1 AND deleted_at IS NULL
        ORDER BY metric, start_at`,
      [userId],
    );

  /** Session figures without ids or bookkeeping, comparable across users. */
  const sessions = (userId: string) =>
    rows(
      t,
      `SELECT session_key, parent_id, start_at, end_at, zone_offset, to_char(local_date, 'YYYY-MM-DD') AS day,
              duration_seconds, time_in_bed_seconds, total_sleep_seconds, awake_seconds, light_seconds, deep_seconds,
              rem_seconds, asleep_seconds, in_bed_seconds, unknown_seconds, efficiency, stage_count, is_nap, is_primary
         FROM sleep_sessions WHERE user_id = $1 ORDER BY start_at`,
      [userId],
    );

  describe('samples', () => {
    it('collapses the same record sent twice in one batch', async () => {
      const { userId } = await newUser();
      const result = await normalize(
        t,
        userId,
        google({ records: [hcHeartRate('hr-1', 0, 70), hcHeartRate('hr-1', 0, 70)] }),
      );
      expect(result.records).toMatchObject({ received: 2, inserted: 1, duplicate: 1 });
      expect(await liveSamples(userId)).toHaveLength(1);
    });

    it('collapses alias types that read the same store record (BP ×3, body composition ×2)', async () => {
      const { userId } = await newUser();
      const body = payload('samsung-0.11-sync.json');
      const composition = body.data.records!.slice(3, 5);
      const bp = payload('health-connect-0.11-sync.json').data.records!.slice(4, 6);
      const result = await normalize(t, userId, samsung({ records: [...composition, ...composition] }));
      expect(result.records).toMatchObject({ received: 4, inserted: 2, duplicate: 2 });
      const again = await normalize(t, userId, google({ records: [...bp, ...bp, ...bp] }));
      expect(again.records).toMatchObject({ received: 6, inserted: 2, duplicate: 4 });
      expect((await liveSamples(userId)).map((s) => [s.metric, s.value])).toEqual([
        ['blood_pressure_diastolic', 79],
        ['blood_pressure_systolic', 122],
        ['body_fat_percentage', 21.5],
        ['weight', 72.4000015258789],
      ]);
    });

    it('dedupes Samsung hourly buckets whose id changes on every read, the latest value winning', async () => {
      const { userId } = await newUser();
      const bucket = payload('samsung-0.11-sync.json').data.records![1] as Record<string, unknown>;
      await normalize(t, userId, samsung({ records: [bucket] }));
      const reread = await normalize(t, userId, samsung({ records: [{ ...bucket, id: 'random-2' }] }));
      expect(reread.records).toMatchObject({ inserted: 0, updated: 0, duplicate: 1 });
      const grown = await normalize(
        t,
        userId,
        samsung({ records: [{ ...bucket, id: 'random-3', value: 1600 }] }),
      );
      expect(grown.records).toMatchObject({ inserted: 0, updated: 1, duplicate: 0 });
      expect(await liveSamples(userId)).toEqual([expect.objectContaining({ metric: 'steps', value: 1600 })]);
    });

    it('inserts only the new part of an overlapping re-send and applies edits to re-sent records', async () => {
      const { userId } = await newUser();
      await normalize(
        t,
        userId,
        google({ records: [hcHeartRate('a', 0, 60), hcHeartRate('b', 1, 61), hcHeartRate('c', 2, 62)] }),
      );
      const overlap = await normalize(
        t,
        userId,
        google({ records: [hcHeartRate('b', 1, 61), hcHeartRate('c', 2, 65), hcHeartRate('d', 3, 63)] }),
      );
      expect(overlap.records).toMatchObject({ received: 3, inserted: 1, updated: 1, duplicate: 1 });
      expect((await liveSamples(userId)).map((s) => s.value)).toEqual([60, 61, 65, 63]);
    });

    it('tombstones the old row when the platform moves a record under the same id', async () => {
      const { userId } = await newUser();
      await normalize(t, userId, google({ records: [hcHeartRate('moved', 10, 70)] }));
      const moved = await normalize(t, userId, google({ records: [hcHeartRate('moved', 12, 70)] }));
      expect(moved.records).toMatchObject({ inserted: 0, updated: 1 });
      expect(await liveSamples(userId)).toEqual([
        expect.objectContaining({ record_id: 'moved', start_at: new Date('2026-04-10T07:12:00Z') }),
      ]);
    });

    it('keeps unknown types as raw records and reports rejected items without failing the batch', async () => {
      const { userId } = await newUser();
      const unknown = hcRecord({
        id: 'x-1',
        type: 'SOMETHING_NEW',
        start: '2026-04-10T07:00:00Z',
        value: 3,
        unit: 'zz',
      });
      const bad = { ...hcHeartRate('bad', 5, 70), value: 'seventy' };
      const result = await normalize(
        t,
        userId,
        google({ records: [hcHeartRate('ok', 4, 70), bad, unknown], sleep: {} as never }),
      );
      expect(result.records).toEqual({
        received: 3,
        inserted: 2,
        updated: 0,
        duplicate: 0,
        rejected: 1,
        unknown: 1,
      });
      expect(result.rejections).toEqual([
        expect.objectContaining({ collection: 'records', index: 1 }),
        expect.objectContaining({ collection: 'sleep', index: -1 }),
      ]);
      expect(
        await rows(t, 'SELECT vendor_type, value, unit FROM raw_records WHERE user_id = $1', [userId]),
      ).toEqual([{ vendor_type: 'SOMETHING_NEW', value: 3, unit: 'zz' }]);
      const again = await normalize(t, userId, google({ records: [unknown] }));
      expect(again.records).toMatchObject({ duplicate: 1, unknown: 1, inserted: 0 });
    });
  });

  describe('sleep', () => {
    it('assembles the same sessions from one batch and from one stage per batch in shuffled order', async () => {
      const stages = [...NIGHT, ...PARENTLESS];
      const whole = await newUser();
      await normalize(t, whole.userId, google({ sleep: stages }));
      const expected = await sessions(whole.userId);
      expect(expected).toHaveLength(3);

      for (const seed of [7, 42]) {
        const piecewise = await newUser();
        for (const stage of shuffled(stages, seed))
          await normalize(t, piecewise.userId, google({ sleep: [stage] }));
        expect(await sessions(piecewise.userId)).toEqual(expected);
      }

      const split = await newUser();
      const order = shuffled(stages, 3);
      await normalize(t, split.userId, google({ sleep: order.slice(0, 5) }));
      await normalize(t, split.userId, google({ sleep: order.slice(5, 11) }));
      await normalize(t, split.userId, google({ sleep: order.slice(11) }));
      expect(await sessions(split.userId)).toEqual(expected);
    });

    it('totals the night per stage and flags the afternoon nap', async () => {
      const { userId } = await newUser();
      await normalize(t, userId, google({ sleep: PARENTLESS }));
      const [night, nap] = await sessions(userId);
      // 21:55–05:40 = 465 min; awake 10 min; light 45+160, deep 45+60, rem 45+100 min.
      expect(night).toMatchObject({
        session_key: 't:2026-04-09T21:55:00.000Z',
        duration_seconds: 465 * 60,
        time_in_bed_seconds: 465 * 60,
        awake_seconds: 600,
        light_seconds: 205 * 60,
        deep_seconds: 105 * 60,
        rem_seconds: 145 * 60,
        total_sleep_seconds: 455 * 60,
        // 455 / 465
        efficiency: '97.85',
        day: '2026-04-10',
        is_nap: false,
      });
      expect(nap).toMatchObject({
        duration_seconds: 2400,
        light_seconds: 2400,
        day: '2026-04-10',
        is_nap: true,
      });
    });

    it('splits a session when a deletion removes the stages that joined it, and re-joins it when they return', async () => {
      const { userId } = await newUser();
      const joined = await newUser();
      await normalize(t, userId, google({ sleep: PARENTLESS }));
      await normalize(t, joined.userId, google({ sleep: PARENTLESS }));
      // Removing 23:25–03:00 leaves 21:55–23:25 and 03:00–05:40: 3 h 35 min apart, beyond the 2 h gap.
      const ids = ['ios-night-1-s2', 'ios-night-1-s3', 'ios-night-1-s4'];
      const result = await normalize(t, userId, google({ deleted: ids.map((id) => ({ id })) }));
      expect(result.deleted).toEqual({ received: 3, applied: 3, rejected: 0 });
      expect((await sessions(userId)).map((s) => s.session_key)).toEqual([
        't:2026-04-09T21:55:00.000Z',
        't:2026-04-10T03:00:00.000Z',
        't:2026-04-10T12:00:00.000Z',
      ]);

      // Re-sent unchanged, the tombstoned stages stay deleted.
      const stale = await normalize(
        t,
        userId,
        google({ sleep: PARENTLESS.filter((s) => ids.includes(s.id)) }),
      );
      expect(stale.sleep).toMatchObject({ duplicate: 3, inserted: 0, updated: 0 });
      expect(await sessions(userId)).toHaveLength(3);

      // Re-sent with changed content (a new zone offset), they come back and the night is whole again.
      const changed = PARENTLESS.filter((s) => ids.includes(s.id)).map((s) => ({
        ...s,
        zoneOffset: '+03:00',
      }));
      const back = await normalize(t, userId, google({ sleep: changed }));
      expect(back.sleep).toMatchObject({ updated: 3 });
      const rejoined = await sessions(userId);
      expect(rejoined.map((s) => s.session_key)).toEqual([
        't:2026-04-09T21:55:00.000Z',
        't:2026-04-10T12:00:00.000Z',
      ]);
      expect(rejoined[0]).toMatchObject({ total_sleep_seconds: 455 * 60 });
    });

    it('reconciles an iPhone + Watch night the same way whichever device syncs first', async () => {
      const [inBed, deep] = payload('ios-0.13-sync.json').data.sleep!;
      const ios = (sleep: unknown[]): SyncBody => ({ provider: 'apple', data: { sleep } });
      const phoneFirst = await newUser();
      await normalize(t, phoneFirst.userId, ios([inBed]));
      await normalize(t, phoneFirst.userId, ios([deep]));
      const watchFirst = await newUser();
      await normalize(t, watchFirst.userId, ios([deep]));
      await normalize(t, watchFirst.userId, ios([inBed]));
      const expected = await sessions(phoneFirst.userId);
      expect(await sessions(watchFirst.userId)).toEqual(expected);
      expect(expected.map((s) => [s.is_primary, s.total_sleep_seconds, s.time_in_bed_seconds])).toEqual([
        [false, 0, 27000],
        [true, 1590, 27000],
      ]);
    });

    it('deletes a whole Android session by its session id', async () => {
      const { userId } = await newUser();
      await normalize(t, userId, google({ sleep: NIGHT }));
      expect(await sessions(userId)).toHaveLength(1);
      const result = await normalize(
        t,
        userId,
        google({ deleted: [{ id: 'night-1', type: 'SLEEP_SESSION' }] }),
      );
      expect(result.deleted).toEqual({ received: 1, applied: 1, rejected: 0 });
      expect(await sessions(userId)).toEqual([]);
      const [{ count }] = await rows<{ count: string }>(
        t,
        'SELECT count(*) FROM sleep_stages WHERE user_id = $1 AND deleted_at IS NOT NULL',
        [userId],
      );
      expect(Number(count)).toBe(NIGHT.length);
    });
  });

  describe('workouts and deletions', () => {
    it('updates a re-sent edited workout in place', async () => {
      const { userId } = await newUser();
      const body = payload('health-connect-0.11-sync.json');
      const [workout] = body.data.workouts as Array<Record<string, unknown>>;
      await normalize(t, userId, google({ workouts: [workout] }));
      const [before] = await rows(t, 'SELECT id FROM workouts WHERE user_id = $1', [userId]);
      const edited = {
        ...workout,
        title: 'Evening run',
        values: [{ type: 'duration', value: 1700, unit: 's' }],
      };
      const result = await normalize(t, userId, google({ workouts: [edited] }));
      expect(result.workouts).toMatchObject({ inserted: 0, updated: 1, duplicate: 0 });
      expect(
        await rows(t, 'SELECT id, title, statistics FROM workouts WHERE user_id = $1', [userId]),
      ).toEqual([{ id: before!.id, title: 'Evening run', statistics: { duration: 1700 } }]);
    });

    it('tombstones the old workout when the platform moves it under the same id', async () => {
      const { userId } = await newUser();
      const [workout] = payload('health-connect-0.11-sync.json').data.workouts as Array<
        Record<string, unknown>
      >;
      await normalize(t, userId, google({ workouts: [workout] }));
      const moved = { ...workout, startDate: '2026-04-10T05:40:00Z', endDate: '2026-04-10T06:10:00Z' };
      const result = await normalize(t, userId, google({ workouts: [moved] }));
      expect(result.workouts).toMatchObject({ inserted: 0, updated: 1 });
      expect(
        await rows(
          t,
          'SELECT record_id, start_at, deleted_at IS NOT NULL AS deleted FROM workouts WHERE user_id = $1 ORDER BY start_at',
          [userId],
        ),
      ).toEqual([
        { record_id: workout!.id, start_at: new Date('2026-04-10T05:30:00Z'), deleted: true },
        { record_id: workout!.id, start_at: new Date('2026-04-10T05:40:00Z'), deleted: false },
      ]);
      const replay = await normalize(t, userId, google({ workouts: [moved] }));
      expect(replay.workouts).toMatchObject({ inserted: 0, updated: 0, duplicate: 1 });
    });

    it('tombstones samples by id and by parent id, and a deletion replay applies nothing', async () => {
      const { userId } = await newUser();
      await normalize(t, userId, payload('health-connect-0.11-sync.json'));
      const deleted = [
        // the heart-rate series parent: both "-s0" and "-s1" children go
        { id: 'a3f1c9e2-1111-4d2b-9c0a-5e6f7a8b9c00', type: 'HeartRateRecord' },
        { id: '0a1b2c3d-7777-4d80-9b62-1e2f3a4b5c06' },
        { id: 'never-seen' },
      ];
      const result = await normalize(t, userId, google({ deleted }));
      expect(result.deleted).toEqual({ received: 3, applied: 2, rejected: 0 });
      expect((await liveSamples(userId)).map((s) => s.metric)).not.toContain('heart_rate');
      expect(
        await rows(t, 'SELECT id FROM workouts WHERE user_id = $1 AND deleted_at IS NULL', [userId]),
      ).toEqual([]);
      const replay = await normalize(t, userId, google({ deleted }));
      expect(replay.deleted).toEqual({ received: 3, applied: 0, rejected: 0 });
      // The samples re-sent unchanged stay deleted.
      const resent = await normalize(t, userId, payload('health-connect-0.11-sync.json'));
      expect(resent.records).toMatchObject({ inserted: 0, updated: 0, duplicate: 8 });
      expect((await liveSamples(userId)).map((s) => s.metric)).not.toContain('heart_rate');
    });

    it('rejects malformed deletions and reports them', async () => {
      const { userId } = await newUser();
      const result = await normalize(
        t,
        userId,
        google({ deleted: [{ type: 'x' }, { id: { nested: true } }] }),
      );
      expect(result.deleted).toEqual({ received: 2, applied: 0, rejected: 2 });
      expect(result.rejections.map((r) => [r.collection, r.index])).toEqual([
        ['deleted', 0],
        ['deleted', 1],
      ]);
    });
  });
});
