import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDeletion, parseRecord, parseSleep, parseWorkout } from './index.js';
import type { Provider } from './types.js';

/** The shared wire corpus sits next to the repository (`/work/shared/payloads`); override for other layouts. */
const PAYLOADS_DIR = process.env.WEARBRIDGE_PAYLOADS_DIR ?? path.resolve(process.cwd(), '../shared/payloads');

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
  'android-sdk-readme-sync-payload.json': {
    samples: 1,
    unknown: 0,
    rejectedRecords: 0,
    sleep: 0,
    rejectedSleep: 0,
    workouts: 0,
    rejectedWorkouts: 0,
  },
  'backend-schema-example-samsung-sync.json': {
    samples: 1,
    unknown: 0,
    rejectedRecords: 0,
    sleep: 1,
    rejectedSleep: 0,
    workouts: 1,
    rejectedWorkouts: 0,
  },
  'backend-test-apple-sdk-import.json': {
    samples: 1,
    unknown: 0,
    rejectedRecords: 0,
    sleep: 1,
    rejectedSleep: 0,
    workouts: 1,
    rejectedWorkouts: 0,
  },
  'constructed/health-connect-0.11-sync-payload.json': {
    samples: 8,
    unknown: 0,
    rejectedRecords: 0,
    sleep: 2,
    rejectedSleep: 0,
    workouts: 1,
    rejectedWorkouts: 0,
  },
  'constructed/ios-0.13-sync-payload.json': {
    samples: 5,
    unknown: 0,
    rejectedRecords: 0,
    sleep: 2,
    rejectedSleep: 0,
    workouts: 1,
    rejectedWorkouts: 0,
  },
  'constructed/samsung-0.11-sync-payload.json': {
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

function jsonFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return jsonFiles(path.join(dir, entry.name), relative);
    return entry.name.endsWith('.json') ? [relative] : [];
  });
}

function isSyncBody(body: unknown): body is SyncBody {
  return typeof body === 'object' && body !== null && 'data' in body && typeof body.data === 'object';
}

const bodies = jsonFiles(PAYLOADS_DIR)
  .map((file) => ({ file, body: JSON.parse(readFileSync(path.join(PAYLOADS_DIR, file), 'utf8')) as unknown }))
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

describe('Shared wire payloads', () => {
  it('knows the expected counts of exactly the sync bodies in the corpus', () => {
    expect(bodies.map(({ file }) => file).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(bodies)('parses every item of $file', ({ file, body }) => {
    expect(parseAll(body)).toEqual(EXPECTED[file]);
  });

  it('reads the iOS 0.13 body in canonical units', () => {
    const { body } = bodies.find(({ file }) => file === 'constructed/ios-0.13-sync-payload.json')!;
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
    const { body } = bodies.find(({ file }) => file === 'backend-test-apple-sdk-import.json')!;
    expect(parseSleep(body.provider, body.data.sleep![0], 0)).toMatchObject({
      ok: true,
      item: { stage: 'in_bed', vendorType: 'inBed' },
    });
    expect(parseWorkout(body.provider, body.data.workouts![0], 0)).toMatchObject({
      ok: true,
      item: {
        activityType: 'walking',
        source: { appId: 'com.apple.health', deviceModel: 'Watch7,5', deviceType: 'watch' },
        statistics: {
          duration: 1683.27,
          active_energy: 131.41,
          basal_energy: 48.59,
          indoor: 0,
          weather_humidity: 66,
          mets_avg: 1.6,
        },
        otherValues: [],
      },
    });
  });

  it('reads the Health Connect body: RMSSD, Z offsets, BMR as a rate, hydration in mL', () => {
    const { body } = bodies.find(({ file }) => file === 'constructed/health-connect-0.11-sync-payload.json')!;
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
