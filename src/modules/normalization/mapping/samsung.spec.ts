import { describe, expect, it } from '@jest/globals';
import { ACTIVITY_TYPES } from '../catalogue/index.js';
import { ANDROID_RECORD_TYPES } from './android-records.js';
import { parseRecord, parseWorkout } from './index.js';
import { SAMSUNG_ACTIVITY_TYPES } from './samsung.js';

interface Row {
  type: string;
  value: number;
  unit: string | null;
  metric: string;
  expected: number;
}

/**
 * Every Android record type with the unit SamsungHealthManager labels it with. Samsung does not read resting heart
 * rate, HRV, VO₂max, respiratory rate, distance, power, speed, cadence or total calories, but the table is shared
 * with Health Connect, so those rows use the Android SDK's units too.
 */
const ROWS: Row[] = [
  { type: 'HEART_RATE', value: 68.0, unit: 'bpm', metric: 'heart_rate', expected: 68 },
  { type: 'RESTING_HEART_RATE', value: 58.0, unit: 'bpm', metric: 'resting_heart_rate', expected: 58 },
  {
    type: 'HEART_RATE_VARIABILITY',
    value: 37.0,
    unit: 'ms',
    metric: 'heart_rate_variability_rmssd',
    expected: 37,
  },
  { type: 'OXYGEN_SATURATION', value: 96.0, unit: '%', metric: 'oxygen_saturation', expected: 96 },
  { type: 'BLOOD_GLUCOSE', value: 6.1, unit: 'mmol/L', metric: 'blood_glucose', expected: 109.89516 },
  {
    type: 'BLOOD_PRESSURE_SYSTOLIC',
    value: 131.0,
    unit: 'mmHg',
    metric: 'blood_pressure_systolic',
    expected: 131,
  },
  {
    type: 'BLOOD_PRESSURE_DIASTOLIC',
    value: 84.0,
    unit: 'mmHg',
    metric: 'blood_pressure_diastolic',
    expected: 84,
  },
  { type: 'RESPIRATORY_RATE', value: 16.0, unit: 'breaths/min', metric: 'respiratory_rate', expected: 16 },
  { type: 'HEIGHT', value: 1.72, unit: 'm', metric: 'height', expected: 172 },
  { type: 'WEIGHT', value: 72.4000015258789, unit: 'kg', metric: 'weight', expected: 72.4000015258789 },
  { type: 'BODY_FAT', value: 21.5, unit: '%', metric: 'body_fat_percentage', expected: 21.5 },
  { type: 'BODY_FAT_MASS', value: 15.56, unit: 'kg', metric: 'body_fat_mass', expected: 15.56 },
  { type: 'LEAN_BODY_MASS', value: 56.84, unit: 'kg', metric: 'lean_body_mass', expected: 56.84 },
  { type: 'SKELETAL_MUSCLE_MASS', value: 31.2, unit: 'kg', metric: 'skeletal_muscle_mass', expected: 31.2 },
  { type: 'BMI', value: 24.47, unit: 'kg/m²', metric: 'body_mass_index', expected: 24.47 },
  { type: 'BODY_TEMPERATURE', value: 36.5, unit: '°C', metric: 'body_temperature', expected: 36.5 },
  { type: 'VO2_MAX', value: 41.0, unit: 'mL/kg/min', metric: 'vo2_max', expected: 41 },
  { type: 'STEP_COUNT', value: 1532.0, unit: 'count', metric: 'steps', expected: 1532 },
  { type: 'ACTIVE_CALORIES_BURNED', value: 96.3, unit: 'kcal', metric: 'active_energy', expected: 96.3 },
  { type: 'TOTAL_CALORIES_BURNED', value: 1980, unit: 'kcal', metric: 'total_energy', expected: 1980 },
  {
    type: 'BASAL_METABOLIC_RATE',
    value: 1612.0,
    unit: 'kcal/day',
    metric: 'basal_metabolic_rate',
    expected: 1612,
  },
  { type: 'FLOORS_CLIMBED', value: 2.0, unit: 'count', metric: 'flights_climbed', expected: 2 },
  { type: 'DISTANCE', value: 830, unit: 'm', metric: 'distance', expected: 830 },
  { type: 'POWER', value: 180, unit: 'W', metric: 'power', expected: 180 },
  { type: 'SPEED', value: 2.9, unit: 'm/s', metric: 'speed', expected: 2.9 },
  { type: 'CYCLING_PEDALING_CADENCE', value: 82, unit: 'rpm', metric: 'cadence', expected: 82 },
  { type: 'HYDRATION', value: 330.0, unit: 'mL', metric: 'hydration', expected: 330 },
  { type: 'FOOD', value: 1.0, unit: null, metric: 'meal', expected: 1 },
  { type: 'DIETARY_ENERGY', value: 640.0, unit: 'kcal', metric: 'dietary_energy', expected: 640 },
  { type: 'DIETARY_PROTEIN', value: 28.0, unit: 'g', metric: 'dietary_protein', expected: 28 },
  { type: 'DIETARY_CARBOHYDRATE', value: 81.0, unit: 'g', metric: 'dietary_carbohydrates', expected: 81 },
  { type: 'DIETARY_FIBER', value: 6.0, unit: 'g', metric: 'dietary_fiber', expected: 6 },
  { type: 'DIETARY_SUGAR', value: 19.0, unit: 'g', metric: 'dietary_sugar', expected: 19 },
  { type: 'DIETARY_TOTAL_FAT', value: 24.0, unit: 'g', metric: 'dietary_fat_total', expected: 24 },
  { type: 'DIETARY_SATURATED_FAT', value: 9.0, unit: 'g', metric: 'dietary_fat_saturated', expected: 9 },
  {
    type: 'DIETARY_MONOUNSATURATED_FAT',
    value: 8.0,
    unit: 'g',
    metric: 'dietary_fat_monounsaturated',
    expected: 8,
  },
  {
    type: 'DIETARY_POLYUNSATURATED_FAT',
    value: 4.0,
    unit: 'g',
    metric: 'dietary_fat_polyunsaturated',
    expected: 4,
  },
  { type: 'DIETARY_TRANS_FAT', value: 0.3, unit: 'g', metric: 'dietary_fat_trans', expected: 0.3 },
  { type: 'DIETARY_CHOLESTEROL', value: 85.0, unit: 'mg', metric: 'dietary_cholesterol', expected: 85 },
  { type: 'DIETARY_SODIUM', value: 1100.0, unit: 'mg', metric: 'dietary_sodium', expected: 1100 },
  { type: 'DIETARY_POTASSIUM', value: 640.0, unit: 'mg', metric: 'dietary_potassium', expected: 640 },
  { type: 'DIETARY_VITAMIN_A', value: 250.0, unit: 'mcg', metric: 'dietary_vitamin_a', expected: 250 },
  { type: 'DIETARY_VITAMIN_C', value: 30.0, unit: 'mg', metric: 'dietary_vitamin_c', expected: 30 },
  { type: 'DIETARY_CALCIUM', value: 210.0, unit: 'mg', metric: 'dietary_calcium', expected: 210 },
  { type: 'DIETARY_IRON', value: 3.2, unit: 'mg', metric: 'dietary_iron', expected: 3.2 },
];

