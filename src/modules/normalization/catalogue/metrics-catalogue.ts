import { ACTIVITY_TYPES } from './activity-types.js';
import type { MetricsCatalogueDto } from './dto/metrics-catalogue.dto.js';
import { METRICS } from './metrics.js';
import { SLEEP_STAGES } from './sleep-stages.js';
import { WORKOUT_STATISTICS } from './workout-statistics.js';

/** The catalogue as the API shows it: snake_case, units named, built once since it is constant data. */
export const METRICS_CATALOGUE: MetricsCatalogueDto = {
  metrics: METRICS.map((metric) => ({
    code: metric.code,
    unit: metric.unit,
    kind: metric.kind,
    aggregation: metric.aggregation,
    min: metric.min,
    max: metric.max,
    group: metric.group,
    description: metric.description,
    ...(metric.categories && { categories: { ...metric.categories } }),
    ...(metric.peerCode && { peer_code: metric.peerCode }),
  })),
  workout_statistics: WORKOUT_STATISTICS.map(({ code, unit, description }) => ({ code, unit, description })),
  activity_types: [...ACTIVITY_TYPES],
  sleep_stages: SLEEP_STAGES.map(({ code, description }) => ({ code, description })),
};
