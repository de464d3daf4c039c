import type { NormalizeBatchResult } from '../normalization/normalize-batch.types.js';
import type { BatchOutcome } from './sync-batches.repository.js';

export const REPORTED_REJECTIONS = 100;

/** Journal fields from normalization's result: totals over records, sleep and workouts; rejections capped. */
export function outcomeOf(
  result: NormalizeBatchResult,
  rejections: unknown[],
  timings: Record<string, number>,
): BatchOutcome {
  const collections = [result.records, result.sleep, result.workouts];
  const sum = (pick: (c: (typeof collections)[number]) => number) =>
    collections.reduce((s, c) => s + pick(c), 0);
  const rejected = sum((c) => c.rejected) + result.deleted.rejected;
  return {
    status: rejected > 0 ? 'partial' : 'completed',
    inserted: sum((c) => c.inserted),
    updated: sum((c) => c.updated),
    duplicate: sum((c) => c.duplicate),
    rejected,
    counts: {
      records: result.records,
      sleep: result.sleep,
      workouts: result.workouts,
      deleted: result.deleted,
    },
    rejections: rejections.slice(0, REPORTED_REJECTIONS),
    timings,
  };
}

/** Items the envelope refused before normalization count as received and rejected records. */
export function countRefused(result: NormalizeBatchResult, refused: number): void {
  result.records.received += refused;
  result.records.rejected += refused;
}
