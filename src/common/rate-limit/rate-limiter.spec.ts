import { describe, expect, it } from '@jest/globals';
import { secondsUntilAllowed } from './rate-limiter.js';

describe('secondsUntilAllowed (sliding one-minute window)', () => {
  it('allows requests while the weighted count stays within the limit', () => {
    expect(secondsUntilAllowed({ current: 3, previous: 0 }, 3, 10)).toBe(0);
    // Half of the previous minute still overlaps: 1 + 4 × 0.5 = 3.
    expect(secondsUntilAllowed({ current: 1, previous: 4 }, 3, 30)).toBe(0);
  });

  it('refuses a burst that straddles a minute boundary', () => {
    // Three requests at the end of the last minute, a fourth just after it: a fixed window would let it through.
    expect(secondsUntilAllowed({ current: 1, previous: 3 }, 3, 0.5)).toBeGreaterThan(0);
  });

  it('waits for the previous minute to decay when this minute still has room', () => {
    // One more request needs 2 + 4 × overlap ≤ 3, i.e. overlap ≤ 0.25: 45 s into the window, 35 s from now.
    expect(secondsUntilAllowed({ current: 1, previous: 4 }, 3, 10)).toBe(35);
  });

  it('waits into the next minute when this one is full', () => {
    // Next minute: 1 + 4 × overlap ≤ 3 once overlap ≤ 0.5, i.e. 30 s into it; 50 s left in this one.
    expect(secondsUntilAllowed({ current: 4, previous: 0 }, 3, 10)).toBe(80);
    // With a limit of 1, two requests this minute must decay completely: the whole next minute.
    expect(secondsUntilAllowed({ current: 2, previous: 0 }, 1, 59.9)).toBe(61);
  });

  it('never answers less than one second', () => {
    expect(secondsUntilAllowed({ current: 2, previous: 2 }, 3, 29.99)).toBeGreaterThanOrEqual(1);
  });
});
