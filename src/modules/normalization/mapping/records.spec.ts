import { describe, expect, it } from '@jest/globals';
import { parseRecord } from './index.js';

function record(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '6B1D7E3A-0C55-4C1B-9F0E-2B7A3C9D1E01',
    type: 'HKQuantityTypeIdentifierHeartRate',
    startDate: '2026-04-10T07:15:02Z',
    endDate: '2026-04-10T07:15:02Z',
    zoneOffset: null,
    source: { appId: 'com.apple.health', deviceModel: 'Watch6,18', deviceType: 'watch' },
    value: 64,
    unit: 'bpm',
    parentId: null,
    metadata: { HKMetadataKeyHeartRateMotionContext: '1' },
    ...extra,
  };
}

function reasonFor(
  extra: Record<string, unknown>,
  provider: 'apple' | 'google' | 'samsung' = 'apple',
): string | undefined {
  const result = parseRecord(provider, record(extra), 7);
  return result.ok ? undefined : result.rejection.reason;
}

describe('parseRecord', () => {
  it('parses a HealthKit sample with its times, zone, source and metadata', () => {
    const result = parseRecord('apple', record({ zoneOffset: '+02:00' }), 0);
    expect(result).toEqual({
      ok: true,
      item: expect.objectContaining({
        kind: 'sample',
        metric: 'heart_rate',
        value: 64,
        unit: 'bpm',
        recordId: '6B1D7E3A-0C55-4C1B-9F0E-2B7A3C9D1E01',
        parentId: null,
        start: new Date('2026-04-10T07:15:02Z'),
        end: new Date('2026-04-10T07:15:02Z'),
        zoneOffset: '+02:00',
        metadata: { HKMetadataKeyHeartRateMotionContext: '1' },
        vendorType: 'HKQuantityTypeIdentifierHeartRate',
        vendorValue: 64,
        vendorUnit: 'bpm',
      }),
    });
  });

  it('keeps a record of an unknown type as a raw record', () => {
    const result = parseRecord(
      'apple',
      record({ type: 'HKQuantityTypeIdentifierSomethingNew', value: 3, unit: 'count' }),
      5,
    );
    expect(result).toMatchObject({
      ok: true,
      item: {
        kind: 'unknown',
        vendorType: 'HKQuantityTypeIdentifierSomethingNew',
        value: 3,
        unit: 'count',
        index: 5,
      },
    });
  });

  it('keeps an unknown record whose value iOS could not read (null)', () => {
    const result = parseRecord(
      'apple',
      record({ type: 'HKCategoryTypeIdentifierHighHeartRateEvent', value: null, unit: null }),
      0,
    );
    expect(result).toMatchObject({ ok: true, item: { kind: 'unknown', value: null, unit: null } });
  });

  it('accepts an Android type sent under another provider, since the vocabularies never overlap', () => {
    const result = parseRecord('apple', record({ type: 'HEART_RATE' }), 0);
    expect(result).toMatchObject({ ok: true, item: { kind: 'sample', metric: 'heart_rate' } });
  });

  it('accepts timestamps with milliseconds and with offsets', () => {
    const result = parseRecord(
      'google',
      record({
        type: 'STEP_COUNT',
        startDate: '2026-04-10T08:00:00.250+02:00',
        endDate: '2026-04-10T06:15:00.000Z',
        value: 10,
        unit: 'count',
      }),
      0,
    );
    expect(result).toMatchObject({
      ok: true,
      item: { start: new Date('2026-04-10T06:00:00.250Z'), end: new Date('2026-04-10T06:15:00Z') },
    });
  });

  it.each([
    [
      { unit: 'furlong', type: 'HKQuantityTypeIdentifierActiveEnergyBurned' },
      "unit 'furlong' cannot be converted to kcal for active_energy",
    ],
    [{ value: 812 }, 'value 812 outside 20–300 for heart_rate'],
    [{ value: 12 }, 'value 12 outside 20–300 for heart_rate'],
    [{ unit: 'kg' }, "unit 'kg' cannot be converted to bpm for heart_rate"],
    [
      { type: 'HKQuantityTypeIdentifierCyclingCadence', value: 170, unit: 'spm' },
      "unit 'spm' cannot be converted to rpm for cadence",
    ],
    [
      { type: 'HKQuantityTypeIdentifierBasalEnergyBurned', value: 1700, unit: 'kcal/day' },
      "unit 'kcal/day' cannot be converted to kcal for basal_energy",
    ],
    [
      { type: 'HKQuantityTypeIdentifierBodyFatPercentage', value: 21.5, unit: '%' },
      'value 2150 outside 1–80 for body_fat_percentage',
    ],
    [
      { type: 'HKCategoryTypeIdentifierMenstrualFlow', value: 9, unit: null },
      'value 9 is not a menstrual_flow category (1, 2, 3, 4, 5)',
    ],
    [
      { type: 'HKCategoryTypeIdentifierMenstrualFlow', value: 2, unit: 'kg' },
      "unit 'kg' cannot be converted to count for menstrual_flow",
    ],
    [{ value: null }, 'missing value for heart_rate'],
    [{ value: '64' }, "value '64' is not a finite number"],
    [{ value: Number.NaN }, 'value NaN is not a finite number'],
    [{ type: undefined }, 'missing type'],
    [{ type: '  ' }, 'missing type'],
    [{ startDate: undefined }, 'missing startDate'],
    [{ endDate: '' }, 'missing endDate'],
    [
      { startDate: '2026-04-10 07:15:02' },
      "startDate '2026-04-10 07:15:02' is not an ISO-8601 timestamp with a zone",
    ],
    [
      { startDate: '2026-04-10T07:15:02' },
      "startDate '2026-04-10T07:15:02' is not an ISO-8601 timestamp with a zone",
    ],
    [
      { startDate: '2026-02-30T07:15:02Z' },
      "startDate '2026-02-30T07:15:02Z' is not an ISO-8601 timestamp with a zone",
    ],
    [{ endDate: 1712733302 }, 'endDate 1712733302 is not an ISO-8601 timestamp with a zone'],
    [
      { startDate: '2026-04-10T07:16:00Z' },
      'startDate 2026-04-10T07:16:00Z is after endDate 2026-04-10T07:15:02Z',
    ],
    [{ zoneOffset: '+0100' }, "zoneOffset '+0100' is not Z, ±HH:MM or ±HH:MM:SS"],
    [{ zoneOffset: 'UTC' }, "zoneOffset 'UTC' is not Z, ±HH:MM or ±HH:MM:SS"],
    [{ zoneOffset: '+25:00' }, "zoneOffset '+25:00' is not Z, ±HH:MM or ±HH:MM:SS"],
    [{ zoneOffset: 120 }, 'zoneOffset 120 is not Z, ±HH:MM or ±HH:MM:SS'],
    [{ id: { uuid: 'x' } }, 'id must be a string, got an object'],
    [{ id: 'x'.repeat(256) }, 'id is longer than 255 characters'],
  ])('rejects %j with a reason', (extra, reason) => {
    expect(reasonFor(extra)).toBe(reason);
  });

  it('reports the collection, index and type of a rejected record', () => {
    expect(parseRecord('apple', record({ value: 812 }), 7)).toEqual({
      ok: false,
      rejection: {
        collection: 'records',
        index: 7,
        type: 'HKQuantityTypeIdentifierHeartRate',
        reason: 'value 812 outside 20–300 for heart_rate',
      },
    });
  });

  it.each([null, 42, 'text', [1, 2]])(
    'rejects a record that is not an object (%j) without throwing',
    (raw) => {
      expect(parseRecord('apple', raw, 0)).toEqual({
        ok: false,
        rejection: {
          collection: 'records',
          index: 0,
          reason: expect.stringMatching(/^record must be an object, got /),
        },
      });
    },
  );

  it.each([
    ['Z', '+00:00'],
    ['+00:00', '+00:00'],
    ['-00:00', '+00:00'],
    ['+02:00', '+02:00'],
    ['-05:30', '-05:30'],
    ['+05:45:00', '+05:45'],
    [null, null],
    [undefined, null],
  ])('normalises zoneOffset %j to %j', (zoneOffset, expected) => {
    expect(parseRecord('google', record({ zoneOffset }), 0)).toMatchObject({
      ok: true,
      item: { zoneOffset: expected },
    });
  });

  it('rejects a zoneOffset with non-zero seconds', () => {
    expect(reasonFor({ zoneOffset: '+05:53:28' })).toBe(
      "zoneOffset '+05:53:28' is not Z, ±HH:MM or ±HH:MM:SS",
    );
  });

  it('stringifies non-string metadata values and drops nulls', () => {
    const result = parseRecord(
      'google',
      record({ metadata: { method: 'rmssd', count: 3, flag: true, none: null, nested: { a: 1 } } }),
      0,
    );
    expect(result).toMatchObject({
      ok: true,
      item: { metadata: { method: 'rmssd', count: '3', flag: 'true', nested: '{"a":1}' } },
    });
  });
});