function samsungRecord(row: Row): Record<string, unknown> {
  return {
    id: '3c5e7a9b-1d2f-4b6c-8e0a-2b4d6f8a0c22-weight',
    type: row.type,
    startDate: '2026-04-10T06:30:00Z',
    endDate: '2026-04-10T06:30:00Z',
    zoneOffset: '+09:00',
    source: {
      appId: 'com.sec.android.app.shealth',
      deviceId: null,
      deviceName: 'e3q',
      deviceManufacturer: 'samsung',
      deviceModel: 'SM-S928B',
      deviceType: 'phone',
      recordingMethod: null,
    },
    value: row.value,
    unit: row.unit,
    parentId: '3c5e7a9b-1d2f-4b6c-8e0a-2b4d6f8a0c22',
    metadata: null,
  };
}

function samsungWorkout(values: unknown[], type = 'RUNNING'): Record<string, unknown> {
  return {
    id: '8b0d2f4a-6c8e-4a1c-9e3b-5d7f9a1c3e44-s0',
    parentId: '8b0d2f4a-6c8e-4a1c-9e3b-5d7f9a1c3e44',
    type,
    startDate: '2026-04-10T05:30:00Z',
    endDate: '2026-04-10T06:15:00Z',
    zoneOffset: '+09:00',
    source: { appId: 'com.sec.android.app.shealth', deviceModel: 'SM-L310', deviceType: 'watch' },
    title: null,
    notes: 'Morning run in the park',
    values,
  };
}

