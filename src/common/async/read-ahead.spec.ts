import { describe, expect, it } from '@jest/globals';
import { readAhead } from './read-ahead.js';

/** A source that logs when each item is produced and whether it was closed. */
function source(items: number[], failAt?: number) {
  const log: string[] = [];
  async function* produce() {
    try {
      for (const item of items) {
        if (item === failAt) throw new Error(`item ${item} is broken`);
        log.push(`produced ${item}`);
        yield item;
      }
    } finally {
      log.push('closed');
    }
  }
  return { log, iterable: produce() };
}

describe('readAhead', () => {
  it('yields every item in order and produces the next one before the caller asks for it', async () => {
    const { log, iterable } = source([1, 2, 3]);
    const seen: number[] = [];
    for await (const item of readAhead(iterable)) {
      await Promise.resolve();
      await new Promise((resolve) => setImmediate(resolve));
      log.push(`used ${item}`);
      seen.push(item);
    }
    expect(seen).toEqual([1, 2, 3]);
    expect(log).toEqual(['produced 1', 'produced 2', 'used 1', 'produced 3', 'used 2', 'closed', 'used 3']);
  });

  it('surfaces a failure of the item read ahead only after the items before it, without an unhandled rejection', async () => {
    const { iterable } = source([1, 2, 3], 2);
    const seen: number[] = [];
    const run = async () => {
      for await (const item of readAhead(iterable)) {
        // The failing read ahead settles while the caller is still busy with item 1.
        await new Promise((resolve) => setImmediate(resolve));
        seen.push(item);
      }
    };
    await expect(run()).rejects.toThrow('item 2 is broken');
    expect(seen).toEqual([1]);
  });

  it('closes the source when the caller stops early', async () => {
    const { log, iterable } = source([1, 2, 3]);
    for await (const item of readAhead(iterable)) if (item === 1) break;
    expect(log).toEqual(['produced 1', 'produced 2', 'closed']);
  });
});
