import { describe, expect, it } from '@jest/globals';
import { bucketAggregation, metricOrThrow, resolutionSeconds } from './resolution.js';

describe('bucket aggregation', () => {
  it('sums interval quantities, averages instant samples and counts categories', () => {
    expect(bucketAggregation(metricOrThrow('steps'))).toBe('sum');
    expect(bucketAggregation(metricOrThrow('active_energy'))).toBe('sum');
    expect(bucketAggregation(metricOrThrow('heart_rate'))).toBe('avg');
    expect(bucketAggregation(metricOrThrow('weight'))).toBe('avg');
    expect(bucketAggregation(metricOrThrow('menstrual_flow'))).toBe('count');
  });

  it('maps resolutions to bucket widths', () => {
    expect(['1min', '5min', '15min', '1hour', '1day'].map((r) => resolutionSeconds(r as '1min'))).toEqual([
      60, 300, 900, 3600, 86400,
    ]);
  });
});
