import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  endOfString,
  nestsDeeperThan,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
} from '../../common/http/storable-text.js';
import { MAX_ITEMS_PER_PASS } from '../normalization/batch-passes.js';
import { DeferredItems } from '../normalization/deferred-items.js';
import { SegmentedBody, spansCovering } from './segmented-body.js';
import { parseJsonBody, type ParsedBatch } from './sync-envelope.js';

/** Bodies from this size on are split instead of parsed whole (a 2,000-item batch is about 1 MiB). */
export const SPLIT_BODY_MIN_BYTES = 4 * 1024 * 1024;

const COLLECTIONS = ['records', 'sleep', 'workouts', 'deleted'] as const;
type Collection = (typeof COLLECTIONS)[number];

const COMMA = 0x2c;
const COLON = 0x3a;

/** Where a value's text ends; -1 when the text ends first. Strings are skipped whole, so brackets in them do not count. */
function endOfValue(bytes: Uint8Array, from: number): number {
  const first = bytes[from];
  if (first === QUOTE) {
    const end = endOfString(bytes, from + 1);
    return end < 0 ? -1 : end + 1;
  }
  if (first === OPEN_BRACE || first === OPEN_BRACKET) {
    let depth = 0;
    for (let i = from; i < bytes.length; i++) {
      const byte = bytes[i];
      if (byte === QUOTE) {
        i = endOfString(bytes, i + 1);
        if (i < 0) return -1;
      } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
      else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
        if (--depth === 0) return i + 1;
      }
    }
    return -1;
  }
  // A number, true, false or null: up to the next structural character or space.
  let i = from;
  while (
    i < bytes.length &&
    !isSpace(bytes[i]!) &&
    bytes[i] !== COMMA &&
    bytes[i] !== CLOSE_BRACE &&
    bytes[i] !== CLOSE_BRACKET
  )
    i++;
  return i > from ? i : -1;
}

const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

function skipSpace(bytes: Uint8Array, from: number): number {
  let i = from;
  while (i < bytes.length && isSpace(bytes[i]!)) i++;
  return i;
}

/** An object's members as key and value ranges, or null when its text is not a well-formed object's outline. */
function members(
  bytes: Uint8Array,
  from: number,
): { entries: Array<[string, number, number]>; end: number } | null {
  if (bytes[from] !== OPEN_BRACE) return null;
  const entries: Array<[string, number, number]> = [];
  let i = skipSpace(bytes, from + 1);
  if (bytes[i] === CLOSE_BRACE) return { entries, end: i + 1 };
  for (;;) {
    if (bytes[i] !== QUOTE) return null;
    const keyEnd = endOfString(bytes, i + 1);
    if (keyEnd < 0) return null;
    const raw = bytes.subarray(i + 1, keyEnd);
    const key = raw.includes(BACKSLASH)
      ? (JSON.parse(Buffer.from(bytes.subarray(i, keyEnd + 1)).toString('utf8')) as string)
      : Buffer.from(raw).toString('utf8');
    i = skipSpace(bytes, keyEnd + 1);
    if (bytes[i] !== COLON) return null;
    const valueStart = skipSpace(bytes, i + 1);
    const valueEnd = endOfValue(bytes, valueStart);
    if (valueEnd < 0) return null;
    entries.push([key, valueStart, valueEnd]);
    i = skipSpace(bytes, valueEnd);
    if (bytes[i] === CLOSE_BRACE) return { entries, end: i + 1 };
    if (bytes[i] !== COMMA) return null;
    i = skipSpace(bytes, i + 1);
  }
}

/** The items of `text`, the comma-separated elements of an array without its brackets. */
const itemsIn = (text: string) => JSON.parse(`[${text}]`) as unknown[];

/** The element ranges of the array at `from`..`end`, or null when its outline is not well-formed. */
function elements(bytes: Uint8Array, from: number, end: number): Float64Array | null {
  const ranges: number[] = [];
  let i = skipSpace(bytes, from + 1);
  if (bytes[i] === CLOSE_BRACKET) return i === end - 1 ? new Float64Array(0) : null;
  for (;;) {
    const elementEnd = endOfValue(bytes, i);
    if (elementEnd < 0 || elementEnd > end) return null;
    ranges.push(i, elementEnd);
    i = skipSpace(bytes, elementEnd);
    if (bytes[i] === CLOSE_BRACKET) return i === end - 1 ? Float64Array.from(ranges) : null;
    if (bytes[i] !== COMMA) return null;
    i = skipSpace(bytes, i + 1);
  }
}

export interface SplitBody {
  /** The body with the item arrays emptied, parsed; each array stands as a sparse placeholder of its length. */
  envelope: unknown;
  /** After the envelope is parsed, puts the deferred items where the placeholders went. False: parse it whole. */
  adopt(batch: ParsedBatch): boolean;
  /** Where the deferred items read their text: one span per pass's worth of items (see SegmentedBody). */
  segmented: SegmentedBody;
}

