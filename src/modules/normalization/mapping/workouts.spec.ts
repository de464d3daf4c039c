import { describe, expect, it } from '@jest/globals';
import { parseWorkout } from './index.js';
import { MAX_ROUTE_POINTS, routeOf } from './workouts.js';

function iosWorkout(values: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'F6A7B8C9-D0E1-4C11-DD44-FF0011223308',
    parentId: null,
    type: 'running',
    startDate: '2026-04-10T05:30:00Z',
    endDate: '2026-04-10T06:00:03Z',
    zoneOffset: '+02:00',
    source: {
      appId: 'com.apple.health',
      name: "Jane's Apple Watch",
      deviceModel: 'Watch6,18',
      deviceType: 'watch',
    },
    title: null,
    notes: null,
    values,
    segments: null,
    laps: null,
    route: null,
    samples: null,
    metadata: null,
    ...extra,
  };
}

describe('parseWorkout', () => {
  it('converts every iOS workout statistic to its canonical code and unit', () => {
    const result = parseWorkout(
      'apple',
      iosWorkout([
        { type: 'duration', value: 1803.2, unit: 's' },
        { type: 'activeEnergyBurned', value: 312.4, unit: 'kcal' },
        { type: 'basalEnergyBurned', value: 41.9, unit: 'kcal' },
        { type: 'distance', value: 5012.3, unit: 'm' },
        { type: 'stepCount', value: 4980, unit: 'count' },
        { type: 'swimmingStrokeCount', value: 0, unit: 'count' },
        { type: 'minHeartRate', value: 98, unit: 'bpm' },
        { type: 'averageHeartRate', value: 151.6, unit: 'bpm' },
        { type: 'maxHeartRate', value: 176, unit: 'bpm' },
        { type: 'averageRunningPower', value: 241.0, unit: 'W' },
        { type: 'averageRunningSpeed', value: 2.78, unit: 'm/s' },
        { type: 'averageRunningStrideLength', value: 1.08, unit: 'm' },
        { type: 'averageVerticalOscillation', value: 8.9, unit: 'cm' },
        { type: 'averageGroundContactTime', value: 252, unit: 'ms' },
        { type: 'elevationAscended', value: 35.2, unit: 'm' },
        { type: 'elevationDescended', value: 33.0, unit: 'm' },
        { type: 'averageSpeed', value: 2.78, unit: 'm/s' },
        { type: 'maxSpeed', value: 4.1, unit: 'm/s' },
        { type: 'averageMETs', value: 9.8, unit: 'kcal/kg/hr' },
        { type: 'lapLength', value: 25, unit: 'm' },
        { type: 'swimmingLocationType', value: 0, unit: 'enum' },
        { type: 'indoorWorkout', value: false, unit: 'bool' },
        { type: 'weatherTemperature', value: 11.5, unit: 'degC' },
        { type: 'weatherHumidity', value: 0.66, unit: '%' },
      ]),
      0,
    );
    expect(result).toEqual({
      ok: true,
      item: expect.objectContaining({
        kind: 'workout',
        activityType: 'running',
        vendorType: 'running',
        statistics: {
          duration: 1803.2,
          active_energy: 312.4,
          basal_energy: 41.9,
          distance: 5012.3,
          steps: 4980,
          swim_strokes: 0,
          heart_rate_min: 98,
          heart_rate_avg: 151.6,
          heart_rate_max: 176,
          power_avg: 241,
          running_speed_avg: 2.78,
          running_stride_length_avg: 1.08,
          vertical_oscillation_avg: 8.9,
          ground_contact_time_avg: 252,
          elevation_gain: 35.2,
          elevation_loss: 33,
          speed_avg: 2.78,
          speed_max: 4.1,
          mets_avg: 9.8,
          lap_length: 25,
          swimming_location_type: 0,
          indoor: 0,
          weather_temperature: 11.5,
          weather_humidity: 66,
        },
        otherValues: [],
      }),
    });
  });

  it('keeps active and basal energy apart and never derives a total from them', () => {
    const result = parseWorkout(
      'apple',
      iosWorkout([
        { type: 'activeEnergyBurned', value: 131.41, unit: 'kcal' },
        { type: 'basalEnergyBurned', value: 48.59, unit: 'kcal' },
      ]),
      0,
    );
    expect(result).toMatchObject({
      ok: true,
      item: { statistics: { active_energy: 131.41, basal_energy: 48.59 } },
    });
    expect(Object.keys(result.ok ? result.item.statistics : {})).not.toContain('total_energy');
  });

  it('prefers activeEnergyBurned over the legacy totalEnergyBurned, which holds the same active energy', () => {
    const result = parseWorkout(
      'apple',
      iosWorkout([
        { type: 'activeEnergyBurned', value: 300, unit: 'kcal' },
        { type: 'totalEnergyBurned', value: 300, unit: 'kcal' },
      ]),
      0,
    );
    expect(result).toMatchObject({
      ok: true,
      item: {
        statistics: { active_energy: 300 },
        otherValues: [
          { type: 'totalEnergyBurned', reason: 'active_energy already taken from activeEnergyBurned' },
        ],
      },
    });
  });

  it('accepts humidity already sent as 0–100', () => {
    const result = parseWorkout('apple', iosWorkout([{ type: 'weatherHumidity', value: 66, unit: '%' }]), 0);
    expect(result).toMatchObject({ ok: true, item: { statistics: { weather_humidity: 66 } } });
  });

  it('converts energy sent in kJ and keeps a statistic with an unconvertible unit aside', () => {
    const result = parseWorkout(
      'apple',
      iosWorkout([
        { type: 'activeEnergyBurned', value: 418.4, unit: 'kJ' },
        { type: 'distance', value: 5, unit: 'furlong' },
      ]),
      0,
    );
    expect(result).toMatchObject({
      ok: true,
      item: {
        statistics: { active_energy: 100 },
        otherValues: [
          {
            type: 'distance',
            value: 5,
            unit: 'furlong',
            reason: "unit 'furlong' cannot be converted to m for distance",
          },
        ],
      },
    });
  });

  it('derives the duration from start and end when no statistic gives it', () => {
    const result = parseWorkout('apple', iosWorkout(null), 0);
    expect(result).toMatchObject({ ok: true, item: { statistics: { duration: 1803 }, otherValues: [] } });
  });

  it('resolves a cadence without a unit by the activity', () => {
    const cycling = parseWorkout(
      'google',
      { ...iosWorkout([{ type: 'meanCadence', value: 85, unit: '' }]), type: 'CYCLING' },
      0,
    );
    const running = parseWorkout(
      'google',
      { ...iosWorkout([{ type: 'meanCadence', value: 170, unit: null }]), type: 'RUNNING' },
      0,
    );
    expect(cycling).toMatchObject({ ok: true, item: { statistics: { cycling_cadence_avg: 85 } } });
    expect(running).toMatchObject({ ok: true, item: { statistics: { step_cadence_avg: 170 } } });
  });

  it('keeps route, laps, segments, samples, title and notes', () => {
    const route = [
      { timestamp: '2026-04-10T06:01:00Z', latitude: 52.229676, longitude: 21.012229, altitudeM: 142.0 },
    ];
    const samples = [{ timestamp: '2026-04-10T06:01:00Z', type: 'heartRate', value: 110.0, unit: 'bpm' }];
    const segments = [
      { startDate: '2026-04-10T05:30:00Z', endDate: '2026-04-10T05:40:00Z', type: 'running', repetitions: 0 },
    ];
    const result = parseWorkout(
      'apple',
      iosWorkout([], {
        route,
        samples,
        segments,
        laps: [],
        title: ' Tempo ',
        notes: 'felt good',
        metadata: { a: 1 },
      }),
      0,
    );
    expect(result).toMatchObject({
      ok: true,
      item: { route, samples, segments, laps: [], title: 'Tempo', notes: 'felt good', metadata: { a: 1 } },
    });
  });

  it('files a workout without a type under other', () => {
    const result = parseWorkout('apple', iosWorkout([], { type: null }), 0);
    expect(result).toMatchObject({ ok: true, item: { activityType: 'other', vendorType: '' } });
  });

  it('rejects a workout whose end is before its start', () => {
    const result = parseWorkout('apple', iosWorkout([], { endDate: '2026-04-10T05:00:00Z' }), 4);
    expect(result).toEqual({
      ok: false,
      rejection: {
        collection: 'workouts',
        index: 4,
        type: 'running',
        reason: 'startDate 2026-04-10T05:30:00Z is after endDate 2026-04-10T05:00:00Z',
      },
    });
  });
});

