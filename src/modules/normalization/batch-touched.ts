import { localDate } from '../../common/time/local-time.js';
import type { NormalizedSample, NormalizedSleepStage, NormalizedWorkout } from './mapping/parsed-items.js';

/** What a batch touched, without values: which metrics, when, and which of the user's local days. */
export interface BatchTouched {
  /** Catalogue codes of the stored samples, sorted. */
  metrics: string[];
  timeRange: { start: string; end: string } | null;
  /** Local days (YYYY-MM-DD) per sample metric. */
  sampleDays: Record<string, string[]>;
  /** Local days sleep stages end on (a night belongs to its wake-up day). */
  sleepDays: string[];
  workoutDays: string[];
  /** Something was inserted, updated or deleted (an all-duplicate re-send changes no summary). */
  changed: boolean;
}

export function describeTouched(
  samples: NormalizedSample[],
  stages: NormalizedSleepStage[],
  workouts: NormalizedWorkout[],
  changed: boolean,
): BatchTouched {
  let start = Infinity;
  let end = -Infinity;
  const span = (item: { start: Date; end: Date }) => {
    start = Math.min(start, item.start.getTime());
    end = Math.max(end, item.end.getTime());
  };
  const sampleDays = new Map<string, Set<string>>();
  for (const sample of samples) {
    span(sample);
    let days = sampleDays.get(sample.metric);
    if (!days) sampleDays.set(sample.metric, (days = new Set()));
    days.add(localDate(sample.start, sample.zoneOffset));
  }
  const sleepDays = new Set<string>();
  for (const stage of stages) {
    span(stage);
    sleepDays.add(localDate(stage.end, stage.zoneOffset));
  }
  const workoutDays = new Set<string>();
  for (const workout of workouts) {
    span(workout);
    workoutDays.add(localDate(workout.start, workout.zoneOffset));
  }
  const sorted = (set: Set<string>) => [...set].sort();
  return {
    metrics: sorted(new Set(sampleDays.keys())),
    timeRange: Number.isFinite(start)
      ? { start: new Date(start).toISOString(), end: new Date(end).toISOString() }
      : null,
    sampleDays: Object.fromEntries([...sampleDays].map(([metric, days]) => [metric, sorted(days)])),
    sleepDays: sorted(sleepDays),
    workoutDays: sorted(workoutDays),
    changed,
  };
}
