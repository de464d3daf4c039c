import { describe, expect, it } from '@jest/globals';
import { collapseByKey, mergeWindows, sameWindows } from './batch-collapse.js';

describe('collapseByKey', () => {
  it('keeps the last item of each key and counts the others', () => {
    const items = [
      { key: 'b', value: 1 },
      { key: 'a', value: 2 },
      { key: 'b', value: 3 },
      { key: 'b', value: 4 },
    ];
    const { rows, collapsed } = collapseByKey(items, (i) => i.key);
    expect(rows).toEqual([
      { key: 'a', value: 2 },
      { key: 'b', value: 4 },
    ]);
    expect(collapsed).toBe(2);
  });
});

describe('mergeWindows', () => {
  it('merges overlapping and touching windows and sorts them', () => {
    expect(
      mergeWindows([
        { lo: 50, hi: 60 },
        { lo: 0, hi: 10 },
        { lo: 10, hi: 20 },
        { lo: 15, hi: 18 },
      ]),
    ).toEqual([
      { lo: 0, hi: 20 },
      { lo: 50, hi: 60 },
    ]);
  });

  it('compares window lists exactly', () => {
    expect(sameWindows([{ lo: 0, hi: 1 }], [{ lo: 0, hi: 1 }])).toBe(true);
    expect(sameWindows([{ lo: 0, hi: 1 }], [{ lo: 0, hi: 2 }])).toBe(false);
  });
});
