import { describe, expect, it } from '@jest/globals';
import { categoryValue, sleepStage } from './category-values.js';
import { exportItemId } from './export-identity.js';
import {
  convertRecord,
  convertWorkout,
  exportUnit,
  workoutType,
  type ExportElement,
} from './export-items.js';
import { deviceIdentity, exportSource, parseDevice } from './export-source.js';
import { parseExportTime, zoneOffsetAt } from './export-time.js';

function element(
  name: string,
  attributes: Record<string, string>,
  metadata: Record<string, string> | null = null,
  children: ExportElement[] = [],
): ExportElement {
  return { name, attributes, line: 1, metadata, children };
}

const AT = { startDate: '2021-07-01 10:00:00 +0200', endDate: '2021-07-01 10:30:00 +0200' };

describe('parseExportTime', () => {
  it('reads the export format as a UTC instant with the offset kept', () => {
    expect(parseExportTime('2020-11-03 07:18:00 +0100')).toEqual({
      instant: new Date('2020-11-03T06:18:00Z'),
      utc: '2020-11-03T06:18:00Z',
      offset: '+01:00',
    });
    expect(parseExportTime('2020-11-03 01:18:00 -0530')?.utc).toBe('2020-11-03T06:48:00Z');
    expect(parseExportTime('2020-11-03 06:18:00 -0000')?.offset).toBe('+00:00');
    expect(parseExportTime('2020-02-29 12:00:00 +0000')?.utc).toBe('2020-02-29T12:00:00Z');
  });

  it('refuses impossible dates and other spellings', () => {
    for (const value of [
      '2021-02-29 12:00:00 +0000',
      '2020-13-01 12:00:00 +0000',
      '2020-11-03 24:00:00 +0100',
      '2020-11-03 07:60:00 +0100',
      '2020-11-03 07:18:00 +2500',
      '1850-01-01 00:00:00 +0000',
      '2020-11-03T07:18:00+01:00',
      '2020-11-03 07:18 +0100',
      '',
    ]) {
      expect({ value, parsed: parseExportTime(value) }).toEqual({ value, parsed: null });
    }
    expect(parseExportTime(undefined)).toBeNull();
  });

  it('gives the offset of an IANA zone at an instant, with daylight saving time', () => {
    expect(zoneOffsetAt('Europe/Berlin', new Date('2021-01-15T12:00:00Z'))).toBe('+01:00');
    expect(zoneOffsetAt('Europe/Berlin', new Date('2021-07-15T12:00:00Z'))).toBe('+02:00');
    expect(zoneOffsetAt('America/St_Johns', new Date('2021-01-15T12:00:00Z'))).toBe('-03:30');
    expect(zoneOffsetAt('UTC', new Date('2021-01-15T12:00:00Z'))).toBe('+00:00');
    expect(zoneOffsetAt('Mars/Olympus_Mons', new Date())).toBeNull();
  });
});

describe('device strings', () => {
  it('parses every field, commas in the hardware id included', () => {
    const device =
      '<<HKDevice: 0x283a8c1e0>, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,2, software:9.1>';
    expect(parseDevice(device)).toEqual({
      name: 'Apple Watch',
      manufacturer: 'Apple Inc.',
      model: 'Watch',
      hardware: 'Watch6,2',
      software: '9.1',
    });
    expect(deviceIdentity(device)).toBe(
      'name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,2, software:9.1',
    );
    expect(deviceIdentity(device.replace('0x283a8c1e0', '0x1'))).toBe(deviceIdentity(device));
  });

  it('reads third-party devices with only some fields', () => {
    expect(
      parseDevice(
        '<<HKDevice: 0x28163a170>, name:Polar H10, manufacturer:Polar Electro Oy, localIdentifier:ABC>',
      ),
    ).toEqual({
      name: 'Polar H10',
      manufacturer: 'Polar Electro Oy',
      model: null,
      hardware: null,
      software: null,
    });
    expect(
      exportSource('Polar Beat', '<<HKDevice: 0x1>, name:Polar H10, manufacturer:Polar Electro Oy>'),
    ).toEqual({
      appId: null,
      name: 'Polar Beat',
      deviceId: null,
      deviceName: 'Polar H10',
      deviceManufacturer: 'Polar Electro Oy',
      deviceModel: null,
      deviceType: null,
      recordingMethod: null,
    });
    expect(parseDevice(undefined)).toBeNull();
    expect(parseDevice('')).toBeNull();
  });
});

