import { describe, expect, it } from '@jest/globals';
import { ByteBudget, BudgetHold } from '../../common/http/request-body.js';
import {
  MIN_INFLIGHT_BYTES,
  WORKING_SET_PER_SPLIT_BYTE,
  WORKING_SET_PER_WHOLE_BYTE,
  workingSetOf,
  workingSetWithin,
} from './ingestion-memory.js';

const MiB = 1024 * 1024;

describe('workingSetOf', () => {
  it('counts a body parsed whole at the whole rate, and what a split body has beyond 4 MiB at the split rate', () => {
    expect(workingSetOf(MiB)).toBe(Math.ceil(MiB * WORKING_SET_PER_WHOLE_BYTE));
    expect(workingSetOf(64 * MiB)).toBe(
      Math.ceil(4 * MiB * WORKING_SET_PER_WHOLE_BYTE + 60 * MiB * WORKING_SET_PER_SPLIT_BYTE),
    );
    expect(workingSetOf(0)).toBe(0);
  });
});

describe('workingSetWithin', () => {
  it('leaves what the idle process does not occupy of the ceiling', () => {
    expect(workingSetWithin(512 * MiB, 165 * MiB)).toBe(347 * MiB);
  });

  it('never goes below a few ordinary batches, also when the process is already past the ceiling', () => {
    const floor = MIN_INFLIGHT_BYTES * WORKING_SET_PER_WHOLE_BYTE;
    expect(workingSetWithin(512 * MiB, 600 * MiB)).toBe(floor);
    expect(workingSetWithin(256 * MiB, 250 * MiB)).toBe(floor);
  });

  it('takes the mixes the benchmark sends within a 512 MiB ceiling beside a 165 MiB idle process', () => {
    const budget = new ByteBudget(workingSetWithin(512 * MiB, 165 * MiB), workingSetOf);
    const holds = [63, 16, 16, 16, 16].map((size) => {
      const hold = new BudgetHold();
      return { hold, taken: budget.tryHold(size * MiB, hold) };
    });
    expect(holds.every((h) => h.taken)).toBe(true);
    for (const { hold } of holds) budget.release(hold);
    const sixties = [60, 60, 60, 60, 60].map((size) => budget.tryHold(size * MiB, new BudgetHold()));
    expect(sixties).toEqual([true, true, false, false, false]);
  });

  it('counts many bodies parsed whole at their higher rate', () => {
    const budget = new ByteBudget(workingSetWithin(512 * MiB, 165 * MiB), workingSetOf);
    let taken = 0;
    while (budget.tryHold(3.9 * MiB, new BudgetHold())) taken++;
    expect(taken).toBe(Math.floor((347 * MiB) / workingSetOf(3.9 * MiB)));
    expect(taken).toBeLessThan(15);
  });
});
