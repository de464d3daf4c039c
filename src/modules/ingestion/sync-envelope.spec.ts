import { describe, expect, it } from '@jest/globals';
import { parseJsonBody, parseSyncEnvelope } from './sync-envelope.js';

describe('parseSyncEnvelope', () => {
  it('normalizes the provider case and counts items of every collection', () => {
    const batch = parseSyncEnvelope({
      provider: ' SAMSUNG ',
      sdkVersion: '0.11.0',
      syncTimestamp: '2026-02-24T10:00:00Z',
      data: { records: [1, 2], sleep: [3], workouts: [], deleted: [{ id: 'x' }], extra: [1, 2, 3] },
      unknown: true,
    });
    expect(batch).toMatchObject({ provider: 'samsung', sdkVersion: '0.11.0', itemCount: 4 });
    expect(batch.syncTimestamp?.toISOString()).toBe('2026-02-24T10:00:00.000Z');
  });

  it('is lenient about sdkVersion and syncTimestamp', () => {
    expect(parseSyncEnvelope({ provider: 'apple', syncTimestamp: 'yesterday', data: {} })).toMatchObject({
      sdkVersion: null,
      syncTimestamp: null,
      itemCount: 0,
    });
  });

  it.each([
    [[1], /JSON object/],
    [null, /JSON object/],
    [{ data: {} }, /provider is required/],
    [{ provider: 'apple_health', data: {} }, /Unsupported provider: apple_health/],
    [{ provider: 'apple', data: 'x' }, /data is required/],
    [{ provider: 'apple', data: [] }, /data is required/],
  ])('rejects a broken envelope %#', (body, detail) => {
    expect(() => parseSyncEnvelope(body)).toThrow(detail);
  });
});

describe('parseJsonBody', () => {
  it('tolerates a UTF-8 BOM and explains invalid JSON', () => {
    expect(parseJsonBody(Buffer.from('\ufeff{"a":1}'))).toEqual({ a: 1 });
    expect(() => parseJsonBody(Buffer.from('{"a":'))).toThrow(/not valid JSON/);
    expect(() => parseJsonBody(Buffer.alloc(0))).toThrow(/empty/);
  });
});
