import type { NormalizeBatchResult } from '../normalization/normalize-batch.types.js';
import type { ExportChunk } from './apple-health/export-reader.js';
import type { ImportRejection, ImportTypeCounts } from './import.entity.js';

/** The export type a sleep item or workout is counted under (records carry their own HealthKit type). */
export const SLEEP_TYPE = 'HKCategoryTypeIdentifierSleepAnalysis';
export const WORKOUT_TYPE = 'Workout';

type Collection = 'records' | 'sleep' | 'workouts';

/** Items of one export type, in the shape normalization takes. */
export interface TypeGroup {
  type: string;
  collection: Collection;
  data: { records?: unknown[]; sleep?: unknown[]; workouts?: unknown[] };
}

/**
 * Splits a chunk by export type, so that normalization's counts are per type. An export lists records type by type,
 * so a chunk holds one or two types and this costs one or two statements more, not one per item.
 */
export function groupByType(data: ExportChunk['data']): TypeGroup[] {
  const records = new Map<string, unknown[]>();
  for (const record of data.records) {
    const type = String((record as { type?: unknown }).type ?? 'unknown');
    const list = records.get(type);
    if (list) list.push(record);
    else records.set(type, [record]);
  }
  const groups: TypeGroup[] = [...records].map(([type, items]) => ({
    type,
    collection: 'records',
    data: { records: items },
  }));
  if (data.sleep.length > 0)
    groups.push({ type: SLEEP_TYPE, collection: 'sleep', data: { sleep: data.sleep } });
  if (data.workouts.length > 0)
    groups.push({ type: WORKOUT_TYPE, collection: 'workouts', data: { workouts: data.workouts } });
  return groups;
}

/** Running per-type counts and the rejections of one chunk. */
export class ImportTally {
  readonly rejections: ImportRejection[] = [];
  rejectionCount = 0;

  constructor(readonly counts: Record<string, ImportTypeCounts>) {}

  private of(type: string): ImportTypeCounts {
    return (this.counts[type] ??= { seen: 0, stored: 0, duplicate: 0, rejected: 0 });
  }

  /** What the reader saw and refused. */
  addRead(chunk: Pick<ExportChunk, 'seen' | 'rejections'>): void {
    for (const [type, n] of Object.entries(chunk.seen)) this.of(type).seen += n;
    for (const rejection of chunk.rejections) {
      this.of(rejection.type).rejected++;
      this.reject(rejection);
    }
  }

  /** What normalization did with one type's items. */
  addNormalized(group: TypeGroup, result: NormalizeBatchResult): void {
    const counts = result[group.collection];
    const entry = this.of(group.type);
    entry.stored += counts.inserted + counts.updated;
    entry.duplicate += counts.duplicate;
    entry.rejected += counts.rejected;
    for (const rejection of result.rejections)
      this.reject({ type: group.type, reason: rejection.reason, line: null });
  }

  private reject(rejection: ImportRejection): void {
    this.rejectionCount++;
    this.rejections.push(rejection);
  }
}
