import { findUnstorableText } from '../../../common/http/storable-text.js';
import type {
  ParsedRecord,
  NormalizedSleepStage,
  NormalizedWorkout,
  SourceDescriptor,
} from './parsed-items.js';

/**
 * The widths of the varchar columns a parsed item is written to (see the entities). An item that does not fit is
 * rejected on its own with a reason, instead of PostgreSQL failing the whole batch (22001).
 */
const SOURCE_LIMITS: Array<[keyof SourceDescriptor, number]> = [
  ['appId', 255],
  ['appName', 255],
  ['deviceName', 255],
  ['deviceModel', 255],
  ['deviceManufacturer', 255],
  ['recordingMethod', 32],
  ['softwareVersion', 64],
];

type Limits<T> = Array<[keyof T & string, number]>;

const SAMPLE_LIMITS: Limits<ParsedRecord> = [
  ['vendorType', 128],
  ['unit', 32],
  ['recordId', 255],
  ['parentId', 255],
];
const UNKNOWN_RECORD_LIMITS: Limits<ParsedRecord> = [
  ['vendorType', 128],
  ['unit', 64],
  ['recordId', 255],
  ['parentId', 255],
];
const SLEEP_STAGE_LIMITS: Limits<NormalizedSleepStage> = [
  ['vendorType', 64],
  ['recordId', 255],
  ['parentId', 255],
];
const WORKOUT_LIMITS: Limits<NormalizedWorkout> = [
  ['vendorType', 128],
  ['activityType', 64],
  ['title', 255],
  ['recordId', 255],
  ['parentId', 255],
];

/** Characters as PostgreSQL counts them (code points), not UTF-16 units. */
function characters(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

function overLong<T>(item: T, limits: Limits<T>): string | undefined {
  for (const [field, max] of limits) {
    const value = item[field];
    if (typeof value === 'string' && value.length > max && characters(value) > max)
      return `${field} is longer than ${max} characters`;
  }
  return undefined;
}

type Writable = ParsedRecord | NormalizedSleepStage | NormalizedWorkout;

/** Why a parsed item cannot be stored as it is, or undefined when it fits. */
export function unfitForColumns(item: Writable): string | undefined {
  const own =
    item.kind === 'sample'
      ? overLong(item, SAMPLE_LIMITS)
      : item.kind === 'unknown'
        ? overLong(item, UNKNOWN_RECORD_LIMITS)
        : item.kind === 'sleep_stage'
          ? overLong(item, SLEEP_STAGE_LIMITS)
          : overLong(item, WORKOUT_LIMITS);
  if (own) return own;
  const source = overLong(item.source, SOURCE_LIMITS);
  return source ? `source.${source}` : undefined;
}

/** Why a raw item's text cannot be stored at all (NUL, lone surrogate), or undefined. */
export function unstorableTextIn(raw: unknown): string | undefined {
  const found = findUnstorableText(raw);
  return found
    ? `${found.path} contains a NUL character or an unpaired UTF-16 surrogate, which cannot be stored`
    : undefined;
}
