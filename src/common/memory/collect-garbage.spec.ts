import { describe, expect, it } from '@jest/globals';
import v8 from 'node:v8';
import {
  collectGarbage,
  collectGarbageAfterGrowth,
  collectGarbageIfWorthwhile,
  collectYoungGarbage,
} from './collect-garbage.js';

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

/** Holds new objects until the heap in use has grown by `bytes`. */
function holdUntilHeapGrows(bytes: number): unknown[] {
  const start = heapUsed();
  const held: unknown[] = [];
  while (heapUsed() - start < bytes)
    held.push(Array.from({ length: 10_000 }, (_, i) => ({ i, text: `item ${i}` })));
  return held;
}

describe('collectGarbage', () => {
  // First in the file: the module has not collected yet in this test file's module registry.
  it('does not collect after growth before any collection gave it a measure to grow from', () => {
    const held = holdUntilHeapGrows(1 * MiB);
    expect(collectGarbageAfterGrowth(0, 0)).toBe(false);
    expect(held.length).toBeGreaterThan(0);
  });

  it('frees unreachable objects at once, without exposing gc to the process', () => {
    const whileHolding = heapWhileHolding();
    collectGarbage();
    expect(whileHolding - heapUsed()).toBeGreaterThan(8 * MiB);
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });

  it('collects after growth only once the heap has grown by the minimum and by its share of the heap', () => {
    collectGarbage();
    expect(collectGarbageAfterGrowth(64 * MiB, 0)).toBe(false);
    const base = heapUsed();
    const held = holdUntilHeapGrows(1 * MiB);
    // Past the 512 KiB minimum, short of a quarter of the heap.
    expect(heapUsed() - base).toBeLessThan(heapUsed() / 4);
    expect(collectGarbageAfterGrowth(MiB / 2)).toBe(false);
    expect(collectGarbageAfterGrowth(MiB / 2, 0)).toBe(true);
    expect(collectGarbageAfterGrowth(MiB / 2, 0)).toBe(false);
    expect(held.length).toBeGreaterThan(0);
  });

  it('collects for freed memory only when it is a worthwhile share of the heap in use', () => {
    expect(collectGarbageIfWorthwhile(1024)).toBe(false);
    const whileHolding = heapWhileHolding();
    expect(collectGarbageIfWorthwhile(whileHolding)).toBe(true);
    expect(whileHolding - heapUsed()).toBeGreaterThan(8 * MiB);
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
