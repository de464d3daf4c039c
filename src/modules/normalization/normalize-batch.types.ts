import type { BatchTouched } from './batch-touched.js';
import type { Provider, Rejection } from './mapping/parsed-items.js';

/** What ingestion hands to normalization, inside ingestion's transaction. */
export interface NormalizeBatchInput {
  userId: string;
  applicationId: string;
  batchId: string;
  provider: Provider;
  /** The envelope's `data` object as received (arrays may be missing or hold anything). */
  data: { records?: unknown; sleep?: unknown; workouts?: unknown; deleted?: unknown };
  /**
   * Items without platform ids (an Apple Health export): a sample, sleep stage or workout that another data source of
   * the same origin already holds counts as a duplicate and is not stored (see findHeldByOtherSources).
   */
  skipHeldByOtherSources?: boolean;
  /**
   * The items' ids are derived from their intervals (an export's deterministic ids, see exportItemId), so an id seen
   * again is the same reading, never a record moved to another interval: the probes for moved records are skipped.
   */
  idsPinTheirInterval?: boolean;
  /**
   * True when the caller has proved that no string in `data` can hold a NUL or an unpaired surrogate (its JSON text
   * had no `\u` escape, see mayEscapeUnstorableText), so the per-item walk for such text is skipped.
   */
  textKnownStorable?: boolean;
}

export interface CollectionCounts {
  received: number;
  inserted: number;
  updated: number;
  duplicate: number;
  rejected: number;
}

export interface NormalizeBatchResult {
  records: CollectionCounts & { unknown: number };
  sleep: CollectionCounts;
  workouts: CollectionCounts;
  deleted: { received: number; applied: number; rejected: number };
  /** Every rejection, in collection then index order (ingestion reports the first 100). */
  rejections: Rejection[];
  /** Metrics, time range and local days the batch touched (for webhook events; no values). */
  touched: BatchTouched;
  /** The data sources this batch delivered data for. */
  dataSourceIds: string[];
}
