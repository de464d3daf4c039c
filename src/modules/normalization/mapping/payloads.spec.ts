import { describe, expect, it } from '@jest/globals';
import { sdkFixture, sdkFixtureNames } from '../../../../test/fixtures/sdk-fixtures.js';
import { parseDeletion, parseRecord, parseSleep, parseWorkout } from './index.js';
import type { Provider } from './parsed-items.js';

interface Counts {
  samples: number;
  unknown: number;
  rejectedRecords: number;
  sleep: number;
  rejectedSleep: number;
  workouts: number;
  rejectedWorkouts: number;
}

/** Read off the payload files by hand: every item of every sync body is a valid, known item. */
const EXPECTED: Record<string, Counts> = {
  'android-0.12-health-connect-sync.json': {
    samples: 4,
    unknown: 0,
    rejectedRecords: 0,
    sleep: 0,
    rejectedSleep: 0,
    workouts: 1,
    rejectedWorkouts: 0,
  },
  'ios-0.15-sync-route.json': {
    samples: 2,
    unknown: 0,
    rejectedRecords: 0,
    sleep: 0,
    rejectedSleep: 0,
    workouts: 1,
    rejectedWorkouts: 0,
  },
  'samsung-0.11-single-heart-rate.json': {
    samples: 1,
    unknown: 0,
    rejectedRecords: 0,
    sleep: 0,
    rejectedSleep: 0,
    workouts: 0,
    rejectedWorkouts: 0,
  },
  'samsung-0.11-watch-session.json': {
    samples: 1,
    unknown: 0,
    rejectedRecords: 0,
    sleep: 1,
    rejectedSleep: 0,
    workouts: 1,
    rejectedWorkouts: 0,
  },
  'ios-legacy-source-keys.json': {
    samples: 1,
    unknown: 0,
    rejectedRecords: 0,
    sleep: 1,
    rejectedSleep: 0,
    workouts: 1,
    rejectedWorkouts: 0,
  },
  'health-connect-0.11-sync.json': {
    samples: 8,
    unknown: 0,
    rejectedRecords: 0,
    sleep: 2,
    rejectedSleep: 0,
    workouts: 1,
    rejectedWorkouts: 0,
  },
  'ios-0.13-sync.json': {
    samples: 5,
    unknown: 0,
    rejectedRecords: 0,
    sleep: 2,
    rejectedSleep: 0,
    workouts: 1,
    rejectedWorkouts: 0,
  },
  'samsung-0.11-sync.json': {
    samples: 5,
    unknown: 0,
    rejectedRecords: 0,
    sleep: 1,
    rejectedSleep: 0,
    workouts: 1,
    rejectedWorkouts: 0,
  },
};

interface SyncBody {
  provider: Provider;
  data: { records?: unknown[]; sleep?: unknown[]; workouts?: unknown[]; deleted?: unknown[] };
}

function isSyncBody(body: unknown): body is SyncBody {
  return typeof body === 'object' && body !== null && 'data' in body && typeof body.data === 'object';
}

const bodies = sdkFixtureNames()
  .map((file) => ({ file, body: sdkFixture<unknown>(file) }))
  .filter((entry): entry is { file: string; body: SyncBody } => isSyncBody(entry.body));

function parseAll({ provider, data }: SyncBody): Counts {
  const records = (data.records ?? []).map((item, index) => parseRecord(provider, item, index));
  const sleep = (data.sleep ?? []).map((item, index) => parseSleep(provider, item, index));
  const workouts = (data.workouts ?? []).map((item, index) => parseWorkout(provider, item, index));
  for (const [index, item] of (data.deleted ?? []).entries())
    expect(parseDeletion(item, index).ok).toBe(true);
  return {
    samples: records.filter((result) => result.ok && result.item.kind === 'sample').length,
    unknown: records.filter((result) => result.ok && result.item.kind === 'unknown').length,
    rejectedRecords: records.filter((result) => !result.ok).length,
    sleep: sleep.filter((result) => result.ok).length,
    rejectedSleep: sleep.filter((result) => !result.ok).length,
    workouts: workouts.filter((result) => result.ok).length,
    rejectedWorkouts: workouts.filter((result) => !result.ok).length,
  };
}

describe('SDK wire fixtures', () => {
  it('knows the expected counts of exactly the sync bodies among the fixtures', () => {
    expect(bodies.map(({ file }) => file).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(bodies)('parses every item of $file', ({ file, body }) => {
    expect(parseAll(body)).toEqual(EXPECTED[file]);
  });

  it('reads the iOS 0.13 body in canonical units', () => {
    const { body } = bodies.find(({ file }) => file === 'ios-0.13-sync.json')!;
    const values = body.data.records!.map((item, index) => {
      const result = parseRecord(body.provider, item, index);
      return result.ok && result.item.kind === 'sample'
        ? [result.item.metric, result.item.value, result.item.unit]
        : null;
    });
    expect(values).toEqual([
      ['heart_rate', 64, 'bpm'],
      ['steps', 412, 'count'],
      ['active_energy', 3.12, 'kcal'],
      ['body_fat_percentage', 24.3, '%'],
      ['menstrual_flow', 2, 'count'],
    ]);
    const sleep = body.data.sleep!.map((item, index) => parseSleep(body.provider, item, index));
    expect(sleep.map((result) => result.ok && result.item.stage)).toEqual(['in_bed', 'deep']);
  });

  it('reads the legacy Apple body: inBed stage, legacy source keys, boolean statistic', () => {
    const { body } = bodies.find(({ file }) => file === 'ios-legacy-source-keys.json')!;
    expect(parseSleep(body.provider, body.data.sleep![0], 0)).toMatchObject({
      ok: true,
      item: { stage: 'in_bed', vendorType: 'inBed' },
    });
    expect(parseWorkout(body.provider, body.data.workouts![0], 0)).toMatchObject({
      ok: true,
      item: {
        activityType: 'walking',
        source: { appId: 'com.apple.health', deviceModel: 'Watch6,1', deviceType: 'watch' },
        statistics: {
          duration: 2011.5,
          active_energy: 152.3,
          basal_energy: 51.2,
          indoor: 0,
          weather_humidity: 71,
          mets_avg: 1.8,
        },
        otherValues: [],
      },
    });
  });

  it('reads the Health Connect body: RMSSD, Z offsets, BMR as a rate, hydration in mL', () => {
    const { body } = bodies.find(({ file }) => file === 'health-connect-0.11-sync.json')!;
    const results = body.data.records!.map((item, index) => parseRecord(body.provider, item, index));
    expect(results.map((result) => result.ok && result.item.kind === 'sample' && result.item.metric)).toEqual(
      [
        'heart_rate',
        'heart_rate',
        'steps',
        'heart_rate_variability_rmssd',
        'blood_pressure_systolic',
        'blood_pressure_diastolic',
        'hydration',
        'basal_metabolic_rate',
      ],
    );
    expect(results[2]).toMatchObject({ ok: true, item: { zoneOffset: '+00:00' } });
  });
});
