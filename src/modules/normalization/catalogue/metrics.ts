import type { MetricDefinition } from './metric-definition.js';
import { ACTIVITY_METRICS } from './metrics/activity.js';
import { BODY_METRICS } from './metrics/body.js';
import { CARDIORESPIRATORY_METRICS } from './metrics/cardiorespiratory.js';
import { ENVIRONMENT_METRICS } from './metrics/environment.js';
import { MOVEMENT_METRICS } from './metrics/movement.js';
import { NUTRITION_METRICS } from './metrics/nutrition.js';
import { VENDOR_AND_OTHER_METRICS } from './metrics/vendor.js';
import { WELLBEING_METRICS } from './metrics/wellbeing.js';

const ALL = [
  ...CARDIORESPIRATORY_METRICS,
  ...BODY_METRICS,
  ...ACTIVITY_METRICS,
  ...MOVEMENT_METRICS,
  ...ENVIRONMENT_METRICS,
  ...NUTRITION_METRICS,
  ...WELLBEING_METRICS,
  ...VENDOR_AND_OTHER_METRICS,
] as const;

/** Every metric code the mapping tables may target; a typo in a table is a compile error. */
export type MetricCode = (typeof ALL)[number]['code'];

export const METRICS: readonly MetricDefinition[] = ALL;

const BY_CODE: ReadonlyMap<string, MetricDefinition> = new Map(
  METRICS.map((metric) => [metric.code, metric]),
);

export function getMetric(code: string): MetricDefinition | undefined {
  return BY_CODE.get(code);
}
