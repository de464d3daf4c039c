import { describe, expect, it } from '@jest/globals';
import { ACTIVITY_TYPES, getMetric, getUnit, METRICS, WORKOUT_STATISTICS } from './index.js';

/** The peer's series codes (open-wearables-backend.md §4.1); `energy` is served as active_energy. */
const PEER_SERIES = [
  'heart_rate',
  'resting_heart_rate',
  'heart_rate_variability_sdnn',
  'heart_rate_recovery_one_minute',
  'walking_heart_rate_average',
  'heart_rate_variability_rmssd',
  'oxygen_saturation',
  'blood_glucose',
  'blood_pressure_systolic',
  'blood_pressure_diastolic',
  'respiratory_rate',
  'sleeping_breathing_disturbances',
  'blood_alcohol_content',
  'peripheral_perfusion_index',
  'forced_vital_capacity',
  'forced_expiratory_volume_1',
  'peak_expiratory_flow_rate',
  'breathing_disturbance_index',
  'height',
  'weight',
  'body_fat_percentage',
  'body_mass_index',
  'lean_body_mass',
  'body_temperature',
  'skin_temperature',
  'waist_circumference',
  'body_fat_mass',
  'skeletal_muscle_mass',
  'skin_temperature_deviation',
  'skin_temperature_trend_deviation',
  'vo2_max',
  'six_minute_walk_test_distance',
  'cardiovascular_age',
  'steps',
  'energy',
  'basal_energy',
  'stand_time',
  'exercise_time',
  'physical_effort',
  'flights_climbed',
  'average_met',
  'active_time',
  'distance_walking_running',
  'distance_cycling',
  'distance_swimming',
  'distance_downhill_snow_sports',
  'distance_other',
  'walking_step_length',
  'walking_speed',
  'walking_double_support_percentage',
  'walking_asymmetry_percentage',
  'walking_steadiness',
  'stair_descent_speed',
  'stair_ascent_speed',
  'running_power',
  'running_speed',
  'running_vertical_oscillation',
  'running_ground_contact_time',
  'running_stride_length',
  'running_vertical_ratio',
  'running_stance_time_balance',
  'swimming_stroke_count',
  'underwater_depth',
  'cadence',
  'power',
  'speed',
  'workout_effort_score',
  'estimated_workout_effort_score',
  'environmental_audio_exposure',
  'headphone_audio_exposure',
  'environmental_sound_reduction',
  'time_in_daylight',
  'water_temperature',
  'uv_exposure',
  'inhaler_usage',
  'weather_temperature',
  'weather_humidity',
  'elevation',
  'latitude',
  'longitude',
  'air_temperature',
  'garmin_stress_level',
  'garmin_skin_temperature',
  'garmin_fitness_age',
  'garmin_body_battery',
  'electrodermal_activity',
  'push_count',
  'atrial_fibrillation_burden',
  'insulin_delivery',
  'number_of_times_fallen',
  'number_of_alcoholic_beverages',
  'nike_fuel',
  'hydration',
];

describe('METRICS', () => {
  it('gives every metric a unique code', () => {
    const codes = METRICS.map((metric) => metric.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('keeps every one of the peer’s 93 series, under its code or a recorded peer code', () => {
    expect(PEER_SERIES).toHaveLength(93);
    const served = new Set(METRICS.flatMap((metric) => [metric.code, metric.peerCode]));
    expect(PEER_SERIES.filter((code) => !served.has(code))).toEqual([]);
  });

  it('names a registry unit, a sane range and a description for every metric', () => {
    for (const metric of METRICS) {
      expect({ code: metric.code, unitKnown: getUnit(metric.unit) !== undefined }).toEqual({
        code: metric.code,
        unitKnown: true,
      });
      expect(metric.min).toBeLessThanOrEqual(metric.max);
      expect(metric.description.length).toBeGreaterThan(3);
    }
  });

  it('lists the labels of every category metric and of no other', () => {
    for (const metric of METRICS) {
      expect({ code: metric.code, hasCategories: metric.categories !== undefined }).toEqual({
        code: metric.code,
        hasCategories: metric.kind === 'category',
      });
    }
  });

  it('fixes the peer faults', () => {
    expect(getMetric('heart_rate_variability_sdnn')).toMatchObject({ unit: 'ms' });
    expect(getMetric('heart_rate_variability_rmssd')).toMatchObject({ unit: 'ms' });
    expect(getMetric('basal_metabolic_rate')).toMatchObject({ unit: 'kcal/day', kind: 'sample' });
    expect(getMetric('basal_energy')).toMatchObject({ unit: 'kcal', kind: 'interval', aggregation: 'sum' });
    expect(getMetric('walking_step_length')).toMatchObject({ unit: 'm' });
    expect(getMetric('running_stride_length')).toMatchObject({ unit: 'm' });
    expect(getMetric('blood_glucose')).toMatchObject({ unit: 'mg/dL', molarMass: 180.156 });
    expect(getMetric('basal_body_temperature')).toBeDefined();
    expect(getMetric('total_energy')).toBeDefined();
  });

  it('adds what the peer drops: nutrition, hydration, mindfulness, cycle tracking, insulin', () => {
    for (const code of [
      'dietary_energy',
      'dietary_protein',
      'hydration',
      'mindful_minutes',
      'menstrual_flow',
      'insulin_delivery',
    ]) {
      expect(getMetric(code)).toBeDefined();
    }
  });

  it('sums interval quantities per day', () => {
    for (const metric of METRICS.filter((candidate) => candidate.kind === 'interval')) {
      expect({ code: metric.code, aggregation: metric.aggregation }).toEqual({
        code: metric.code,
        aggregation: 'sum',
      });
    }
  });
});

describe('WORKOUT_STATISTICS', () => {
  it('names a registry unit for every statistic', () => {
    for (const statistic of WORKOUT_STATISTICS) expect(getUnit(statistic.unit)).toBeDefined();
  });
});

describe('ACTIVITY_TYPES', () => {
  it('has no duplicates and keeps the peer vocabulary', () => {
    expect(new Set(ACTIVITY_TYPES).size).toBe(ACTIVITY_TYPES.length);
    expect(ACTIVITY_TYPES).toEqual(
      expect.arrayContaining(['running', 'generic', 'other', 'sport', 'wheelchair']),
    );
  });
});
