import { describe, expect, it } from '@jest/globals';
import {
  convertReadings,
  healthKitIdentifier,
  parseTutorialBody,
  readingProblem,
  shortNameOf,
} from './tutorial-readings.js';

describe('tutorial readings', () => {
  it('maps HealthKit short names and aliases to identifiers and back', () => {
    expect(healthKitIdentifier('stepCount')).toBe('HKQuantityTypeIdentifierStepCount');
    expect(healthKitIdentifier('bloodOxygen')).toBe('HKQuantityTypeIdentifierOxygenSaturation');
    expect(healthKitIdentifier('mindfulSession')).toBe('HKCategoryTypeIdentifierMindfulSession');
    expect(healthKitIdentifier('HKQuantityTypeIdentifierBodyMass')).toBe('HKQuantityTypeIdentifierBodyMass');
    expect(shortNameOf('HKQuantityTypeIdentifierActiveEnergyBurned')).toBe('activeEnergyBurned');
  });

  it('sends sleep to the sleep collection and keeps reading indexes for rejections', () => {
    const converted = convertReadings([
      { dataType: 'heartRate', value: 70, unit: 'count/min', startDate: '2026-01-01T00:00:00Z' },
      {
        dataType: 'sleepAnalysis',
        value: 3,
        startDate: '2026-01-01T01:00:00Z',
        endDate: '2026-01-01T02:00:00Z',
      },
      'junk',
      { dataType: 'bloodOxygen', value: 0.96, unit: '%', startDate: '2026-01-01T00:00:00Z' },
    ]);
    expect(converted.data.records).toHaveLength(2);
    expect(converted.data.records[0]).toMatchObject({
      type: 'HKQuantityTypeIdentifierHeartRate',
      unit: 'bpm',
      endDate: '2026-01-01T00:00:00Z',
    });
    expect(converted.data.records[1]).toMatchObject({ value: 96 });
    expect(converted.data.sleep).toEqual([expect.objectContaining({ stage: 'light' })]);
    expect(converted.recordIndex).toEqual([0, 3]);
    expect(converted.sleepIndex).toEqual([1]);
    expect(converted.refused).toEqual([
      { collection: 'readings', index: 2, reason: 'reading must be an object' },
    ]);
  });

  it('parses the envelope strictly and renames rejections to readings, refused ones included', () => {
    const sleep = { dataType: 'sleep', value: 4, startDate: '2026-01-01T01:00:00Z' };
    const push = parseTutorialBody({ userId: ' u-1 ', readings: ['x', sleep, sleep] });
    expect(push.externalUserId).toBe('u-1');
    expect(push.batch.itemCount).toBe(3);
    expect(push.batch.refusedBeforeNormalization).toBe(1);
    expect(push.batch.mapRejections?.([{ collection: 'sleep', index: 1, reason: 'bad' }])).toEqual([
      { collection: 'readings', index: 0, reason: 'reading must be an object' },
      { collection: 'readings', index: 2, reason: 'bad' },
    ]);
    expect(() => parseTutorialBody({ readings: [] })).toThrow(/userId/);
    expect(() => parseTutorialBody({ userId: 'u\u0000', readings: [] })).toThrow(/userId/);
    expect(() => parseTutorialBody({ userId: 'u', readings: {} })).toThrow(/readings/);
    expect(() => parseTutorialBody({ userId: 'u' })).toThrow(/readings/);
  });

  const valid = { dataType: 'heartRate', value: 70, unit: 'bpm', startDate: '2026-01-01T00:00:00Z' };

  it('counts as received only a known type with a finite value and dates that parse', () => {
    expect(readingProblem(valid)).toBeUndefined();
    expect(readingProblem({ ...valid, dataType: 'HKQuantityTypeIdentifierHeartRate' })).toBeUndefined();
    expect(readingProblem({ ...valid, dataType: 'steps' })).toBeUndefined();
    expect(readingProblem({ ...valid, endDate: '2026-01-01T00:01:00+01:00' })).toBeUndefined();
  });

  it.each([
    [{ ...valid, dataType: 'frobnication' }, /dataType 'frobnication' is not a supported type/],
    [{ ...valid, dataType: 'constructor' }, /not a supported type/],
    [{ ...valid, dataType: 'valueOf' }, /not a supported type/],
    [{ ...valid, dataType: '__proto__' }, /not a supported type/],
    [{ ...valid, dataType: 42 }, /dataType is required/],
    [{ ...valid, value: 'fast' }, /value must be a finite number/],
    [{ ...valid, value: null }, /value must be a finite number/],
    [{ ...valid, startDate: '2026-02-31T00:00:00Z' }, /startDate/],
    [{ ...valid, startDate: undefined }, /startDate/],
    [{ ...valid, endDate: 'tomorrow' }, /endDate/],
    [[valid], /must be an object/],
  ])('refuses %j', (reading, reason) => {
    expect(readingProblem(reading)).toMatch(reason);
  });
});
