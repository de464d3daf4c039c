/**
 * Resident memory one sync body costs per decoded byte while it is read, parsed, journaled and normalized: the
 * decoded buffer, its text, the parsed items, the normalized rows and the statements built from them. Measured with
 * `npm run bench:ingest` (BENCHMARKS.md, "Memory ceiling"): a 63 MiB body took an idle process from 165 to 587 MiB
 * (6.7 per byte); 63 + 4 × 16 MiB at once from 167 to 900 MiB (5.8 per byte).
 */
export const WORKING_SET_PER_DECODED_BYTE = 6.7;

/** Never less than this in flight: ordinary batches (~1 MiB) from several phones must still be taken together. */
export const MIN_INFLIGHT_BYTES = 8 * 1024 * 1024;

/**
 * How many decoded bytes one process may hold at once so that their working set, beside what the idle process
 * already occupies, stays under `ceilingBytes`. A single body larger than that is still taken when nothing else is
 * in flight (ByteBudget); it then peaks at its own working set, the one case the ceiling cannot bound.
 */
export function inflightBytesWithin(ceilingBytes: number, idleRssBytes: number): number {
  return Math.max(
    MIN_INFLIGHT_BYTES,
    Math.floor((ceilingBytes - idleRssBytes) / WORKING_SET_PER_DECODED_BYTE),
  );
}
