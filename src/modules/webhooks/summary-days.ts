import { ACTIVITY_GROUPS, BODY_SUMMARY_METRICS } from '../data/summaries/summary-metrics.js';
import type { BatchTouched } from '../normalization/batch-touched.js';
import type { SummaryDayDto, SummaryKind } from './dto/webhook-events.dto.js';

/** Sample metrics that feed the activity summary: its figures plus the day's heart rate. */
const ACTIVITY_METRICS = new Set<string>([...ACTIVITY_GROUPS.flatMap((g) => g.metrics), 'heart_rate']);
const BODY = new Set<string>(BODY_SUMMARY_METRICS);

export type PendingSummaryDays = Record<string, Partial<Record<SummaryKind, true>>>;

/** The summaries a batch may have changed, per local day, as the outbox merges them. */
export function summaryDaysOf(touched: BatchTouched): PendingSummaryDays {
  const days: PendingSummaryDays = {};
  const mark = (day: string, kind: SummaryKind) => ((days[day] ??= {})[kind] = true);
  for (const [metric, metricDays] of Object.entries(touched.sampleDays)) {
    const kind = ACTIVITY_METRICS.has(metric) ? 'activity' : BODY.has(metric) ? 'body' : null;
    if (kind) for (const day of metricDays) mark(day, kind);
  }
  for (const day of touched.sleepDays) mark(day, 'sleep');
  for (const day of touched.workoutDays) mark(day, 'activity');
  return days;
}

/** Adds `more` to `days`. */
export function mergeSummaryDays(days: PendingSummaryDays, more: PendingSummaryDays): void {
  for (const [day, kinds] of Object.entries(more)) Object.assign((days[day] ??= {}), kinds);
}

/** The wire form of a merged pending change: days oldest first, kinds in a fixed order. */
export function summaryDaysPayload(pending: PendingSummaryDays): SummaryDayDto[] {
  const order: SummaryKind[] = ['activity', 'sleep', 'body'];
  return Object.keys(pending)
    .sort()
    .map((day) => ({ local_date: day, kinds: order.filter((kind) => pending[day][kind]) }));
}
