import v8 from 'node:v8';
import vm from 'node:vm';

type Collector = (options?: { type: 'major' | 'minor' }) => void;

let collector: Collector | undefined;
/** Heap in use right after the last full collection this module ran. */
let usedAfterLast = 0;

/**
 * Runs a full garbage collection now. V8 lets its old generation grow to several times what is live before it
 * collects; work that promotes a lot of short-lived objects (a 64 MiB batch written in passes: each pass's items
 * outlive the scavenges during its database round trips) would otherwise peak at hundreds of MiB of garbage. The
 * collector is the one `--expose-gc` gives, taken once without exposing `gc` to the rest of the process.
 */
export function collectGarbage(): void {
  collector ??= (globalThis as { gc?: Collector }).gc ?? exposedCollector();
  collector();
  usedAfterLast = v8.getHeapStatistics().used_heap_size;
}

/**
 * A full collection's cost grows with the whole heap, its gain with the garbage it frees: it runs only when that
 * garbage is at least this share of the heap in use. In a lean API process a 64 MiB body qualifies; in a process whose
 * heap is already large (a busy worker, a test runner) the same body is noise and a collection would cost seconds.
 */
const WORTHWHILE_SHARE = 0.25;

/** collectGarbage when `freedBytes` (memory just let go of, inside the heap or outside it) makes it worthwhile. */
export function collectGarbageIfWorthwhile(freedBytes: number): boolean {
  if (freedBytes < v8.getHeapStatistics().used_heap_size * WORTHWHILE_SHARE) return false;
  collectGarbage();
  return true;
}

/**
 * collectGarbage between the steps of a long piece of work once the heap has grown since the last collection by
 * `minGrowthBytes` and by `minShare` of the heap in use, so that small work does not pay for a collection per step.
 * Without an earlier collection to measure from, the first call only takes the measure.
 */
export function collectGarbageAfterGrowth(
  minGrowthBytes = 32 * 1024 * 1024,
  minShare = WORTHWHILE_SHARE,
): boolean {
  const used = v8.getHeapStatistics().used_heap_size;
  if (usedAfterLast === 0) {
    usedAfterLast = used;
    return false;
  }
  if (used - usedAfterLast < Math.max(minGrowthBytes, used * minShare)) return false;
  collectGarbage();
  return true;
}

/**
 * Collects the young generation only (a millisecond or so): frees short-lived buffers, such as a socket's chunks once
 * they are copied, whose memory lives outside the heap where V8 does not count it towards its next collection soon.
 */
export function collectYoungGarbage(): void {
  collector ??= (globalThis as { gc?: Collector }).gc ?? exposedCollector();
  collector({ type: 'minor' });
}

function exposedCollector(): Collector {
  v8.setFlagsFromString('--expose-gc');
  try {
    return vm.runInNewContext('gc') as Collector;
  } finally {
    v8.setFlagsFromString('--no-expose-gc');
  }
}
