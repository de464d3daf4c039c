/**
 * The items of one collection of a large body, parsed only when a normalization pass takes them (see
 * splitSyncBody): a batch of 150,000 items then never has all of them alive as objects at once.
 */
export class DeferredItems {
  constructor(
    readonly length: number,
    private readonly take: (start: number, end: number) => unknown[],
  ) {}

  slice(start = 0, end = this.length): unknown[] {
    return this.take(start, Math.min(end, this.length));
  }
}

/** A collection as a pass sees it: an array, deferred items made one, anything else as it came. */
export function materialized(value: unknown): unknown {
  return value instanceof DeferredItems ? value.slice() : value;
}
