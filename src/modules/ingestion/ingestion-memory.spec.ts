import { describe, expect, it } from '@jest/globals';
import { inflightBytesWithin, MIN_INFLIGHT_BYTES, WORKING_SET_PER_DECODED_BYTE } from './ingestion-memory.js';

const MiB = 1024 * 1024;

describe('inflightBytesWithin', () => {
  it('leaves the decoded bytes whose working set fits beside the idle process', () => {
    const bytes = inflightBytesWithin(512 * MiB, 165 * MiB);
    expect(bytes).toBe(Math.floor((347 * MiB) / WORKING_SET_PER_DECODED_BYTE));
    expect(165 * MiB + bytes * WORKING_SET_PER_DECODED_BYTE).toBeLessThanOrEqual(512 * MiB);
  });

  it('never goes below a few ordinary batches, also when the process is already past the ceiling', () => {
    expect(inflightBytesWithin(512 * MiB, 600 * MiB)).toBe(MIN_INFLIGHT_BYTES);
    expect(inflightBytesWithin(256 * MiB, 250 * MiB)).toBe(MIN_INFLIGHT_BYTES);
  });
});
