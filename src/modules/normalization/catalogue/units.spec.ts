import { describe, expect, it } from '@jest/globals';
import { convertUnit, getUnit, UNITS } from './units.js';

describe('convertUnit', () => {
  it.each([
    [3.12, 'Cal', 'kcal', 3.12],
    [1000, 'cal', 'kcal', 1],
    [418.4, 'kJ', 'kcal', 100],
    [6276, 'kJ/day', 'kcal/day', 1500],
    [0.25, 'L', 'mL', 250],
    [1, 'fl_oz', 'mL', 29.5735295625],
    [1, 'fl_oz_imp', 'mL', 28.4130625],
    [2.5, 'dL', 'mL', 250],
    [36.8, 'degC', 'degC', 36.8],
    [36.8, '°C', 'degC', 36.8],
    [98.6, 'degF', 'degC', 37],
    [310.15, 'K', 'degC', 37],
    [1500, 'ms', 's', 1.5],
    [2, 'min', 's', 120],
    [90, 's', 'min', 1.5],
    [1.78, 'm', 'cm', 178],
    [72, 'cm', 'm', 0.72],
    [5, 'km', 'm', 5000],
    [1, 'mi', 'm', 1609.344],
    [1, 'ft', 'cm', 30.48],
    [160, 'lb', 'kg', 72.5747792],
    [2500, 'g', 'kg', 2.5],
    [0.12, 'g', 'mg', 120],
    [0.3, 'mg', 'mcg', 300],
    [120, 'count/min', 'bpm', 120],
    [88, 'count/min', 'rpm', 88],
    [170, 'steps/min', 'spm', 170],
    [2, 'Hz', 'bpm', 120],
    [36, 'km/h', 'm/s', 10],
    [10, 'kPa', 'mmHg', 75.00616827],
    [1, 'g/L', 'mg/dL', 100],
    [2.5, 'mS', 'uS', 2500],
    [22.9, 'kg/m²', 'kg/m2', 22.9],
    [3.5, 'kcal/hr·kg', 'kcal/kg/h', 3.5],
  ])('converts %d %s to %d %s', (value, from, to, expected) => {
    expect(convertUnit(value, from, to)).toBeCloseTo(expected, 9);
  });

  it('converts between mg/dL and mmol/L only with the analyte molar mass', () => {
    expect(convertUnit(5.5, 'mmol/L', 'mg/dL')).toBeNull();
    expect(convertUnit(5.5, 'mmol/L', 'mg/dL', { molarMass: 180.156 })).toBe(99.0858);
    expect(convertUnit(99.0858, 'mg/dL', 'mmol/L', { molarMass: 180.156 })).toBe(5.5);
  });

  it.each([
    ['kcal', 'kcal/day'],
    ['kcal/day', 'kcal'],
    ['spm', 'rpm'],
    ['bpm', 'breaths/min'],
    ['kg', 'm'],
    ['%', 'count'],
    ['furlong', 'm'],
    ['m', 'furlong'],
    ['cal', 'Cal/day'],
  ])('refuses to convert %s to %s', (from, to) => {
    expect(convertUnit(1, from, to)).toBeNull();
  });

  it('treats Cal (large calorie) and cal (small calorie) as different units', () => {
    expect(convertUnit(1, 'Cal', 'kcal')).toBe(1);
    expect(convertUnit(1, 'cal', 'kcal')).toBe(0.001);
  });

  it('does not resolve inherited object keys as units', () => {
    expect(getUnit('constructor')).toBeUndefined();
    expect(getUnit('toString')).toBeUndefined();
  });

  it('has a positive finite factor for every unit', () => {
    for (const [symbol, unit] of Object.entries(UNITS)) {
      expect({ symbol, ok: Number.isFinite(unit.factor) && unit.factor > 0 }).toEqual({ symbol, ok: true });
    }
  });
});
