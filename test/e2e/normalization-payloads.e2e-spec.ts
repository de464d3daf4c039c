import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { seedTenant, seedUser, type SeededApplication } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';
import { normalize, PAYLOADS, payload, rows } from './normalization-helpers.js';

const SAMPLE_COLUMNS = `s.metric, s.value, s.unit, s.category, s.zone_offset, s.record_id, s.parent_id,
  s.start_at, s.end_at, s.metadata, s.deleted_at, d.device_model, d.device_type, d.app_id`;

describe('NormalizationService with the shared SDK payloads', () => {
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

  it('covers every sync body among the shared payloads', () => {
    const files = readdirSync(PAYLOADS, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.json'))
      .filter((f) => {
        const body = JSON.parse(readFileSync(path.join(PAYLOADS, f), 'utf8'));
        return typeof body.provider === 'string' && typeof body.data === 'object' && body.data !== null;
      })
      .sort();
    expect(files).toEqual([
      'android-sdk-readme-sync-payload.json',
      'backend-schema-example-samsung-sync.json',
      'backend-test-apple-sdk-import.json',
      'constructed/health-connect-0.11-sync-payload.json',
      'constructed/ios-0.13-sync-payload.json',
      'constructed/samsung-0.11-sync-payload.json',
    ]);
  });

  it('stores the Android README heart rate with its watch source', async () => {
    const { userId } = await newUser();
    const result = await normalize(t, userId, payload('android-sdk-readme-sync-payload.json'));
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
        value: 72,
        unit: 'bpm',
        zone_offset: null,
        record_id: 'abc-123',
        start_at: new Date('2025-01-15T10:00:00Z'),
        end_at: new Date('2025-01-15T10:00:00Z'),
        device_model: 'Galaxy Watch 6',
        device_type: 'watch',
        app_id: 'com.samsung.health',
      }),
    ]);
  });

  it('normalizes the upstream Samsung schema example: BP child, scored sleep stage, workout with route and samples', async () => {
    const { userId } = await newUser();
    const result = await normalize(t, userId, payload('backend-schema-example-samsung-sync.json'));
    expect(result.rejections).toEqual([]);
    expect(await samplesOf(userId)).toEqual([
      expect.objectContaining({
        metric: 'blood_pressure_systolic',
        value: 122,
        unit: 'mmHg',
        zone_offset: '+01:00',
        record_id: 'abc-xyz-123-sys',
        parent_id: 'abc-xyz-123',
        device_model: 'SM-R960',
      }),
    ]);

    const [stage] = await rows(t, 'SELECT * FROM sleep_stages WHERE user_id = $1', [userId]);
    expect(stage).toMatchObject({
      stage: 'light',
      parent_id: 'slp-001',
      values: [{ type: 'sleepScore', value: 82, unit: 'score' }],
    });
    // One light stage 23:10–00:00 UTC: 50 min = 3000 s asleep out of 3000 s in bed; ends 01:00 local on the 24th.
    expect(await sessionsOf(userId)).toEqual([
      expect.objectContaining({
        session_key: 'p:slp-001',
        parent_id: 'slp-001',
        light_seconds: 3000,
        total_sleep_seconds: 3000,
        time_in_bed_seconds: 3000,
        efficiency: '100.00',
        day: '2026-02-24',
        is_nap: false,
        is_primary: true,
      }),
    ]);

    const [workout] = await workoutsOf(userId);
    expect(workout).toMatchObject({
      activity_type: 'running',
      vendor_type: 'RUNNING',
      notes: 'Morning run in the park',
      record_id: 'wrk-001-s0',
      parent_id: 'wrk-001',
      zone_offset: '+01:00',
      start_at: new Date('2026-02-24T06:00:00Z'),
      end_at: new Date('2026-02-24T06:45:00Z'),
    });
    // Samsung sends the duration in ms: 2 700 000 ms = 2700 s.
    expect(workout!.statistics).toMatchObject({
      duration: 2700,
      active_energy: 345.5,
      distance: 5234,
      heart_rate_avg: 142.3,
      heart_rate_max: 178,
      heart_rate_min: 95,
      speed_avg: 1.5,
      speed_max: 3.2,
      elevation_gain: 45,
      elevation_loss: 42,
      vo2_max: 42.5,
    });
    expect(workout!.route).toEqual([
      {
        timestamp: '2026-02-24T06:01:00Z',
        latitude: 52.229676,
        longitude: 21.012229,
        altitudeM: 142,
        horizontalAccuracyM: 3.5,
        verticalAccuracyM: null,
      },
    ]);
    expect(workout!.samples).toHaveLength(3);
  });

  it('normalizes the upstream Apple import test: legacy source keys, legacy inBed stage, workout statistics', async () => {
    const { userId } = await newUser();
    const result = await normalize(t, userId, payload('backend-test-apple-sdk-import.json'));
    expect(result.rejections).toEqual([]);
    expect(result.sleep).toEqual({ received: 1, inserted: 1, updated: 0, duplicate: 0, rejected: 0 });
    expect(await samplesOf(userId)).toEqual([
      expect.objectContaining({
        metric: 'steps',
        value: 66,
        unit: 'count',
        zone_offset: null,
        start_at: new Date('2022-05-28T23:56:11Z'),
        end_at: new Date('2022-05-29T00:02:58Z'),
        device_model: 'iPhone10,5',
        device_type: 'phone',
      }),
    ]);
    const sources = await rows(t, 'SELECT device_model FROM data_sources WHERE user_id = $1', [userId]);
    expect(sources.map((s) => s.device_model).sort()).toEqual(['Watch7,5', 'iPhone10,5', 'iPhone15,2']);

    // A 4-second in-bed interval alone: time in bed but no sleep, so no efficiency.
    expect(await sessionsOf(userId)).toEqual([
      expect.objectContaining({
        in_bed_seconds: 4,
        time_in_bed_seconds: 4,
        total_sleep_seconds: 0,
        efficiency: null,
        is_primary: true,
        day: '2025-04-02',
      }),
    ]);

    const [workout] = await workoutsOf(userId);
    expect(workout).toMatchObject({ activity_type: 'walking', vendor_type: 'walking' });
    expect(workout!.statistics).toMatchObject({
      duration: 1683.27,
      active_energy: 131.41,
      basal_energy: 48.59,
      distance: 2165.35,
      heart_rate_min: 77,
      heart_rate_avg: 121.49,
      heart_rate_max: 141,
      elevation_gain: 15.57,
      weather_temperature: 11.19,
      weather_humidity: 66,
    });
  });

  it('converts the iOS 0.13 units and merges the iPhone in-bed night into the Watch session', async () => {
    const { userId } = await newUser();
    const result = await normalize(t, userId, payload('constructed/ios-0.13-sync-payload.json'));
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
    const result = await normalize(t, userId, payload('constructed/health-connect-0.11-sync-payload.json'));
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

  it('normalizes the Samsung 0.11 payload: mmol/L glucose, float noise, phone aggregate, unknown stat kept', async () => {
    const { userId } = await newUser();
    const result = await normalize(t, userId, payload('constructed/samsung-0.11-sync-payload.json'));
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
      'backend-schema-example-samsung-sync.json',
      'constructed/ios-0.13-sync-payload.json',
      'constructed/health-connect-0.11-sync-payload.json',
    ]) {
      await normalize(t, userId, payload(file));
    }
    const before = await rows(t, 'SELECT id, updated_at FROM sleep_sessions WHERE user_id = $1 ORDER BY id', [
      userId,
    ]);
    const again = await normalize(t, userId, payload('constructed/ios-0.13-sync-payload.json'));
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
    await normalize(t, userId, payload('constructed/ios-0.13-sync-payload.json'));
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
