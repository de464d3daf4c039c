import { describe, expect, it } from '@jest/globals';
import { parseRecord, parseWorkout } from './index.js';
import type { Provider } from './parsed-items.js';

function sampleValue(provider: Provider, type: string, value: number, unit: string | null) {
  const result = parseRecord(
    provider,
    {
      id: 'x',
      type,
      startDate: '2026-04-10T06:00:00Z',
      endDate: '2026-04-10T06:01:00Z',
      value,
      unit,
      source: null,
    },
    0,
  );
  if (!result.ok || result.item.kind !== 'sample') throw new Error(`not a sample: ${JSON.stringify(result)}`);
  return { value: result.item.value, unit: result.item.unit, metric: result.item.metric };
}

describe('Unit traps', () => {
  it('turns the iOS body-fat fraction 0.215 % into 21.5 %', () => {
    expect(sampleValue('apple', 'HKQuantityTypeIdentifierBodyFatPercentage', 0.215, '%')).toEqual({
      value: 21.5,
      unit: '%',
      metric: 'body_fat_percentage',
    });
  });

  it('keeps Health Connect body fat, already 0–100, as is', () => {
    expect(sampleValue('google', 'BODY_FAT', 21.5, '%').value).toBe(21.5);
  });

  it('keeps iOS SpO₂, which the SDK already scales to 0–100', () => {
    expect(sampleValue('apple', 'HKQuantityTypeIdentifierOxygenSaturation', 97, '%').value).toBe(97);
  });

  it('reads iOS Cal as kcal', () => {
    expect(sampleValue('apple', 'HKQuantityTypeIdentifierActiveEnergyBurned', 3.12, 'Cal')).toEqual({
      value: 3.12,
      unit: 'kcal',
      metric: 'active_energy',
    });
  });

  it('converts kJ to kcal', () => {
    expect(sampleValue('google', 'ACTIVE_CALORIES_BURNED', 418.4, 'kJ').value).toBe(100);
  });

  it('converts iOS water from L to mL', () => {
    expect(sampleValue('apple', 'HKQuantityTypeIdentifierDietaryWater', 0.25, 'L')).toEqual({
      value: 250,
      unit: 'mL',
      metric: 'hydration',
    });
  });

  it('converts US fluid ounces to mL', () => {
    expect(sampleValue('apple', 'HKQuantityTypeIdentifierDietaryWater', 8, 'fl_oz').value).toBeCloseTo(
      236.588,
      3,
    );
  });

  it('converts Health Connect glucose from mmol/L to mg/dL with the molar mass of glucose', () => {
    expect(sampleValue('google', 'BLOOD_GLUCOSE', 5.5, 'mmol/L')).toEqual({
      value: 99.0858,
      unit: 'mg/dL',
      metric: 'blood_glucose',
    });
  });

  it('keeps iOS glucose in mg/dL', () => {
    expect(sampleValue('apple', 'HKQuantityTypeIdentifierBloodGlucose', 104, 'mg/dL').value).toBe(104);
  });

  it('keeps Health Connect BMR as a rate in kcal/day, not energy', () => {
    expect(sampleValue('google', 'BASAL_METABOLIC_RATE', 1540, 'kcal/day')).toEqual({
      value: 1540,
      unit: 'kcal/day',
      metric: 'basal_metabolic_rate',
    });
  });

  it('converts Samsung workout duration from ms to s', () => {
    const result = parseWorkout(
      'samsung',
      {
        type: 'RUNNING',
        startDate: '2026-04-10T05:30:00Z',
        endDate: '2026-04-10T06:15:00Z',
        values: [{ type: 'duration', value: 2700000, unit: 'ms' }],
      },
      0,
    );
    expect(result).toMatchObject({ ok: true, item: { statistics: { duration: 2700 } } });
  });

  it('reads degC, °C and degF temperatures as °C', () => {
    expect(sampleValue('apple', 'HKQuantityTypeIdentifierBodyTemperature', 36.8, 'degC').value).toBe(36.8);
    expect(sampleValue('google', 'BODY_TEMPERATURE', 36.8, '°C').value).toBe(36.8);
    expect(sampleValue('apple', 'HKQuantityTypeIdentifierBodyTemperature', 98.6, 'degF').value).toBe(37);
  });

  it('stores step length in metres and height in centimetres', () => {
    expect(sampleValue('apple', 'HKQuantityTypeIdentifierWalkingStepLength', 0.72, 'm')).toMatchObject({
      value: 0.72,
      unit: 'm',
    });
    expect(sampleValue('apple', 'HKQuantityTypeIdentifierWalkingStepLength', 28, 'in').value).toBeCloseTo(
      0.7112,
      9,
    );
    expect(sampleValue('apple', 'HKQuantityTypeIdentifierHeight', 5.9, 'ft')).toMatchObject({
      value: 179.832,
      unit: 'cm',
    });
  });

  it('converts pounds to kilograms and miles to metres', () => {
    expect(sampleValue('apple', 'HKQuantityTypeIdentifierBodyMass', 160, 'lb').value).toBeCloseTo(72.5748, 4);
    expect(sampleValue('apple', 'HKQuantityTypeIdentifierDistanceWalkingRunning', 1, 'mi').value).toBe(
      1609.344,
    );
  });

  it('reads an empty or null unit as the metric unit', () => {
    expect(sampleValue('samsung', 'HEART_RATE', 70, '').value).toBe(70);
    expect(sampleValue('samsung', 'HEART_RATE', 70, null).value).toBe(70);
  });

  it('keeps SDNN and RMSSD apart', () => {
    expect(sampleValue('apple', 'HKQuantityTypeIdentifierHeartRateVariabilitySDNN', 48, 'ms').metric).toBe(
      'heart_rate_variability_sdnn',
    );
    expect(sampleValue('google', 'HEART_RATE_VARIABILITY', 42, 'ms').metric).toBe(
      'heart_rate_variability_rmssd',
    );
  });

  it('converts seconds to minutes for time metrics', () => {
    expect(sampleValue('apple', 'HKQuantityTypeIdentifierAppleExerciseTime', 120, 's').value).toBe(2);
  });
});
