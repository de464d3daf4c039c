import { describe, expect, it } from '@jest/globals';
import { batchPasses } from './batch-passes.js';
import { DeferredItems } from './deferred-items.js';

describe('batchPasses', () => {
  it('keeps a batch that fits, or whose collections are not arrays, as one pass', () => {
    const small = { records: [1, 2], sleep: [3], deleted: [4] };
    expect([...batchPasses(small, 3)]).toEqual([{ data: small, offsets: {} }]);
    const odd = { records: 'nope', sleep: [1, 2, 3, 4, 5] };
    expect([...batchPasses(odd, 2)]).toEqual([{ data: odd, offsets: {} }]);
  });

  it('cuts records, then sleep, then workouts, with their offsets, and hands deletions to the last pass', () => {
    const passes = [...batchPasses({ records: [1, 2, 3], sleep: [4], workouts: [5, 6, 7], deleted: [8] }, 2)];
    expect(passes).toEqual([
      { data: { records: [1, 2] }, offsets: { records: 0 } },
      { data: { records: [3] }, offsets: { records: 2 } },
      { data: { sleep: [4] }, offsets: { sleep: 0 } },
      { data: { workouts: [5, 6] }, offsets: { workouts: 0 } },
      { data: { workouts: [7], deleted: [8] }, offsets: { workouts: 2 } },
    ]);
  });

  it('parses deferred items only when their pass is taken', () => {
    const taken: Array<[number, number]> = [];
    const records = new DeferredItems(5, (start, end) => {
      taken.push([start, end]);
      return Array.from({ length: end - start }, (_, i) => start + i);
    });
    const passes = batchPasses({ records }, 2);
    expect(taken).toEqual([]);
    expect(passes.next().value).toEqual({ data: { records: [0, 1] }, offsets: { records: 0 } });
    expect(taken).toEqual([[0, 2]]);
    expect(passes.next().value).toEqual({ data: { records: [2, 3] }, offsets: { records: 2 } });
    expect(taken).toEqual([
      [0, 2],
      [2, 4],
    ]);
    expect([...passes]).toEqual([{ data: { records: [4], deleted: undefined }, offsets: { records: 4 } }]);
  });
});
