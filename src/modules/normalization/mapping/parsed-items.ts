/**
 * The contract between parsing (one SDK item in, one typed item out, pure code in mapping/) and persistence
 * (normalization.service.ts writes the typed items). Times are UTC instants; values are in canonical units.
 */

export type Provider = 'apple' | 'google' | 'samsung';

export type Collection = 'records' | 'sleep' | 'workouts' | 'deleted';

export type DeviceType =
  | 'phone'
  | 'watch'
  | 'ring'
  | 'scale'
  | 'fitness_band'
  | 'chest_strap'
  | 'head_mounted'
  | 'smart_display'
  | 'unknown';

/** Where a record came from; equal origins have equal `key`s (one data-source row per user per key). */
export interface SourceDescriptor {
  provider: Provider;
  /** Writer app: iOS bundle id, Android package name; null for Samsung aggregates. */
  appId: string | null;
  appName: string | null;
  deviceName: string | null;
  deviceModel: string | null;
  deviceManufacturer: string | null;
  deviceType: DeviceType;
  /** Health Connect: active | automatic | manual | unknown; null elsewhere. */
  recordingMethod: string | null;
  softwareVersion: string | null;
  /** Stable hash of the fields above. */
  key: string;
}

interface ItemBase {
  /** Position in its collection, for rejection reports. */
  index: number;
  /** The platform's own id (HealthKit UUID, Health Connect id, Samsung uid); null when absent. */
  recordId: string | null;
  parentId: string | null;
  start: Date;
  end: Date;
  /** `+HH:MM` / `-HH:MM` (a `Z` arrives as `+00:00`), or null when the SDK did not send one. */
  zoneOffset: string | null;
  source: SourceDescriptor;
  /** The type string exactly as the SDK sent it. */
  vendorType: string;
}

/** A numeric sample of a catalogue metric, already in the metric's canonical unit. */
export interface NormalizedSample extends ItemBase {
  kind: 'sample';
  metric: string;
  value: number;
  unit: string;
  /** For category metrics (menstrual flow, mindful session, …): the category label of `value`. */
  category?: string | null;
  metadata: Record<string, string> | null;
  /** The value and unit exactly as the SDK sent them, before conversion (lossless export, audits). */
  vendorValue?: number | null;
  vendorUnit?: string | null;
}

/** A record whose type no mapping knows: kept as is, counted and reported, never dropped. */
export interface UnknownRecord extends ItemBase {
  kind: 'unknown';
  value: number | null;
  unit: string | null;
  metadata: Record<string, string> | null;
}

export type SleepStage = 'in_bed' | 'asleep' | 'awake' | 'light' | 'deep' | 'rem' | 'unknown';

export interface NormalizedSleepStage extends ItemBase {
  kind: 'sleep_stage';
  stage: SleepStage;
  /** Extra per-item values some platforms send (Samsung sleepScore). */
  values: Array<{ type: string; value: number; unit: string | null }>;
}

/** Workout statistics in canonical units; keys are the catalogue's workout statistic codes. */
export type WorkoutStatistics = Record<string, number>;

export interface NormalizedWorkout extends ItemBase {
  kind: 'workout';
  /** Unified activity vocabulary (running, cycling, swimming, …). */
  activityType: string;
  title: string | null;
  notes: string | null;
  statistics: WorkoutStatistics;
  /** Values the mapping does not know, or could not convert or accept, kept as sent; `reason` says why. */
  otherValues: Array<{ type: string; value: number; unit: string | null; reason?: string }>;
  route: unknown[] | null;
  laps: unknown[] | null;
  segments: unknown[] | null;
  samples: unknown[] | null;
  metadata: Record<string, unknown> | null;
}

export interface DeletionRequest {
  index: number;
  recordId: string;
  vendorType: string | null;
}

export interface Rejection {
  collection: Collection;
  index: number;
  reason: string;
  type?: string;
}

export type ParseResult<T> = { ok: true; item: T } | { ok: false; rejection: Rejection };

export type ParsedRecord = NormalizedSample | UnknownRecord;
