import type { ActivityType, MetricCode, WorkoutStatisticCode } from '../catalogue/index.js';

/** How one platform type string becomes a catalogue metric. */
export interface RecordMapping {
  metric: MetricCode;
  /** A `%` from this type is a 0–1 fraction (HealthKit's percent unit), stored ×100. */
  fractionPercent?: true;
  /** Unit strings that mean the metric's own unit here (HealthKit has no kg/m² and sends BMI as `count`). */
  impliedUnits?: readonly string[];
  /** The value is the sample's duration in minutes (HealthKit mindful sessions carry no quantity). */
  valueFromDuration?: true;
}

export type RecordTypeTable = Readonly<Record<string, RecordMapping>>;

/**
 * How a vendor workout statistic becomes a canonical one. `cadence` statistics are resolved by the unit they
 * carry (spm → step cadence, rpm → pedalling cadence) because the same name means either on Android.
 */
export type StatisticMapping =
  { code: WorkoutStatisticCode; fractionPercent?: 'when_at_most_one' } | { cadence: 'avg' | 'max' };

/** Entries earlier in the table win when two vendor statistics land on the same code. */
export type StatisticTable = Readonly<Record<string, StatisticMapping>>;

export type ActivityTable = Readonly<Record<string, ActivityType>>;
