import type { Window } from './sleep.repository.js';

/**
 * Collapses items sharing a natural key, the last one winning (the latest in the batch is the newest the phone
 * had). The result is sorted by key so concurrent batches lock rows in the same order and cannot deadlock.
 */
export function collapseByKey<T>(items: T[], key: (item: T) => string): { rows: T[]; collapsed: number } {
  const byKey = new Map<string, T>();
  for (const item of items) byKey.set(key(item), item);
  const keys = [...byKey.keys()].sort();
  return { rows: keys.map((k) => byKey.get(k)!), collapsed: items.length - byKey.size };
}

/** Merges overlapping or touching windows; the result is sorted and disjoint. */
export function mergeWindows(windows: Window[]): Window[] {
  const sorted = [...windows].sort((a, b) => a.lo - b.lo || a.hi - b.hi);
  const out: Window[] = [];
  for (const w of sorted) {
    const last = out[out.length - 1];
    if (last && w.lo <= last.hi) last.hi = Math.max(last.hi, w.hi);
    else out.push({ ...w });
  }
  return out;
}

export function sameWindows(a: Window[], b: Window[]): boolean {
  return a.length === b.length && a.every((w, i) => w.lo === b[i]!.lo && w.hi === b[i]!.hi);
}
