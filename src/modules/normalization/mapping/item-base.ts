import { describeValue, type JsonObject } from './fields.js';
import { parseSource } from './source.js';
import { parseZoneOffset } from '../../../common/time/local-time.js';
import { parseTimestamp } from './timestamps.js';
import type { Collection, NormalizedSample, ParseResult, Provider } from './parsed-items.js';

/** The fields every record, sleep stage and workout shares. */
export type ItemBaseFields = Pick<
  NormalizedSample,
  'index' | 'recordId' | 'parentId' | 'start' | 'end' | 'zoneOffset' | 'source' | 'vendorType'
>;

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Longest platform id we keep; longer ids cannot be matched for edits and deletions, so they are refused. */
export const MAX_ID_LENGTH = 255;

export function rejection<T>(
  collection: Collection,
  index: number,
  reason: string,
  type?: string,
): ParseResult<T> {
  return {
    ok: false,
    rejection: type === undefined ? { collection, index, reason } : { collection, index, reason, type },
  };
}

export function parseItemBase(
  provider: Provider,
  raw: JsonObject,
  index: number,
  vendorType: string,
): Checked<ItemBaseFields> {
  const recordId = readId(raw.id, 'id');
  if (!recordId.ok) return recordId;
  const parentId = readId(raw.parentId, 'parentId');
  if (!parentId.ok) return parentId;

  const start = readTimestamp(raw.startDate, 'startDate');
  if (!start.ok) return start;
  const end = readTimestamp(raw.endDate, 'endDate');
  if (!end.ok) return end;
  if (start.value.getTime() > end.value.getTime()) {
    return {
      ok: false,
      reason: `startDate ${raw.startDate as string} is after endDate ${raw.endDate as string}`,
    };
  }

  const zoneOffset = parseZoneOffset(raw.zoneOffset);
  if (!zoneOffset.ok) {
    return { ok: false, reason: `zoneOffset ${describeValue(raw.zoneOffset)} is not Z, ±HH:MM or ±HH:MM:SS` };
  }

  return {
    ok: true,
    value: {
      index,
      recordId: recordId.value,
      parentId: parentId.value,
      start: start.value,
      end: end.value,
      zoneOffset: zoneOffset.value,
      source: parseSource(provider, raw.source),
      vendorType,
    },
  };
}

/** A platform id as a string; null when absent. Numbers are accepted because some writers use numeric ids. */
export function readId(value: unknown, field: string): Checked<string | null> {
  if (value === null || value === undefined) return { ok: true, value: null };
  if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value: String(value) };
  if (typeof value !== 'string')
    return { ok: false, reason: `${field} must be a string, got ${describeValue(value)}` };
  const trimmed = value.trim();
  if (trimmed.length > MAX_ID_LENGTH) {
    return { ok: false, reason: `${field} is longer than ${MAX_ID_LENGTH} characters` };
  }
  return { ok: true, value: trimmed === '' ? null : trimmed };
}

function readTimestamp(value: unknown, field: string): Checked<Date> {
  if (value === null || value === undefined || value === '') return { ok: false, reason: `missing ${field}` };
  const parsed = parseTimestamp(value);
  if (!parsed)
    return { ok: false, reason: `${field} ${describeValue(value)} is not an ISO-8601 timestamp with a zone` };
  return { ok: true, value: parsed };
}

/** The item's type string, or a reason when it has none. */
export function readType(raw: JsonObject, field = 'type'): Checked<string> {
  const value = raw[field];
  if (typeof value !== 'string' || value.trim() === '') {
    return { ok: false, reason: `missing ${field}` };
  }
  return { ok: true, value: value.trim() };
}
