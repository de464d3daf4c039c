import { describe, expect, it } from '@jest/globals';
import { ACTIVITY_TYPES } from '../catalogue/index.js';
import { ANDROID_RECORD_TYPES } from './android-records.js';
import { HEALTH_CONNECT_ACTIVITY_TYPES } from './health-connect.js';
import { parseRecord, parseWorkout } from './index.js';

interface Row {
  type: string;
  value: number;
  unit: string | null;
  metric: string;
  expected: number;
}

/** Every Android record type with the unit HealthConnectManager labels it with and a realistic value. */
const ROWS: Row[] = [
  { type: 'HEART_RATE', value: 71, unit: 'bpm', metric: 'heart_rate', expected: 71 },
  { type: 'RESTING_HEART_RATE', value: 54, unit: 'bpm', metric: 'resting_heart_rate', expected: 54 },
  {
    type: 'HEART_RATE_VARIABILITY',
    value: 42.5,
    unit: 'ms',
    metric: 'heart_rate_variability_rmssd',
    expected: 42.5,
  },
  { type: 'OXYGEN_SATURATION', value: 97, unit: '%', metric: 'oxygen_saturation', expected: 97 },
  { type: 'BLOOD_GLUCOSE', value: 5.38, unit: 'mmol/L', metric: 'blood_glucose', expected: 96.923928 },
  {
    type: 'BLOOD_PRESSURE_SYSTOLIC',
    value: 122,
    unit: 'mmHg',
    metric: 'blood_pressure_systolic',
    expected: 122,
  },
  {
    type: 'BLOOD_PRESSURE_DIASTOLIC',
    value: 79,
    unit: 'mmHg',
    metric: 'blood_pressure_diastolic',
    expected: 79,
  },
  { type: 'RESPIRATORY_RATE', value: 14.5, unit: 'breaths/min', metric: 'respiratory_rate', expected: 14.5 },
  { type: 'HEIGHT', value: 1.78, unit: 'm', metric: 'height', expected: 178 },
  { type: 'WEIGHT', value: 72.4, unit: 'kg', metric: 'weight', expected: 72.4 },
  { type: 'BODY_FAT', value: 21.5, unit: '%', metric: 'body_fat_percentage', expected: 21.5 },
  { type: 'BODY_FAT_MASS', value: 15.6, unit: 'kg', metric: 'body_fat_mass', expected: 15.6 },
  { type: 'LEAN_BODY_MASS', value: 56.8, unit: 'kg', metric: 'lean_body_mass', expected: 56.8 },
  { type: 'SKELETAL_MUSCLE_MASS', value: 32.1, unit: 'kg', metric: 'skeletal_muscle_mass', expected: 32.1 },
  { type: 'BMI', value: 22.9, unit: 'kg/m²', metric: 'body_mass_index', expected: 22.9 },
  { type: 'BODY_TEMPERATURE', value: 36.7, unit: '°C', metric: 'body_temperature', expected: 36.7 },
  { type: 'VO2_MAX', value: 44, unit: 'mL/kg/min', metric: 'vo2_max', expected: 44 },
  { type: 'STEP_COUNT', value: 1288, unit: 'count', metric: 'steps', expected: 1288 },
  { type: 'ACTIVE_CALORIES_BURNED', value: 85.5, unit: 'kcal', metric: 'active_energy', expected: 85.5 },
  { type: 'TOTAL_CALORIES_BURNED', value: 2150, unit: 'kcal', metric: 'total_energy', expected: 2150 },
  {
    type: 'BASAL_METABOLIC_RATE',
    value: 1540,
    unit: 'kcal/day',
    metric: 'basal_metabolic_rate',
    expected: 1540,
  },
  { type: 'FLOORS_CLIMBED', value: 4, unit: 'count', metric: 'flights_climbed', expected: 4 },
  { type: 'DISTANCE', value: 1520, unit: 'm', metric: 'distance', expected: 1520 },
  { type: 'POWER', value: 210, unit: 'W', metric: 'power', expected: 210 },
  { type: 'SPEED', value: 8.2, unit: 'm/s', metric: 'speed', expected: 8.2 },
  { type: 'CYCLING_PEDALING_CADENCE', value: 88, unit: 'rpm', metric: 'cadence', expected: 88 },
  { type: 'HYDRATION', value: 250, unit: 'mL', metric: 'hydration', expected: 250 },
  { type: 'FOOD', value: 1, unit: null, metric: 'meal', expected: 1 },
  { type: 'DIETARY_ENERGY', value: 520, unit: 'kcal', metric: 'dietary_energy', expected: 520 },
  { type: 'DIETARY_PROTEIN', value: 32, unit: 'g', metric: 'dietary_protein', expected: 32 },
  { type: 'DIETARY_CARBOHYDRATE', value: 64, unit: 'g', metric: 'dietary_carbohydrates', expected: 64 },
  { type: 'DIETARY_FIBER', value: 8, unit: 'g', metric: 'dietary_fiber', expected: 8 },
  { type: 'DIETARY_SUGAR', value: 22, unit: 'g', metric: 'dietary_sugar', expected: 22 },
  { type: 'DIETARY_TOTAL_FAT', value: 18, unit: 'g', metric: 'dietary_fat_total', expected: 18 },
  { type: 'DIETARY_SATURATED_FAT', value: 6, unit: 'g', metric: 'dietary_fat_saturated', expected: 6 },
  {
    type: 'DIETARY_MONOUNSATURATED_FAT',
    value: 7,
    unit: 'g',
    metric: 'dietary_fat_monounsaturated',
    expected: 7,
  },
  {
    type: 'DIETARY_POLYUNSATURATED_FAT',
    value: 3,
    unit: 'g',
    metric: 'dietary_fat_polyunsaturated',
    expected: 3,
  },
  { type: 'DIETARY_TRANS_FAT', value: 0.5, unit: 'g', metric: 'dietary_fat_trans', expected: 0.5 },
  { type: 'DIETARY_CHOLESTEROL', value: 120, unit: 'mg', metric: 'dietary_cholesterol', expected: 120 },
  { type: 'DIETARY_SODIUM', value: 900, unit: 'mg', metric: 'dietary_sodium', expected: 900 },
  { type: 'DIETARY_POTASSIUM', value: 700, unit: 'mg', metric: 'dietary_potassium', expected: 700 },
  { type: 'DIETARY_VITAMIN_A', value: 300, unit: 'mcg', metric: 'dietary_vitamin_a', expected: 300 },
  { type: 'DIETARY_VITAMIN_C', value: 45, unit: 'mg', metric: 'dietary_vitamin_c', expected: 45 },
  { type: 'DIETARY_CALCIUM', value: 300, unit: 'mg', metric: 'dietary_calcium', expected: 300 },
  { type: 'DIETARY_IRON', value: 4.5, unit: 'mg', metric: 'dietary_iron', expected: 4.5 },
];