describe('routeOf (iOS ≥ 0.15 workout routes)', () => {
  const point = (i: number) => ({
    timestamp: new Date(Date.UTC(2026, 3, 10, 6, 0, 0) + i * 1000).toISOString().replace('.000Z', 'Z'),
    latitude: 52.2 + i * 1e-5,
    longitude: 21.0 + i * 1e-5,
    altitudeM: 100 + (i % 7),
    horizontalAccuracyM: 4.2,
    verticalAccuracyM: null,
  });

  it('keeps thousands of points in time order, in the SDK shape', () => {
    const raw = Array.from({ length: 3600 }, (_, i) => point(3599 - i));
    const route = routeOf(raw)!;
    expect(route).toHaveLength(3600);
    expect(route[0]).toEqual(point(0));
    expect(route[3599]).toEqual(point(3599));
  });

  it('drops points without a time or with impossible coordinates, and negative accuracies', () => {
    const route = routeOf([
      point(0),
      { ...point(1), latitude: 91 },
      { ...point(2), longitude: 'east' },
      { ...point(3), timestamp: 'soon' },
      'not a point',
      { ...point(4), horizontalAccuracyM: -1 },
    ]);
    expect(route).toEqual([point(0), { ...point(4), horizontalAccuracyM: null }]);
    expect(routeOf(null)).toBeNull();
  });

  it(`thins a route longer than ${MAX_ROUTE_POINTS} points evenly, keeping the first and the last`, () => {
    const route = routeOf(Array.from({ length: MAX_ROUTE_POINTS * 2 + 1 }, (_, i) => point(i)))!;
    expect(route).toHaveLength(MAX_ROUTE_POINTS);
    expect(route[0]).toEqual(point(0));
    expect(route[MAX_ROUTE_POINTS - 1]).toEqual(point(MAX_ROUTE_POINTS * 2));
  });
});
