import { describe, expect, it } from '@jest/globals';
import { chunksOf } from './sdk-client.js';
import { syntheticHealth, type SyntheticItem } from './synthetic-health.js';

const item = (dataType: string, startMs: number): SyntheticItem => ({
  collection: 'records',
  dataType,
  startMs,
  body: {},
});

describe('chunksOf (newest first, round robin over data types)', () => {
  it('takes each type newest first and alternates between the types until each runs out', () => {
    const items = [
      item('hr', 1),
      item('hr', 3),
      item('hr', 2),
      item('steps', 10),
      item('hr', 4),
      item('hr', 5),
    ];
    const chunks = chunksOf(items, 2).map((c) => [c.dataType, c.items.map((i) => i.startMs)]);
    expect(chunks).toEqual([
      ['hr', [5, 4]],
      ['steps', [10]],
      ['hr', [3, 2]],
      ['hr', [1]],
    ]);
  });

  it('never makes a chunk larger than asked, and loses nothing', () => {
    const items = syntheticHealth({ platform: 'ios', days: 2, now: new Date('2026-11-20T09:00:00Z') });
    const chunks = chunksOf(items, 333);
    expect(Math.max(...chunks.map((c) => c.items.length))).toBeLessThanOrEqual(333);
    expect(chunks.flatMap((c) => c.items)).toHaveLength(items.length);
    expect(new Set(chunks.flatMap((c) => c.items))).toEqual(new Set(items));
  });
});

describe('syntheticHealth', () => {
  const now = new Date('2026-11-20T09:00:00Z');

  it('is deterministic for a seed and differs between seeds', () => {
    const one = syntheticHealth({ platform: 'android', days: 2, now, seed: 3 });
    expect(syntheticHealth({ platform: 'android', days: 2, now, seed: 3 })).toEqual(one);
    expect(syntheticHealth({ platform: 'android', days: 2, now, seed: 4 })).not.toEqual(one);
  });

  it('covers whole local days before today: 288 heart rates a day, nightly sleep, a workout every other day', () => {
    const items = syntheticHealth({ platform: 'samsung', days: 4, now, utcOffsetMinutes: 60 });
    expect(items.filter((i) => i.dataType === 'heartRate')).toHaveLength(4 * 288);
    expect(items.filter((i) => i.collection === 'workouts')).toHaveLength(2);
    const newest = Math.max(...items.map((i) => i.startMs));
    // Today starts at 2026-11-19T23:00Z in +01:00: nothing of today is sent.
    expect(newest).toBeLessThan(Date.parse('2026-11-19T23:00:00Z'));
    const sleepStarts = items.filter((i) => i.collection === 'sleep').map((i) => i.startMs);
    expect(Math.min(...sleepStarts)).toBeGreaterThan(Date.parse('2026-11-15T20:00:00Z'));
  });

  it('speaks each platform’s type strings and ids', () => {
    const ios = syntheticHealth({ platform: 'ios', days: 1, now });
    expect(new Set(ios.filter((i) => i.collection === 'records').map((i) => i.body.type))).toEqual(
      new Set([
        'HKQuantityTypeIdentifierHeartRate',
        'HKQuantityTypeIdentifierStepCount',
        'HKQuantityTypeIdentifierActiveEnergyBurned',
      ]),
    );
    expect(ios.find((i) => i.collection === 'records')!.body.id).toMatch(/^[0-9A-F-]{36}$/);
    const android = syntheticHealth({ platform: 'android', days: 1, now });
    expect(new Set(android.filter((i) => i.collection === 'records').map((i) => i.body.type))).toEqual(
      new Set(['HEART_RATE', 'STEP_COUNT', 'ACTIVE_CALORIES_BURNED']),
    );
  });
});