describe('category values and sleep stages', () => {
  it('maps HealthKit value names to their raw integers', () => {
    expect(categoryValue('HKCategoryValueNotApplicable')).toBe(0);
    expect(categoryValue('HKCategoryValueMenstrualFlowHeavy')).toBe(4);
    expect(categoryValue('HKCategoryValueCervicalMucusQualityEggWhite')).toBe(5);
    expect(categoryValue('HKCategoryValueOvulationTestResultPositive')).toBe(2);
    expect(categoryValue('HKCategoryValueAppleStandHourIdle')).toBe(1);
    expect(categoryValue('HKCategoryValueSeverityModerate')).toBe(3);
    expect(categoryValue('2')).toBe(2);
    expect(categoryValue('HKCategoryValueSomethingNew')).toBeNull();
  });

  it('maps sleep analysis values to the SDK stage strings', () => {
    expect(
      [
        'HKCategoryValueSleepAnalysisInBed',
        'HKCategoryValueSleepAnalysisAsleep',
        'HKCategoryValueSleepAnalysisAsleepUnspecified',
        'HKCategoryValueSleepAnalysisAwake',
        'HKCategoryValueSleepAnalysisAsleepCore',
        'HKCategoryValueSleepAnalysisAsleepDeep',
        'HKCategoryValueSleepAnalysisAsleepREM',
        'HKCategoryValueSleepAnalysisSomethingNew',
      ].map(sleepStage),
    ).toEqual(['in_bed', 'sleeping', 'sleeping', 'awake', 'light', 'deep', 'rem', 'unknown']);
  });
});

describe('convertRecord', () => {
  it('prefers the HKTimeZone offset, as the SDK does, over the offset the export printed', () => {
    const converted = convertRecord(
      element(
        'Record',
        {
          type: 'HKCategoryTypeIdentifierSleepAnalysis',
          value: 'HKCategoryValueSleepAnalysisAsleepDeep',
          ...AT,
        },
        { HKTimeZone: 'America/New_York' },
      ),
    );
    expect(converted).toMatchObject({
      ok: true,
      collection: 'sleep',
      item: { stage: 'deep', startDate: '2021-07-01T08:00:00Z', zoneOffset: '-04:00' },
    });
    const unknownZone = convertRecord(
      element(
        'Record',
        { type: 'HKQuantityTypeIdentifierStepCount', value: '5', unit: 'count', ...AT },
        {
          HKTimeZone: 'Nowhere/Special',
        },
      ),
    );
    expect(unknownZone.ok && unknownZone.item.zoneOffset).toBe('+02:00');
  });

  it('keeps an unknown category value of an unknown type by name in metadata', () => {
    const converted = convertRecord(
      element('Record', {
        type: 'HKCategoryTypeIdentifierSomethingNew',
        value: 'HKCategoryValueSomethingNewYes',
        ...AT,
      }),
    );
    expect(converted).toMatchObject({
      ok: true,
      collection: 'records',
      item: { value: null, unit: null, metadata: { HKCategoryValue: 'HKCategoryValueSomethingNewYes' } },
    });
  });

  it('keeps any unit of a type the catalogue does not know, and checks units of the types it knows', () => {
    const unknownType = convertRecord(
      element('Record', { type: 'HKQuantityTypeIdentifierSomethingNew', value: '3', unit: 'furlong', ...AT }),
    );
    expect(unknownType.ok && unknownType.item).toMatchObject({ value: 3, unit: 'furlong' });
    const effort = convertRecord(
      element('Record', {
        type: 'HKQuantityTypeIdentifierWorkoutEffortScore',
        value: '7',
        unit: 'appleEffortScore',
        ...AT,
      }),
    );
    expect(effort.ok).toBe(true);
    expect(convertRecord(element('Record', { value: '3', ...AT }))).toEqual({
      ok: false,
      reason: 'missing type',
    });
    expect(
      convertRecord(element('Record', { type: 'HKQuantityTypeIdentifierStepCount', value: '3' })),
    ).toEqual({
      ok: false,
      reason: 'missing startDate',
    });
  });

  it('spells export units as the unit registry does', () => {
    expect(exportUnit('mL/min·kg')).toBe('mL/kg/min');
    expect(exportUnit('mmol<180.1558800000541>/L')).toBe('mmol/L');
    expect(exportUnit(' kcal ')).toBe('kcal');
    expect(exportUnit('')).toBeNull();
    expect(exportUnit(undefined)).toBeNull();
  });
});

