import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { uuidV7, uuidV7Millis } from './uuid-v7.js';

describe('uuidV7', () => {
  it('carries its millisecond timestamp and is a version-7 RFC 9562 UUID', () => {
    const ms = Date.UTC(2026, 11, 1, 23, 59, 59, 123);
    const id = uuidV7(ms);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidV7Millis(id)).toBe(ms);
    expect(uuidV7(ms)).not.toBe(id);
  });

  it('orders by time and reads no timestamp from other ids', () => {
    expect(uuidV7(1000) < uuidV7(1001)).toBe(true);
    expect(uuidV7Millis(randomUUID())).toBeNull();
    expect(uuidV7Millis('not-a-uuid')).toBeNull();
  });
});
