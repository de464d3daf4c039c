import { describe, expect, it } from '@jest/globals';
import { parseDeletion, parseSource } from './index.js';

describe('parseSource', () => {
  it('normalises an iOS 0.12+ source', () => {
    const source = parseSource('apple', {
      appId: 'com.apple.health.3E8F1C2A',
      name: "Jane's Apple Watch",
      deviceId: null,
      deviceName: 'Apple Watch',
      deviceManufacturer: 'Apple Inc.',
      deviceModel: 'Watch6,18',
      deviceType: 'watch',
      recordingMethod: null,
      deviceSoftwareVersion: '10.4',
      operatingSystemVersion: { majorVersion: 10, minorVersion: 4, patchVersion: 0 },
    });
    expect(source).toEqual({
      provider: 'apple',
      appId: 'com.apple.health.3E8F1C2A',
      appName: "Jane's Apple Watch",
      deviceName: 'Apple Watch',
      deviceModel: 'Watch6,18',
      deviceManufacturer: 'Apple Inc.',
      deviceType: 'watch',
      recordingMethod: null,
      softwareVersion: '10.4',
      key: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
  });

  it('accepts the legacy keys and infers the device type from the product type', () => {
    const source = parseSource('apple', {
      name: 'Test Apple Watch',
      bundleIdentifier: 'com.apple.health',
      deviceManufacturer: 'Apple Inc.',
      deviceModel: 'Watch',
      productType: 'Watch7,5',
      operatingSystemVersion: { majorVersion: 10, minorVersion: 3, patchVersion: 1 },
    });
    expect(source).toMatchObject({
      appId: 'com.apple.health',
      appName: 'Test Apple Watch',
      deviceModel: 'Watch7,5',
      deviceType: 'watch',
      softwareVersion: '10.3.1',
    });
  });

  it('gives equal origins equal keys whatever the spelling and key order', () => {
    const current = parseSource('apple', {
      appId: 'com.x',
      name: 'X',
      deviceModel: 'iPhone15,2',
      deviceType: 'phone',
    });
    const legacy = parseSource('apple', { productType: 'iPhone15,2', name: 'X', bundleIdentifier: 'com.x' });
    expect(legacy.key).toBe(current.key);
  });

  it('gives different origins different keys', () => {
    const watch = parseSource('google', {
      appId: 'com.sec.android.app.shealth',
      deviceModel: 'SM-L310',
      deviceType: 'watch',
    });
    const phone = parseSource('google', {
      appId: 'com.sec.android.app.shealth',
      deviceModel: 'SM-S928B',
      deviceType: 'phone',
    });
    const samsung = parseSource('samsung', {
      appId: 'com.sec.android.app.shealth',
      deviceModel: 'SM-L310',
      deviceType: 'watch',
    });
    expect(new Set([watch.key, phone.key, samsung.key]).size).toBe(3);
  });

  it('keeps the Health Connect recording method and ignores values outside its vocabulary', () => {
    expect(parseSource('google', { recordingMethod: 'automatic' }).recordingMethod).toBe('automatic');
    expect(parseSource('google', { recordingMethod: 'telepathy' }).recordingMethod).toBeNull();
  });

  it('treats a missing or malformed source as an unknown origin', () => {
    const missing = parseSource('samsung', undefined);
    expect(missing).toMatchObject({
      appId: null,
      deviceModel: null,
      deviceType: 'unknown',
      softwareVersion: null,
    });
    expect(parseSource('samsung', 'nonsense').key).toBe(missing.key);
    expect(parseSource('samsung', { deviceType: 'toaster' }).deviceType).toBe('unknown');
  });
});

describe('parseDeletion', () => {
  it('accepts {id, type}, {id} and a bare id', () => {
    expect(parseDeletion({ id: 'abc', type: 'HEART_RATE' }, 0)).toEqual({
      ok: true,
      item: { index: 0, recordId: 'abc', vendorType: 'HEART_RATE' },
    });
    expect(parseDeletion({ id: 'abc' }, 1)).toEqual({
      ok: true,
      item: { index: 1, recordId: 'abc', vendorType: null },
    });
    expect(parseDeletion('6B1D7E3A-0C55', 2)).toEqual({
      ok: true,
      item: { index: 2, recordId: '6B1D7E3A-0C55', vendorType: null },
    });
  });

  it.each([
    [{}, 'missing id'],
    [{ id: '' }, 'missing id'],
    [{ id: ['a'] }, 'id must be a string, got an array'],
    [null, 'deletion must be an id or an object, got null'],
    [true, 'deletion must be an id or an object, got a boolean'],
  ])('rejects %j with a reason', (raw, reason) => {
    expect(parseDeletion(raw, 3)).toEqual({
      ok: false,
      rejection: { collection: 'deleted', index: 3, reason },
    });
  });
});