describe('Samsung Health mapping', () => {
  it('has a test row for every Android record type in the table', () => {
    expect(ROWS.map((row) => row.type).sort()).toEqual(Object.keys(ANDROID_RECORD_TYPES).sort());
  });

  it.each(ROWS)('maps $type ($value $unit) to $metric = $expected', (row) => {
    const result = parseRecord('samsung', samsungRecord(row), 0);
    expect(result).toMatchObject({
      ok: true,
      item: { kind: 'sample', metric: row.metric, vendorType: row.type },
    });
    if (!result.ok || result.item.kind !== 'sample') throw new Error('expected a sample');
    expect(result.item.value).toBeCloseTo(row.expected, 9);
    expect(result.item.parentId).toBe('3c5e7a9b-1d2f-4b6c-8e0a-2b4d6f8a0c22');
  });

  it('maps every Samsung exercise type to the unified vocabulary', () => {
    for (const [vendor, unified] of Object.entries(SAMSUNG_ACTIVITY_TYPES)) {
      expect(ACTIVITY_TYPES).toContain(unified);
      const result = parseWorkout('samsung', samsungWorkout([], vendor), 0);
      expect(result).toMatchObject({ ok: true, item: { activityType: unified, vendorType: vendor } });
    }
  });

  it('converts the session duration from ms to s', () => {
    const result = parseWorkout(
      'samsung',
      samsungWorkout([{ type: 'duration', value: 2700000, unit: 'ms' }]),
      0,
    );
    expect(result).toMatchObject({ ok: true, item: { statistics: { duration: 2700 } } });
  });

  it('does not count calories and totalCalories twice', () => {
    const result = parseWorkout(
      'samsung',
      samsungWorkout([
        { type: 'totalCalories', value: 345.5, unit: 'kcal' },
        { type: 'calories', value: 345.5, unit: 'kcal' },
      ]),
      0,
    );
    expect(result).toMatchObject({
      ok: true,
      item: {
        statistics: { active_energy: 345.5 },
        otherValues: [
          {
            type: 'totalCalories',
            value: 345.5,
            unit: 'kcal',
            reason: 'active_energy taken from calories instead',
          },
        ],
      },
    });
  });

  it('converts every session statistic and keeps step cadence apart from pedalling cadence', () => {
    const result = parseWorkout(
      'samsung',
      samsungWorkout([
        { type: 'calories', value: 345.5, unit: 'kcal' },
        { type: 'distance', value: 5234.0, unit: 'm' },
        { type: 'duration', value: 2700000, unit: 'ms' },
        { type: 'meanHeartRate', value: 142.3, unit: 'bpm' },
        { type: 'maxHeartRate', value: 178.0, unit: 'bpm' },
        { type: 'minHeartRate', value: 95.0, unit: 'bpm' },
        { type: 'meanSpeed', value: 1.94, unit: 'm/s' },
        { type: 'maxSpeed', value: 3.2, unit: 'm/s' },
        { type: 'meanCadence', value: 165.0, unit: 'spm' },
        { type: 'maxCadence', value: 182.0, unit: 'spm' },
        { type: 'altitudeGain', value: 45.0, unit: 'm' },
        { type: 'altitudeLoss', value: 42.0, unit: 'm' },
        { type: 'maxAltitude', value: 185.0, unit: 'm' },
        { type: 'minAltitude', value: 140.0, unit: 'm' },
        { type: 'vo2Max', value: 42.5, unit: 'mL/kg/min' },
        { type: 'count', value: 6120, unit: '' },
      ]),
      0,
    );
    expect(result).toMatchObject({
      ok: true,
      item: {
        activityType: 'running',
        notes: 'Morning run in the park',
        statistics: {
          active_energy: 345.5,
          distance: 5234,
          duration: 2700,
          heart_rate_avg: 142.3,
          heart_rate_max: 178,
          heart_rate_min: 95,
          speed_avg: 1.94,
          speed_max: 3.2,
          step_cadence_avg: 165,
          step_cadence_max: 182,
          elevation_gain: 45,
          elevation_loss: 42,
          altitude_max: 185,
          altitude_min: 140,
          vo2_max: 42.5,
        },
        otherValues: [{ type: 'count', value: 6120, unit: '' }],
      },
    });
  });

  it('reads the upper-case raw keys Samsung sends without a session', () => {
    const result = parseWorkout(
      'samsung',
      samsungWorkout([
        { type: 'TOTAL_DURATION', value: 1800000, unit: 'ms' },
        { type: 'TOTAL_CALORIES', value: 210, unit: 'kcal' },
      ]),
      0,
    );
    expect(result).toMatchObject({ ok: true, item: { statistics: { duration: 1800, active_energy: 210 } } });
  });

  it('keeps an implausible statistic aside with its reason instead of storing it', () => {
    const result = parseWorkout(
      'samsung',
      samsungWorkout([{ type: 'maxHeartRate', value: 812, unit: 'bpm' }]),
      0,
    );
    expect(result).toMatchObject({
      ok: true,
      item: {
        otherValues: [
          { type: 'maxHeartRate', value: 812, reason: 'value 812 outside 20–300 for heart_rate_max' },
        ],
      },
    });
    expect(Object.keys(result.ok ? result.item.statistics : {})).not.toContain('heart_rate_max');
  });
});
