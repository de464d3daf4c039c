import type { BatchTouched } from './batch-touched.js';
import { DeferredItems, materialized } from './deferred-items.js';
import type { Collection } from './mapping/parsed-items.js';
import type { NormalizeBatchInput, NormalizeBatchResult } from './normalize-batch.types.js';

/** Items one normalization pass maps and writes at most; a larger batch is written in several, in one transaction. */
export const MAX_ITEMS_PER_PASS = 10_000;

export interface BatchPass {
  data: NormalizeBatchInput['data'];
  /** Where each collection's slice starts in the whole batch, for the rejections' indexes. */
  offsets: Partial<Record<Collection, number>>;
}

const WRITTEN_IN_ORDER = ['records', 'sleep', 'workouts'] as const;

/**
 * Splits a large batch into passes of at most `maxItems` items, in the order one pass writes them (records, sleep,
 * workouts), deletions with the last pass, so that they still run after every write. Holding one pass's mapped items
 * and rows at a time instead of the whole batch's is what keeps a 64 MiB body's memory down. A batch that fits, or
 * whose collections are not arrays (rejected as a whole by the pass), is one pass. Deferred items are parsed here, one
 * pass's worth at a time, when the pass is taken: the passes are yielded one by one, so a pass's items do not exist
 * before the pass before it is written.
 */
export function* batchPasses(
  data: NormalizeBatchInput['data'],
  maxItems = MAX_ITEMS_PER_PASS,
): Generator<BatchPass> {
  const sliceable = (value: unknown): value is unknown[] | DeferredItems =>
    Array.isArray(value) || value instanceof DeferredItems;
  const lengths = WRITTEN_IN_ORDER.map((c) => {
    const value = data[c];
    return sliceable(value) ? value.length : 0;
  });
  const allSliceable = WRITTEN_IN_ORDER.every(
    (c) => data[c] === undefined || data[c] === null || sliceable(data[c]),
  );
  const total = lengths.reduce((a, b) => a + b, 0);
  if (!allSliceable || total <= maxItems) {
    const whole = { ...data };
    for (const c of [...WRITTEN_IN_ORDER, 'deleted'] as const)
      if (c in data) whole[c] = materialized(data[c]);
    yield { data: whole, offsets: {} };
    return;
  }
  const cuts: Array<{ collection: (typeof WRITTEN_IN_ORDER)[number]; start: number }> = [];
  WRITTEN_IN_ORDER.forEach((collection, c) => {
    for (let start = 0; start < lengths[c]!; start += maxItems) cuts.push({ collection, start });
  });
  for (const [i, { collection, start }] of cuts.entries()) {
    const items = data[collection] as unknown[] | DeferredItems;
    const pass: BatchPass = {
      data: { [collection]: items.slice(start, start + maxItems) },
      offsets: { [collection]: start },
    };
    if (i === cuts.length - 1) pass.data.deleted = materialized(data.deleted);
    yield pass;
  }
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();

function mergeTouched(a: BatchTouched, b: BatchTouched): BatchTouched {
  const sampleDays: Record<string, string[]> = { ...a.sampleDays };
  for (const [metric, days] of Object.entries(b.sampleDays))
    sampleDays[metric] = union(sampleDays[metric] ?? [], days);
  const timeRange =
    a.timeRange && b.timeRange
      ? {
          start: a.timeRange.start < b.timeRange.start ? a.timeRange.start : b.timeRange.start,
          end: a.timeRange.end > b.timeRange.end ? a.timeRange.end : b.timeRange.end,
        }
      : (a.timeRange ?? b.timeRange);
  return {
    metrics: union(a.metrics, b.metrics),
    timeRange,
    sampleDays,
    sleepDays: union(a.sleepDays, b.sleepDays),
    workoutDays: union(a.workoutDays, b.workoutDays),
    changed: a.changed || b.changed,
  };
}

/** One result for the whole batch from the results of its passes, in order. */
export function mergePassResults(a: NormalizeBatchResult, b: NormalizeBatchResult): NormalizeBatchResult {
  const add = <T extends object>(x: T, y: T): T =>
    Object.fromEntries(
      Object.entries(x).map(([k, v]) => [k, (v as number) + ((y as Record<string, number>)[k] ?? 0)]),
    ) as T;
  return {
    records: add(a.records, b.records),
    sleep: add(a.sleep, b.sleep),
    workouts: add(a.workouts, b.workouts),
    deleted: add(a.deleted, b.deleted),
    rejections: [...a.rejections, ...b.rejections],
    touched: mergeTouched(a.touched, b.touched),
    dataSourceIds: [...new Set([...a.dataSourceIds, ...b.dataSourceIds])],
  };
}
