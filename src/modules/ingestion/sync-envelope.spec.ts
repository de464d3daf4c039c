import { describe, expect, it } from '@jest/globals';
import { EnvelopeProblem, parseJsonBody, parseSyncEnvelope } from './sync-envelope.js';

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
    ['apple', 'apple'],
    ['APPLE', 'apple'],
    ['Samsung', 'samsung'],
    ['google', 'google'],
    ['health_connect', 'google'],
    ['HEALTH_CONNECT', 'google'],
  ])('stores provider %s as %s', (given, stored) => {
    expect(parseSyncEnvelope({ provider: given, data: {} }).provider).toBe(stored);
  });

  it('reads syncSessionId and syncType, and leaves them null when absent or unknown', () => {
    expect(
      parseSyncEnvelope({ provider: 'apple', syncSessionId: ' s-1 ', syncType: 'Historical', data: {} }),
    ).toMatchObject({ syncSessionId: 's-1', syncType: 'historical' });
    expect(parseSyncEnvelope({ provider: 'apple', syncType: 'nightly', data: {} })).toMatchObject({
      syncSessionId: null,
      syncType: null,
    });
  });

  it.each([
    [[1], 'not_an_object', /JSON object/],
    [null, 'not_an_object', /JSON object/],
    [{ data: {} }, 'missing_provider', /provider is required/],
    [{ provider: 'apple_health', data: {} }, 'unknown_provider', /Unsupported provider: apple_health/],
    [{ provider: 'google_health', data: {} }, 'unknown_provider', /Unsupported provider: google_health/],
    [{ provider: 'apple', data: 'x' }, 'invalid_data', /data is required/],
    [{ provider: 'apple', data: [] }, 'invalid_data', /data is required/],
  ])('names the quarantine reason of a broken envelope %#', (body, reason, detail) => {
    let thrown: unknown;
    try {
      parseSyncEnvelope(body);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EnvelopeProblem);
    expect((thrown as EnvelopeProblem).reason).toBe(reason);
    expect((thrown as EnvelopeProblem).detail).toMatch(detail);
  });
});

describe('parseJsonBody', () => {
  it('tolerates a UTF-8 BOM and explains invalid JSON', () => {
    expect(parseJsonBody(Buffer.from('\ufeff{"a":1}'))).toEqual({ a: 1 });
    expect(() => parseJsonBody(Buffer.from('{"a":'))).toThrow(/not valid JSON/);
    expect(() => parseJsonBody(Buffer.alloc(0))).toThrow(/empty/);
  });
});