describe('convertWorkout', () => {
  it('maps HealthKit activity names to the SDK workout types', () => {
    expect(
      [
        'HKWorkoutActivityTypeRunning',
        'HKWorkoutActivityTypeCrossCountrySkiing',
        'HKWorkoutActivityTypeTraditionalStrengthTraining',
        'HKWorkoutActivityTypeHighIntensityIntervalTraining',
        'HKWorkoutActivityTypeWheelchairRunPace',
        'HKWorkoutActivityTypeMixedMetabolicCardioTraining',
        'HKWorkoutActivityTypeSwimBikeRun',
        'HKWorkoutActivityTypeTaiChi',
        'HKWorkoutActivityTypeSomethingNew',
        undefined,
      ].map(workoutType),
    ).toEqual([
      'running',
      'cross_country_skiing',
      'strength_training',
      'hiit',
      'wheelchair_run',
      'mixed_metabolic_cardio_training',
      'swim_bike_run',
      'tai_chi',
      'other',
      'other',
    ]);
  });

  it('sends the totals of an old export and its inline route locations', () => {
    const converted = convertWorkout(
      element(
        'Workout',
        {
          workoutActivityType: 'HKWorkoutActivityTypeWalking',
          totalDistance: '2',
          totalDistanceUnit: 'mi',
          totalEnergyBurned: '120',
          totalEnergyBurnedUnit: 'kcal',
          ...AT,
        },
        null,
        [
          element('WorkoutRoute', AT, null, [
            element('Location', {
              date: '2021-07-01 10:00:00 +0200',
              latitude: '48.1',
              longitude: '11.5',
              altitude: '520',
              horizontalAccuracy: '5',
              verticalAccuracy: '3',
            }),
            element('Location', { date: 'not a date', latitude: '48.1', longitude: '11.5' }),
          ]),
        ],
      ),
    );
    expect(converted.ok && converted.collection === 'workouts' && converted).toMatchObject({
      routeFile: null,
      item: {
        type: 'walking',
        values: [
          { type: 'duration', value: 1800, unit: 's' },
          { type: 'activeEnergyBurned', value: 120, unit: 'kcal' },
          { type: 'distance', value: 3218.688, unit: 'm' },
        ],
        route: [
          {
            timestamp: '2021-07-01T08:00:00Z',
            latitude: 48.1,
            longitude: 11.5,
            altitudeM: 520,
            horizontalAccuracyM: 5,
            verticalAccuracyM: 3,
          },
        ],
      },
    });
  });

  it('refuses a workout whose times cannot be read', () => {
    expect(
      convertWorkout(
        element('Workout', { workoutActivityType: 'HKWorkoutActivityTypeRunning', startDate: 'x' }),
      ),
    ).toEqual({ ok: false, reason: 'missing endDate' });
  });
});

describe('exportItemId', () => {
  it('is a version 5 RFC 4122 uuid that depends on every part of the identity', () => {
    const parts = [
      'Record',
      'T',
      '2020-11-03T06:18:00Z',
      '2020-11-03T06:28:00Z',
      '1',
      'count',
      'Src',
      'dev',
    ] as const;
    const id = exportItemId(...parts);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(exportItemId(...parts)).toBe(id);
    const variants = parts.map((_, i) =>
      exportItemId(
        ...(parts.map((p, j) => (i === j ? `${p}x` : p)) as [
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
        ]),
      ),
    );
    expect(new Set([id, ...variants]).size).toBe(parts.length + 1);
  });
});
