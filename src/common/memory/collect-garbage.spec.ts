import { describe, expect, it } from '@jest/globals';
import v8 from 'node:v8';
import { collectGarbage, collectGarbageAfterGrowth, collectYoungGarbage } from './collect-garbage.js';

const MiB = 1024 * 1024;
const heapUsed = () => v8.getHeapStatistics().used_heap_size;
const youngUsed = () =>
  v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_used_size;

/** Allocates 200,000 objects with their strings (well over 8 MiB) and drops them; returns the heap used meanwhile. */
function heapWhileHolding(): number {
  const held = Array.from({ length: 200_000 }, (_, i) => ({ i, text: `item ${i}` }));
  collectGarbage();
  return held.length > 0 ? heapUsed() : 0;
}

describe('collectGarbage', () => {
  it('frees unreachable objects at once, without exposing gc to the process', () => {
    const whileHolding = heapWhileHolding();
    collectGarbage();
    expect(whileHolding - heapUsed()).toBeGreaterThan(8 * MiB);
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });

  it('collects after growth only once the heap has grown by as much since the last collection', () => {
    collectGarbage();
    expect(collectGarbageAfterGrowth(64 * MiB)).toBe(false);
    const held = Array.from({ length: 100_000 }, (_, i) => ({ i, text: `item ${i}` }));
    expect(collectGarbageAfterGrowth(1 * MiB)).toBe(true);
    expect(collectGarbageAfterGrowth(1 * MiB)).toBe(false);
    expect(held.length).toBe(100_000);
  });

  it('empties the young generation of garbage with a young-generation collection', () => {
    collectYoungGarbage();
    const lengths = Array.from({ length: 50_000 }, (_, i) => ({ i, text: `item ${i}` }).text.length);
    const withGarbage = youngUsed();
    collectYoungGarbage();
    expect(lengths.length).toBe(50_000);
    expect(youngUsed()).toBeLessThan(withGarbage);
  });
});