/**
 * Splits a large sync body into its envelope and its items without parsing the items: `{…, "data": {"records": [
 * …], …}}` becomes the envelope with `[]` arrays plus each item's byte range. Items are then parsed by normalization,
 * a pass at a time, from the body's bytes; each is checked to parse before anything is stored, so a broken item
 * still makes the whole body invalid JSON, as JSON.parse would. Anything unusual (another shape, a repeated key, an
 * item that does not parse) answers null, and the caller parses the body whole.
 */
export function splitSyncBody(bytes: Buffer, start: number): SplitBody | null {
  const root = members(bytes, skipSpace(bytes, start));
  if (!root || skipSpace(bytes, root.end) !== bytes.length) return null;
  const dataEntries = root.entries.filter(([key]) => key === 'data');
  if (dataEntries.length !== 1) return null;
  const [, dataStart] = dataEntries[0]!;
  const data = members(bytes, dataStart);
  if (!data) return null;

  const cuts: Array<[number, number]> = [];
  // One span per pass's worth of items (passes start at multiples of MAX_ITEMS_PER_PASS in each collection).
  const groups: Array<[number, number]> = [];
  const collections: Array<[Collection, Float64Array]> = [];
  for (const collection of COLLECTIONS) {
    const found = data.entries.filter(([key]) => key === collection);
    if (found.length > 1) return null;
    if (found.length === 0 || bytes[found[0]![1]] !== OPEN_BRACKET) continue;
    const [, from, end] = found[0]!;
    const ranges = elements(bytes, from, end);
    if (!ranges) return null;
    const count = ranges.length / 2;
    // Every item must parse before any is stored; checked a few at a time so that none is kept.
    for (let k = 0; k < count; k += 1000) {
      try {
        itemsIn(bytes.toString('utf8', ranges[2 * k]!, ranges[2 * Math.min(k + 1000, count) - 1]!));
      } catch {
        return null;
      }
    }
    cuts.push([from + 1, end - 1]);
    for (let k = 0; k < count; k += MAX_ITEMS_PER_PASS)
      groups.push([ranges[2 * k]!, ranges[2 * Math.min(k + MAX_ITEMS_PER_PASS, count) - 1]!]);
    collections.push([collection, ranges]);
  }
  if (collections.length === 0) return null;
  const body = new SegmentedBody(bytes, spansCovering(bytes.length, groups));
  const deferred = new Map<Collection, DeferredItems>();
  for (const [collection, ranges] of collections) {
    // Items first..last-1 are contiguous in the body, separated by commas (checked above): one JSON.parse reads them.
    const take = (first: number, last: number): unknown[] =>
      last <= first ? [] : itemsIn(body.text(ranges[2 * first]!, ranges[2 * last - 1]!));
    deferred.set(collection, new DeferredItems(ranges.length / 2, take));
  }

  cuts.sort((a, b) => a[0] - b[0]);
  const pieces: Buffer[] = [];
  let at = start;
  for (const [from, to] of cuts) {
    pieces.push(bytes.subarray(at, from));
    at = to;
  }
  pieces.push(bytes.subarray(at));
  let envelope: unknown;
  try {
    envelope = JSON.parse(Buffer.concat(pieces).toString('utf8'));
  } catch {
    return null;
  }
  const envelopeData = (envelope as { data: Record<string, unknown> }).data;
  const placeholders = new Map<Collection, unknown[]>();
  for (const [collection, items] of deferred) {
    const placeholder = new Array<unknown>(items.length);
    placeholders.set(collection, placeholder);
    envelopeData[collection] = placeholder;
  }
  return {
    envelope,
    adopt(batch) {
      for (const [collection, placeholder] of placeholders)
        if (batch.data[collection] !== placeholder) return false;
      for (const [collection, items] of deferred) batch.data[collection] = items;
      return true;
    },
    segmented: body,
  };
}

/** A parsed sync body; `segmented` when it was split, whose bytes then go compressed (SegmentedBody#compress). */
export interface ParsedSyncBody {
  batch: ParsedBatch;
  segmented: SegmentedBody | null;
}

/**
 * Parses a sync body into its batch with `parse` (the envelope's rules): a large body is split (see splitSyncBody),
 * anything else, or anything the split declines, is parsed whole.
 */
export function parseSyncBody(bytes: Buffer, parse: (json: unknown) => ParsedBatch): ParsedSyncBody {
  if (bytes.length >= SPLIT_BODY_MIN_BYTES && !nestsDeeperThan(bytes)) {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    let split: SplitBody | null = null;
    try {
      split = splitSyncBody(bytes, bom);
    } catch {
      // A key with a broken escape, say: the whole parse below says what is wrong.
    }
    if (split) {
      const batch = parse(split.envelope);
      if (split.adopt(batch)) return { batch, segmented: split.segmented };
    }
  }
  return { batch: parse(parseJsonBody(bytes)), segmented: null };
}
