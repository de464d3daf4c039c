import { describe, expect, it } from '@jest/globals';
import { DEFAULT_DEVICE_TYPE_ORDER, effectiveOrder, priorityOrder } from './priority.js';

describe('priorityOrder', () => {
  it('puts the override first and keeps the unlisted defaults in their order', () => {
    expect(effectiveOrder(['phone', 'ring'], ['watch', 'ring', 'phone', 'scale'])).toEqual([
      'phone',
      'ring',
      'watch',
      'scale',
    ]);
  });

  it('is the default order without an override', () => {
    const sut = priorityOrder(null);
    expect(sut.deviceTypes).toEqual([...DEFAULT_DEVICE_TYPE_ORDER]);
    expect(sut.deviceTypes[0]).toBe('watch');
    expect(sut.providers).toEqual(['apple', 'samsung', 'google']);
  });
});
