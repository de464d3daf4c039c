import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import { DeferredItems } from '../normalization/deferred-items.js';
import { parseSyncBody, splitSyncBody } from './large-body.js';
import { parseSyncEnvelope, type ParsedBatch } from './sync-envelope.js';

const tricky = [
  {
    id: 'a',
    note: 'brackets ] } [ { and "quotes" and \\ backslashes',
    nested: { deep: [1, [2, { x: null }]] },
  },
  { id: 'b', emoji: 'héllo ✓ 😀', n: -1.5e3, ok: true, none: null },
  'a string item',
  42,
  [],
];

const body = (text: string) => Buffer.from(text, 'utf8');

/** Everything a batch carries, with deferred collections parsed, for comparison with JSON.parse. */
function expanded(data: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key, value instanceof DeferredItems ? value.slice() : value]),
  );
}

function splitAndAdopt(text: string) {
  const split = splitSyncBody(body(text), 0);
  if (!split) return null;
  const batch = { data: (split.envelope as { data: ParsedBatch['data'] }).data } as ParsedBatch;
  expect(split.adopt(batch)).toBe(true);
  return { envelope: split.envelope as Record<string, unknown>, data: batch.data as Record<string, unknown> };
}

describe('splitSyncBody', () => {
  it('keeps the envelope, defers each array of items, and gives back exactly what JSON.parse reads', () => {
    const whole = {
      provider: 'google',
      sdkVersion: '0.11.0',
      data: { records: tricky, sleep: [{ s: 1 }], workouts: [], deleted: [{ id: 'x' }], other: [1, 2] },
      after: { data: 'not this one' },
    };
    const text = JSON.stringify(whole, null, 1);
    const result = splitAndAdopt(text)!;
    expect(result.envelope.provider).toBe('google');
    expect(result.envelope.after).toEqual({ data: 'not this one' });
    expect(result.data.records).toBeInstanceOf(DeferredItems);
    expect((result.data.records as DeferredItems).length).toBe(tricky.length);
    expect(expanded(result.data)).toEqual(whole.data);
    expect((result.data.records as DeferredItems).slice(1, 3)).toEqual(tricky.slice(1, 3));
  });

  it('shows the envelope sparse arrays of the right length, so the envelope counts the items', () => {
    const text = JSON.stringify({ provider: 'apple', data: { records: [{ a: 1 }, { a: 2 }, { a: 3 }] } });
    const split = splitSyncBody(body(text), 0)!;
    const records = (split.envelope as { data: { records: unknown[] } }).data.records;
    expect(Array.isArray(records)).toBe(true);
    expect(records).toHaveLength(3);
    expect(parseSyncEnvelope(split.envelope).itemCount).toBe(3);
  });

  it.each([
    ['a broken item', '{"provider":"apple","data":{"records":[{"a":1},{"a":},{"a":3}]}}'],
    ['a trailing comma', '{"provider":"apple","data":{"records":[{"a":1},]}}'],
    ['two items without a comma', '{"provider":"apple","data":{"records":[{"a":1} {"a":2}]}}'],
    ['a repeated data key', '{"data":{"records":[1]},"provider":"apple","data":{"records":[2]}}'],
    ['a repeated collection', '{"provider":"apple","data":{"records":[1],"records":[2]}}'],
    ['data that is not an object', '{"provider":"apple","data":[1,2]}'],
    ['no item arrays', '{"provider":"apple","data":{"records":"none"}}'],
    ['an unterminated string', '{"provider":"apple","data":{"records":["abc]}}'],
    ['text after the object', '{"provider":"apple","data":{"records":[1]}} x'],
    ['a body that is not an object', '[{"provider":"apple"}]'],
  ])('declines %s, leaving the body to JSON.parse', (_, text) => {
    expect(splitSyncBody(body(text), 0)).toBeNull();
  });

  it('reads a key written with escapes as JSON.parse does', () => {
    const result = splitAndAdopt('{"provider":"apple","d\\u0061ta":{"rec\\u006frds":[{"a":1}]}}')!;
    expect(expanded(result.data)).toEqual({ records: [{ a: 1 }] });
  });
});

describe('parseSyncBody', () => {
  const large = () => {
    const records = Array.from({ length: 40_000 }, (_, i) => ({
      id: `r-${i}`,
      type: 'HEART_RATE',
      startDate: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      value: 60 + (i % 40),
      unit: 'bpm',
      note: i % 7 === 0 ? 'a "quoted" ] note' : null,
    }));
    return { provider: 'google', sdkVersion: '0.11.0', data: { records, sleep: [], workouts: [] } };
  };

  it('splits a body over 4 MiB, with a BOM, into the batch JSON.parse would give', () => {
    const whole = large();
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(whole))]);
    expect(bytes.length).toBeGreaterThan(4 * 1024 * 1024);
    const { batch, segmented } = parseSyncBody(bytes, parseSyncEnvelope);
    expect(segmented).not.toBeNull();
    expect(batch.data.records).toBeInstanceOf(DeferredItems);
    expect(batch.itemCount).toBe(40_000);
    expect(expanded(batch.data as Record<string, unknown>)).toEqual(whole.data);
  });

  it('reads the items back from the compressed spans, whose concatenation gunzips to the body', async () => {
    const whole = large();
    const bytes = Buffer.from(JSON.stringify(whole));
    const { batch, segmented } = parseSyncBody(bytes, parseSyncEnvelope);
    const payload = await segmented!.compress(1);
    expect(payload.length).toBeLessThan(bytes.length / 4);
    expect(gunzipSync(payload).equals(bytes)).toBe(true);
    bytes.fill(0); // nothing reads the decoded bytes any more
    const records = batch.data.records as DeferredItems;
    // Within one span, across spans (passes are 10,000 items), and the whole collection.
    expect(records.slice(10, 12)).toEqual(whole.data.records.slice(10, 12));
    expect(records.slice(9_999, 10_001)).toEqual(whole.data.records.slice(9_999, 10_001));
    expect(expanded(batch.data as Record<string, unknown>)).toEqual(whole.data);
  });

  it('parses a large body whole when the split declines it, with JSON.parse’s own error', () => {
    const text = JSON.stringify(large()).replace('"r-20000"', '"r-20000",,');
    expect(() => parseSyncBody(Buffer.from(text), parseSyncEnvelope)).toThrow(/not valid JSON/);
  });

  it('parses a large body whole when a key has a broken escape, with JSON.parse’s own error', () => {
    const text = JSON.stringify(large()).replace('"provider"', '"pro\\qvider"');
    expect(() => parseSyncBody(Buffer.from(text), parseSyncEnvelope)).toThrow(/not valid JSON/);
  });

  it('parses a small body whole', () => {
    const { batch, segmented } = parseSyncBody(
      Buffer.from('{"provider":"apple","data":{"records":[{"a":1}]}}'),
      parseSyncEnvelope,
    );
    expect(batch.data.records).toEqual([{ a: 1 }]);
    expect(segmented).toBeNull();
  });
});
