import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedTenant, seedUser, type SeededApplication } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';
import { sdkFixtureNames } from '../fixtures/sdk-fixtures.js';
import { normalize, payload, rows } from './normalization-helpers.js';

const SAMPLE_COLUMNS = `s.metric, s.value, s.unit, s.category, s.zone_offset, s.record_id, s.parent_id,
  s.start_at, s.end_at, s.metadata, s.deleted_at, d.device_model, d.device_type, d.app_id`;

describe('NormalizationService with the SDK fixtures', () => {
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

  async function samplesOf(userId: string) {
    return rows(
      t,
      `SELECT ${SAMPLE_COLUMNS} FROM samples s JOIN data_sources d ON d.user_id = s.user_id AND d.id = s.data_source_id
        WHERE s.user_id = $1 ORDER BY s.metric, s.start_at`,
      [userId],
    );
  }

  async function workoutsOf(userId: string) {
    return rows(t, 'SELECT * FROM workouts WHERE user_id = $1 ORDER BY start_at', [userId]);
  }

  async function sessionsOf(userId: string) {
    return rows(
      t,
      `SELECT s.*, to_char(s.local_date, 'YYYY-MM-DD') AS day, d.device_type
         FROM sleep_sessions s JOIN data_sources d ON d.user_id = s.user_id AND d.id = s.data_source_id
        WHERE s.user_id = $1 ORDER BY s.start_at`,
      [userId],
    );
  }

  it('covers every sync body among the fixtures', () => {
    const syncBodies = sdkFixtureNames().filter((name) => {
      const body = payload(name) as unknown as Record<string, unknown>;
      return typeof body.provider === 'string' && typeof body.data === 'object' && body.data !== null;
    });
    expect(syncBodies).toEqual([
      'android-0.12-health-connect-sync.json',
      'health-connect-0.11-sync.json',
      'ios-0.13-sync.json',
      'ios-0.15-sync-route.json',
      'ios-legacy-source-keys.json',
      'samsung-0.11-single-heart-rate.json',
      'samsung-0.11-sync.json',
      'samsung-0.11-watch-session.json',
    ]);
  });

  it('stores a minimal Samsung heart rate with its trimmed watch source', async () => {
    const { userId } = await newUser();
    const result = await normalize(t, userId, payload('samsung-0.11-single-heart-rate.json'));
    expect(result.records).toEqual({
      received: 1,
      inserted: 1,
      updated: 0,
      duplicate: 0,
      rejected: 0,
      unknown: 0,
    });
    expect(await samplesOf(userId)).toEqual([
      expect.objectContaining({
        metric: 'heart_rate',
        value: 81,
        unit: 'bpm',
        zone_offset: null,
        record_id: 'hr-7f3a',
        start_at: new Date('2026-03-02T07:45:00Z'),
        end_at: new Date('2026-03-02T07:45:00Z'),
        device_model: 'Galaxy Watch 5',
        device_type: 'watch',
        app_id: 'com.samsung.health',
      }),
    ]);
  });

  it('normalizes a Samsung watch session: BP child, scored sleep stage, workout with route and samples', async () => {
    const { userId } = await newUser();
    const result = await normalize(t, userId, payload('samsung-0.11-watch-session.json'));
    expect(result.rejections).toEqual([]);
    expect(await samplesOf(userId)).toEqual([
      expect.objectContaining({
        metric: 'blood_pressure_systolic',
        value: 118,
        unit: 'mmHg',
        zone_offset: '+01:00',
        record_id: 'bp-4411-sys',
        parent_id: 'bp-4411',
        device_model: 'SM-R940',
      }),
    ]);

    const [stage] = await rows(t, 'SELECT * FROM sleep_stages WHERE user_id = $1', [userId]);
    expect(stage).toMatchObject({
      stage: 'light',
      parent_id: 'night-77',
      values: [{ type: 'sleepScore', value: 77, unit: 'score' }],
    });
    // One light stage 22:40–23:30 UTC: 50 min = 3000 s asleep out of 3000 s in bed; ends 00:30 local on the 6th.
    expect(await sessionsOf(userId)).toEqual([
      expect.objectContaining({
        session_key: 'p:night-77',
        parent_id: 'night-77',
        light_seconds: 3000,
        total_sleep_seconds: 3000,
        time_in_bed_seconds: 3000,
        efficiency: '100.00',
        day: '2026-03-06',
        is_nap: false,
        is_primary: true,
      }),
    ]);

    const [workout] = await workoutsOf(userId);
    expect(workout).toMatchObject({
      activity_type: 'running',
      vendor_type: 'RUNNING',
      notes: 'Easy loop along the river',
      record_id: 'run-310-s0',
      parent_id: 'run-310',
      zone_offset: '+01:00',
      start_at: new Date('2026-03-06T06:10:00Z'),
      end_at: new Date('2026-03-06T06:43:00Z'),
    });
    // Samsung sends the duration in ms: 1 980 000 ms = 1980 s.
    expect(workout!.statistics).toMatchObject({
      duration: 1980,
      active_energy: 288.2,
      distance: 4410,
      heart_rate_avg: 139.1,
      heart_rate_max: 171,
      heart_rate_min: 98,
      speed_avg: 1.7,
      speed_max: 3.4,
      elevation_gain: 38,
      elevation_loss: 36,
      vo2_max: 44.1,
    });
    expect(workout!.route).toEqual([
      {
        timestamp: '2026-03-06T06:11:00Z',
        latitude: 50.061947,
        longitude: 19.936856,
        altitudeM: 96,
        horizontalAccuracyM: 4,
        verticalAccuracyM: null,
      },
      {
        timestamp: '2026-03-06T06:12:00Z',
        latitude: 50.062611,
        longitude: 19.938102,
        altitudeM: 97.5,
        horizontalAccuracyM: 3,
        verticalAccuracyM: 2.5,
      },
    ]);
    expect(workout!.samples).toHaveLength(3);
  });

  it('normalizes a legacy iOS body: legacy source keys, legacy inBed stage, workout statistics', async () => {
    const { userId } = await newUser();
    const result = await normalize(t, userId, payload('ios-legacy-source-keys.json'));
    expect(result.rejections).toEqual([]);
    expect(result.sleep).toEqual({ received: 1, inserted: 1, updated: 0, duplicate: 0, rejected: 0 });
    expect(await samplesOf(userId)).toEqual([
      expect.objectContaining({
        metric: 'steps',
        value: 93,
        unit: 'count',
        zone_offset: null,
        start_at: new Date('2022-06-11T23:58:02Z'),
        end_at: new Date('2022-06-12T00:05:40Z'),
        device_model: 'iPhone12,1',
        device_type: 'phone',
      }),
    ]);
    const sources = await rows(t, 'SELECT device_model FROM data_sources WHERE user_id = $1', [userId]);
    expect(sources.map((s) => s.device_model).sort()).toEqual(['Watch6,1', 'iPhone12,1', 'iPhone14,2']);

    // A 6-second in-bed interval alone: time in bed but no sleep, so no efficiency.
    expect(await sessionsOf(userId)).toEqual([
      expect.objectContaining({
        in_bed_seconds: 6,
        time_in_bed_seconds: 6,
        total_sleep_seconds: 0,
        efficiency: null,
        is_primary: true,
        day: '2025-05-14',
      }),
    ]);

    const [workout] = await workoutsOf(userId);
    expect(workout).toMatchObject({ activity_type: 'walking', vendor_type: 'walking' });
    expect(workout!.statistics).toMatchObject({
      duration: 2011.5,
      active_energy: 152.3,
      basal_energy: 51.2,
      distance: 2480.9,
      heart_rate_min: 81,
      heart_rate_avg: 117.2,
      heart_rate_max: 138,
      elevation_gain: 12.4,
      weather_temperature: 9.4,
      weather_humidity: 71,
    });
  });

  it('converts the iOS 0.13 units and merges the iPhone in-bed night into the Watch session', async () => {
    const { userId } = await newUser();
    const result = await normalize(t, userId, payload('ios-0.13-sync.json'));
    expect(result.records).toEqual({
      received: 5,
      inserted: 5,
      updated: 0,
      duplicate: 0,
      rejected: 0,
      unknown: 0,
    });
    const samples = await samplesOf(userId);
    expect(samples.map((s) => [s.metric, s.value, s.unit, s.zone_offset])).toEqual([
      // 3.12 Cal (= kcal) over one minute
      ['active_energy', 3.12, 'kcal', null],
      // HealthKit sends body fat as a 0–1 fraction labelled %: 0.243 → 24.3 %
      ['body_fat_percentage', 24.3, '%', null],
      ['heart_rate', 64, 'bpm', null],
      ['menstrual_flow', 2, 'count', null],
      ['steps', 412, 'count', '+02:00'],
    ]);
    expect(samples.find((s) => s.metric === 'menstrual_flow')).toMatchObject({
      category: 'light',
      metadata: { HKMenstrualCycleStart: '1', HKWasUserEntered: '1' },
    });

    const sessions = await sessionsOf(userId);
    const phone = sessions.find((s) => s.device_type === 'phone');
    const watch = sessions.find((s) => s.device_type === 'watch');
    // iPhone in bed 21:40–05:10 = 27 000 s; Watch deep 22:31:30–22:58:00 = 1 590 s.
    expect(phone).toMatchObject({ is_primary: false, in_bed_seconds: 27000, total_sleep_seconds: 0 });
    expect(watch).toMatchObject({
      is_primary: true,
      deep_seconds: 1590,
      total_sleep_seconds: 1590,
      time_in_bed_seconds: 27000,
      // 1590 / 27000 = 5.888…%
      efficiency: '5.89',
      day: '2026-04-10',
      zone_offset: '+02:00',
      is_nap: false,
    });

    const [workout] = await workoutsOf(userId);
    expect(workout).toMatchObject({ activity_type: 'running', zone_offset: '+02:00' });
    expect(workout!.statistics).toMatchObject({
      duration: 1803.2,
      active_energy: 312.4,
      basal_energy: 41.9,
      distance: 5012.3,
      steps: 4980,
      heart_rate_avg: 151.6,
      power_avg: 241,
      elevation_gain: 35.2,
    });
  });

  it('normalizes the Health Connect 0.11 payload: series children, BP pair, Z offset, mL, kcal/day, laps', async () => {
    const { userId } = await newUser();
    const result = await normalize(t, userId, payload('health-connect-0.11-sync.json'));
    expect(result.records).toEqual({
      received: 8,
      inserted: 8,
      updated: 0,
      duplicate: 0,
      rejected: 0,
      unknown: 0,
    });
    const samples = await samplesOf(userId);
    expect(samples.map((s) => [s.metric, s.value, s.unit, s.zone_offset, s.record_id])).toEqual([
      ['basal_metabolic_rate', 1540, 'kcal/day', '+02:00', 'f1c6b8d0-6666-4c7f-8a51-0d1e2f3a4b05'],
      ['blood_pressure_diastolic', 79, 'mmHg', '+02:00', 'd9a4f6b8-4444-4a5d-8e3f-8b9c0d1e2f03-dia'],
      ['blood_pressure_systolic', 122, 'mmHg', '+02:00', 'd9a4f6b8-4444-4a5d-8e3f-8b9c0d1e2f03-sys'],
      ['heart_rate', 71, 'bpm', '+02:00', 'a3f1c9e2-1111-4d2b-9c0a-5e6f7a8b9c00-s0'],
      ['heart_rate', 74, 'bpm', '+02:00', 'a3f1c9e2-1111-4d2b-9c0a-5e6f7a8b9c00-s1'],
      ['heart_rate_variability_rmssd', 42.5, 'ms', '+02:00', 'c8f3e5a7-3333-4b4c-9d2e-7a8b9c0d1e02'],
      ['hydration', 250, 'mL', '+02:00', 'e0b5a7c9-5555-4b6e-9f40-9c0d1e2f3a04'],
      // Java's "Z" is stored as +00:00.
      ['steps', 1288, 'count', '+00:00', 'b7e2d4f6-2222-4c3a-8b1d-6f7a8b9c0d01'],
    ]);

    // light 21:55–22:40 and deep 22:40–23:25: 2700 s each, grouped by the HC session id.
    expect(await sessionsOf(userId)).toEqual([
      expect.objectContaining({
        session_key: 'p:1b2c3d4e-8888-4e91-8c73-2f3a4b5c6d07',
        light_seconds: 2700,
        deep_seconds: 2700,
        total_sleep_seconds: 5400,
        time_in_bed_seconds: 5400,
        efficiency: '100.00',
        day: '2026-04-10',
      }),
    ]);

    const [workout] = await workoutsOf(userId);
    expect(workout).toMatchObject({
      activity_type: 'running',
      title: 'Morning run',
      statistics: { duration: 1800 },
    });
    expect(workout!.laps).toEqual([
      { startDate: '2026-04-10T05:30:00Z', endDate: '2026-04-10T05:36:10Z', distanceM: 1000 },
    ]);
  });

  it('normalizes the Android 0.12 payload: power, speed, cadence, total calories and workout aggregates', async () => {
    const { userId } = await newUser();
    const result = await normalize(t, userId, payload('android-0.12-health-connect-sync.json'));
    expect(result.records).toMatchObject({ received: 4, inserted: 4, rejected: 0, unknown: 0 });
    const samples = await samplesOf(userId);
    expect(samples.map((s) => [s.metric, s.value, s.unit])).toEqual([
      ['cadence', 88, 'rpm'],
      ['power', 212, 'W'],
      ['speed', 8.4, 'm/s'],
      ['total_energy', 612.5, 'kcal'],
    ]);
    const [workout] = await workoutsOf(userId);
    expect(workout).toMatchObject({
      activity_type: 'cycling',
      title: 'Evening ride',
      // meanCadence arrives in rpm on a ride: pedalling cadence; totalCalories is total (not active) energy.
      statistics: {
        duration: 3600,
        distance: 28150,
        total_energy: 612.5,
        heart_rate_min: 96,
        heart_rate_avg: 138,
        heart_rate_max: 171,
        speed_avg: 7.82,
        speed_max: 12.4,
        power_avg: 205,
        cycling_cadence_avg: 86,
      },
      other_values: null,
    });
  });

  it('stores the iOS 0.15 workout route with the workout', async () => {
    const { userId } = await newUser();
    const body = payload('ios-0.15-sync-route.json');
    const result = await normalize(t, userId, body);
    expect(result.workouts).toMatchObject({ received: 1, inserted: 1, rejected: 0 });
    const [workout] = await workoutsOf(userId);
    const route = workout!.route as Record<string, unknown>[];
    expect(route).toHaveLength(24);
    expect(route[0]).toEqual({
      timestamp: '2026-10-04T06:10:00Z',
      latitude: 52.52,
      longitude: 13.405,
      altitudeM: 34,
      horizontalAccuracyM: 3.5,
      verticalAccuracyM: null,
    });
    expect(workout!.statistics).toMatchObject({ duration: 120, distance: 402.5, power_avg: 236 });
  });

  it('normalizes the Samsung 0.11 payload: mmol/L glucose, float noise, phone aggregate, unknown stat kept', async () => {
    const { userId } = await newUser();
    const result = await normalize(t, userId, payload('samsung-0.11-sync.json'));
    expect(result.rejections).toEqual([]);
    const samples = await samplesOf(userId);
    expect(samples.map((s) => [s.metric, s.value, s.unit])).toEqual([
      // 5.38 mmol/L × 18.0156 (glucose g/mol / 10) = 96.92…, stored in mg/dL
      ['blood_glucose', expect.closeTo(96.92, 2), 'mg/dL'],
      ['body_fat_percentage', 21.5, '%'],
      ['heart_rate', 68, 'bpm'],
      ['steps', 1532, 'count'],
      ['weight', 72.4000015258789, 'kg'],
    ]);
    expect(samples.find((s) => s.metric === 'steps')).toMatchObject({
      app_id: null,
      device_model: 'SM-S928B',
    });

    // light 14:10–15:00 UTC = 3000 s; 15:00 UTC is midnight in +09:00, so the night belongs to the 10th.
    expect(await sessionsOf(userId)).toEqual([
      expect.objectContaining({ light_seconds: 3000, total_sleep_seconds: 3000, day: '2026-04-10' }),
    ]);

    const [workout] = await workoutsOf(userId);
    expect(workout!.statistics).toMatchObject({
      duration: 2700,
      active_energy: 345.5,
      distance: 5234,
      heart_rate_avg: 142.3,
      heart_rate_max: 178,
      speed_avg: 1.94,
    });
    expect(workout!.other_values).toEqual([{ type: 'count', value: 6120, unit: '' }]);
  });

  it('reports every item of a replayed payload as a duplicate and writes nothing', async () => {
    const { userId } = await newUser();
    for (const file of [
      'samsung-0.11-watch-session.json',
      'ios-0.13-sync.json',
      'health-connect-0.11-sync.json',
    ]) {
      await normalize(t, userId, payload(file));
    }
    const before = await rows(t, 'SELECT id, updated_at FROM sleep_sessions WHERE user_id = $1 ORDER BY id', [
      userId,
    ]);
    const again = await normalize(t, userId, payload('ios-0.13-sync.json'));
    expect(again.records).toEqual({
      received: 5,
      inserted: 0,
      updated: 0,
      duplicate: 5,
      rejected: 0,
      unknown: 0,
    });
    expect(again.sleep).toEqual({ received: 2, inserted: 0, updated: 0, duplicate: 2, rejected: 0 });
    expect(again.workouts).toEqual({ received: 1, inserted: 0, updated: 0, duplicate: 1, rejected: 0 });
    expect(
      await rows(t, 'SELECT id, updated_at FROM sleep_sessions WHERE user_id = $1 ORDER BY id', [userId]),
    ).toEqual(before);
    const [{ count }] = await rows<{ count: string }>(t, 'SELECT count(*) FROM samples WHERE user_id = $1', [
      userId,
    ]);
    expect(Number(count)).toBe(14);
  });

  it('leaves nothing behind when the user is erased', async () => {
    const { userId } = await newUser();
    await normalize(t, userId, payload('ios-0.13-sync.json'));
    await t.db.query('DELETE FROM users WHERE id = $1', [userId]);
    for (const table of [
      'samples',
      'raw_records',
      'sleep_stages',
      'sleep_sessions',
      'workouts',
      'data_sources',
    ]) {
      const [{ count }] = await rows<{ count: string }>(
        t,
        `SELECT count(*) FROM ${table} WHERE user_id = $1`,
        [userId],
      );
      expect({ table, count: Number(count) }).toEqual({ table, count: 0 });
    }
  });
});
