import { describe, expect, it } from '@jest/globals';
import { convertReadings, healthKitIdentifier, parseTutorialBody, shortNameOf } from './tutorial-readings.js';

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
    expect(converted.data.records).toHaveLength(3);
    expect(converted.data.records[0]).toMatchObject({
      type: 'HKQuantityTypeIdentifierHeartRate',
      unit: 'bpm',
      endDate: '2026-01-01T00:00:00Z',
    });
    expect(converted.data.records[2]).toMatchObject({ value: 96 });
    expect(converted.data.sleep).toEqual([expect.objectContaining({ stage: 'light' })]);
    expect(converted.recordIndex).toEqual([0, 2, 3]);
    expect(converted.sleepIndex).toEqual([1]);
  });

  it('parses the envelope strictly and renames rejections to readings', () => {
    const push = parseTutorialBody({ userId: ' u-1 ', readings: [{ dataType: 'sleep', value: 9 }, 'x'] });
    expect(push.externalUserId).toBe('u-1');
    expect(push.batch.itemCount).toBe(2);
    expect(push.batch.mapRejections?.([{ collection: 'records', index: 0, reason: 'bad' }])).toEqual([
      { collection: 'readings', index: 1, reason: 'bad' },
    ]);
    expect(() => parseTutorialBody({ readings: [] })).toThrow(/userId/);
    expect(() => parseTutorialBody({ userId: 'u', readings: {} })).toThrow(/readings/);
  });
});