/** The Android names the peer maps (open-wearables-backend.md §4.2). */
const PEER_ANDROID_TYPES = [
  'HEART_RATE',
  'RESTING_HEART_RATE',
  'HEART_RATE_VARIABILITY',
  'OXYGEN_SATURATION',
  'BLOOD_GLUCOSE',
  'BLOOD_PRESSURE_SYSTOLIC',
  'BLOOD_PRESSURE_DIASTOLIC',
  'RESPIRATORY_RATE',
  'HEIGHT',
  'WEIGHT',
  'LEAN_BODY_MASS',
  'SKELETAL_MUSCLE_MASS',
  'BODY_FAT_MASS',
  'BODY_FAT',
  'BMI',
  'BODY_TEMPERATURE',
  'VO2_MAX',
  'STEP_COUNT',
  'ACTIVE_CALORIES_BURNED',
  'BASAL_METABOLIC_RATE',
  'FLOORS_CLIMBED',
  'DISTANCE',
  'HYDRATION',
  'POWER',
  'SPEED',
  'CYCLING_PEDALING_CADENCE',
  'TOTAL_CALORIES_BURNED',
];

function hcRecord(row: Row): Record<string, unknown> {
  return {
    id: 'b7e2d4f6-2222-4c3a-8b1d-6f7a8b9c0d01',
    type: row.type,
    startDate: '2026-04-10T06:00:00Z',
    endDate: '2026-04-10T06:15:00Z',
    zoneOffset: 'Z',
    source: {
      appId: 'com.google.android.apps.fitness',
      deviceId: null,
      deviceName: null,
      deviceManufacturer: 'Google',
      deviceModel: 'Pixel 8',
      deviceType: 'phone',
      recordingMethod: 'automatic',
    },
    value: row.value,
    unit: row.unit,
    parentId: null,
    metadata: null,
  };
}

