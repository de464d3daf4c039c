import { describe, expect, it } from '@jest/globals';
import { batchPasses } from './batch-passes.js';

describe('batchPasses', () => {
  it('keeps a batch that fits, or whose collections are not arrays, as one pass', () => {
    const small = { records: [1, 2], sleep: [3], deleted: [4] };
    expect(batchPasses(small, 3)).toEqual([{ data: small, offsets: {} }]);
    const odd = { records: 'nope', sleep: [1, 2, 3, 4, 5] };
    expect(batchPasses(odd, 2)).toEqual([{ data: odd, offsets: {} }]);
  });

  it('cuts records, then sleep, then workouts, with their offsets, and hands deletions to the last pass', () => {
    const passes = batchPasses({ records: [1, 2, 3], sleep: [4], workouts: [5, 6, 7], deleted: [8] }, 2);
    expect(passes).toEqual([
      { data: { records: [1, 2] }, offsets: { records: 0 } },
      { data: { records: [3] }, offsets: { records: 2 } },
      { data: { sleep: [4] }, offsets: { sleep: 0 } },
      { data: { workouts: [5, 6] }, offsets: { workouts: 0 } },
      { data: { workouts: [7], deleted: [8] }, offsets: { workouts: 2 } },
    ]);
  });
});
