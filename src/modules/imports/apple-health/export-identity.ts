import { hash } from 'node:crypto';
import { deviceIdentity } from './export-source.js';

/**
 * An export carries no HealthKit UUIDs, so every item gets a deterministic id that the SDK path's upsert by
 * `(user, provider, id)` then dedupes on: re-importing the same export, or a later one that repeats the same history,
 * yields the same ids and stores nothing twice.
 *
 * Identity = SHA-256 of JSON `[element, type, start, end, value, unit, sourceName, device]`, where
 * - `start` / `end` are UTC instants (`2020-11-03T06:18:00Z`), so an export made in another time zone, which prints
 *   the same instants with other offsets, gives the same ids;
 * - `value` is the number as written in the file, re-printed (`72.0` and `72` are one value), or the category
 *   name; workouts use their activity type here and no value, since their totals are revised by later syncs;
 * - `device` is the device string without its memory address (`<<HKDevice: 0x…>`), which changes per export.
 * The first 16 bytes of the digest are formatted as an RFC 4122 UUID with version 5 and the RFC variant bits (a
 * name-based UUID, with SHA-256 in place of SHA-1).
 */
export function exportItemId(
  element: string,
  type: string,
  start: string,
  end: string,
  value: string | null,
  unit: string | null,
  sourceName: string | undefined,
  device: string | undefined,
): string {
  const name = JSON.stringify([
    element,
    type,
    start,
    end,
    value,
    unit,
    sourceName ?? null,
    deviceIdentity(device),
  ]);
  const hex = hash('sha256', name, 'hex');
  // Version 5 in the high nibble of byte 6; variant 10xx in the high bits of byte 8.
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