describe('Health Connect mapping', () => {
  it('has a test row for every Android record type in the table', () => {
    expect(ROWS.map((row) => row.type).sort()).toEqual(Object.keys(ANDROID_RECORD_TYPES).sort());
  });

  it('maps every peer Android metric name', () => {
    expect(PEER_ANDROID_TYPES).toHaveLength(27);
    for (const type of PEER_ANDROID_TYPES) expect(Object.hasOwn(ANDROID_RECORD_TYPES, type)).toBe(true);
  });

  it.each(ROWS)('maps $type ($value $unit) to $metric = $expected', (row) => {
    const result = parseRecord('google', hcRecord(row), 0);
    expect(result).toMatchObject({
      ok: true,
      item: { kind: 'sample', metric: row.metric, vendorType: row.type },
    });
    if (!result.ok || result.item.kind !== 'sample') throw new Error('expected a sample');
    expect(result.item.value).toBeCloseTo(row.expected, 9);
    expect(result.item.zoneOffset).toBe('+00:00');
    expect(result.item.source).toMatchObject({ recordingMethod: 'automatic', deviceType: 'phone' });
  });

  it('maps every Health Connect exercise type to the unified vocabulary', () => {
    for (const [vendor, unified] of Object.entries(HEALTH_CONNECT_ACTIVITY_TYPES)) {
      expect(ACTIVITY_TYPES).toContain(unified);
      const result = parseWorkout(
        'google',
        { type: vendor, startDate: '2026-04-10T05:30:00Z', endDate: '2026-04-10T06:00:00Z' },
        0,
      );
      expect(result).toMatchObject({ ok: true, item: { activityType: unified, vendorType: vendor } });
    }
  });

  it('files UNKNOWN_<n> exercise types under other and keeps the vendor type', () => {
    const result = parseWorkout(
      'google',
      { type: 'UNKNOWN_71', startDate: '2026-04-10T05:30:00Z', endDate: '2026-04-10T06:00:00Z' },
      0,
    );
    expect(result).toMatchObject({ ok: true, item: { activityType: 'other', vendorType: 'UNKNOWN_71' } });
  });

  it('converts workout statistics: seconds, total calories apart from active, pedalling cadence in rpm', () => {
    const result = parseWorkout(
      'google',
      {
        type: 'CYCLING',
        startDate: '2026-04-10T05:30:00Z',
        endDate: '2026-04-10T06:00:00Z',
        values: [
          { type: 'duration', value: 1800.0, unit: 's' },
          { type: 'totalCalories', value: 412.5, unit: 'kcal' },
          { type: 'distance', value: 15200, unit: 'm' },
          { type: 'minHeartRate', value: 96, unit: 'bpm' },
          { type: 'averageHeartRate', value: 138, unit: 'bpm' },
          { type: 'maxHeartRate', value: 171, unit: 'bpm' },
          { type: 'averageRunningPower', value: 205, unit: 'W' },
          { type: 'averageSpeed', value: 8.4, unit: 'm/s' },
          { type: 'maxSpeed', value: 14.1, unit: 'm/s' },
          { type: 'meanCadence', value: 86, unit: 'rpm' },
        ],
        laps: [{ startDate: '2026-04-10T05:30:00Z', endDate: '2026-04-10T05:36:10Z', distanceM: 1000.0 }],
        metadata: { hasRoute: true },
      },
      0,
    );
    expect(result).toMatchObject({
      ok: true,
      item: {
        activityType: 'cycling',
        statistics: {
          duration: 1800,
          total_energy: 412.5,
          distance: 15200,
          heart_rate_min: 96,
          heart_rate_avg: 138,
          heart_rate_max: 171,
          power_avg: 205,
          speed_avg: 8.4,
          speed_max: 14.1,
          cycling_cadence_avg: 86,
        },
        otherValues: [],
        laps: [{ distanceM: 1000.0 }],
        metadata: { hasRoute: true },
      },
    });
    expect(Object.keys(result.ok ? result.item.statistics : {})).not.toContain('active_energy');
  });
});
