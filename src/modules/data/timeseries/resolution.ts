import { getMetric, type MetricDefinition } from '../../normalization/catalogue/index.js';

export const RESOLUTIONS = ['raw', '1min', '5min', '15min', '1hour', '1day'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

const SECONDS: Record<Exclude<Resolution, 'raw'>, number> = {
  '1min': 60,
  '5min': 300,
  '15min': 900,
  '1hour': 3600,
  '1day': 86400,
};

export function resolutionSeconds(resolution: Exclude<Resolution, 'raw'>): number {
  return SECONDS[resolution];
}

/**
 * How a metric's samples roll up into a bucket: interval quantities (steps, energy, distance) add up, pro-rated by
 * the share of their interval inside the bucket; instant samples (heart rate, weight) average with min and max;
 * labelled (category) samples are counted.
 */
export type BucketAggregation = 'sum' | 'avg' | 'count';

export function bucketAggregation(metric: MetricDefinition): BucketAggregation {
  if (metric.kind === 'category') return 'count';
  return metric.kind === 'interval' ? 'sum' : 'avg';
}

export function metricOrThrow(code: string): MetricDefinition {
  const metric = getMetric(code);
  if (!metric) throw new Error(`unknown metric ${code}`);
  return metric;
}
