import { describe, expect, it } from '@jest/globals';
import v8 from 'node:v8';
import { collectGarbage } from './collect-garbage.js';

/** Allocates 200,000 objects with their strings (well over 8 MiB) and drops them; returns the heap used meanwhile. */
function heapWhileHolding(): number {
  const held = Array.from({ length: 200_000 }, (_, i) => ({ i, text: `item ${i}` }));
  collectGarbage();
  return held.length > 0 ? v8.getHeapStatistics().used_heap_size : 0;
}

describe('collectGarbage', () => {
  it('frees unreachable objects at once, without exposing gc to the process', () => {
    const whileHolding = heapWhileHolding();
    collectGarbage();
    const after = v8.getHeapStatistics().used_heap_size;
    expect(whileHolding - after).toBeGreaterThan(8 * 1024 * 1024);
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});
