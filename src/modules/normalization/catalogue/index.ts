export { ACTIVITY_TYPES, FALLBACK_ACTIVITY_TYPE, type ActivityType } from './activity-types.js';
export type { Aggregation, MetricDefinition, MetricGroup, MetricKind } from './metric-definition.js';
export { getMetric, METRICS, type MetricCode } from './metrics.js';
export { SLEEP_STAGES, type SleepStageDefinition } from './sleep-stages.js';
export { convertUnit, getUnit, UNITS, type Dimension, type UnitDefinition } from './units.js';
export {
  getWorkoutStatistic,
  WORKOUT_STATISTICS,
  type WorkoutStatisticCode,
  type WorkoutStatisticDefinition,
} from './workout-statistics.js';
