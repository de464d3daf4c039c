import { SPLIT_BODY_MIN_BYTES } from './large-body.js';

/**
 * Resident memory one sync body costs per decoded byte while it is read, parsed, journaled and normalized, measured
 * with `npm run bench:ingest` (BENCHMARKS.md, "Memory ceiling"). A body parsed whole (below SPLIT_BODY_MIN_BYTES)
 * has its buffer, its text, the parsed items, the normalized rows and their statements alive together: 6.7 bytes per
 * byte, measured when every body was parsed whole. Past that size a body is split, compressed and read a pass at a
 * time (large-body.ts): a 63 MiB body then took an idle process from 165 to 258–262 MiB, about 1.5 per byte.
 */
export const WORKING_SET_PER_WHOLE_BYTE = 6.7;
export const WORKING_SET_PER_SPLIT_BYTE = 1.6;

/** Never less than this in flight: ordinary batches (~1 MiB) from several phones must still be taken together. */
export const MIN_INFLIGHT_BYTES = 8 * 1024 * 1024;

/** The memory a body of `decodedBytes` takes at most: its first bytes as a whole-parsed body's, the rest as split. */
export function workingSetOf(decodedBytes: number): number {
  const whole = Math.min(decodedBytes, SPLIT_BODY_MIN_BYTES);
  return Math.ceil(whole * WORKING_SET_PER_WHOLE_BYTE + (decodedBytes - whole) * WORKING_SET_PER_SPLIT_BYTE);
}

/**
 * How much working set (workingSetOf) the bodies one process holds at once may take so that, beside what the idle
 * process already occupies, they stay under `ceilingBytes`. A single body larger than that is still taken when
 * nothing else is in flight (ByteBudget); it then peaks at its own working set, the one case the ceiling cannot bound.
 */
export function workingSetWithin(ceilingBytes: number, idleRssBytes: number): number {
  return Math.max(MIN_INFLIGHT_BYTES * WORKING_SET_PER_WHOLE_BYTE, ceilingBytes - idleRssBytes);
}
