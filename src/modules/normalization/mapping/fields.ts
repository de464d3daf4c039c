/** Small readers for untrusted JSON: they never throw and say plainly what they found. */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A trimmed non-empty string, cut to `maxLength`; null for anything else. */
export function optionalString(value: unknown, maxLength = 255): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  // By code points, so a cut never leaves half a surrogate pair (which PostgreSQL cannot store).
  return trimmed.length <= maxLength ? trimmed : Array.from(trimmed).slice(0, maxLength).join('');
}

/** A finite number; booleans count as 0/1 because iOS sends flags such as `indoorWorkout` either way. */
export function finiteNumber(value: unknown): number | null {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** iOS sends every metadata value as a string; Android sends small string maps. Anything nested is kept as JSON. */
export function stringMetadata(value: unknown): Record<string, string> | null {
  if (!isObject(value)) return null;
  const result: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (entry === null || entry === undefined) continue;
    result[key] =
      typeof entry === 'string' ? entry : typeof entry === 'object' ? JSON.stringify(entry) : String(entry);
  }
  return Object.keys(result).length > 0 ? result : null;
}

export function arrayOrNull(value: unknown): unknown[] | null {
  return Array.isArray(value) ? value : null;
}

/** A number as people read it in a reason: no binary noise, no exponent for ordinary values. */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(10)));
}

/** How a value that is not what we wanted appears in a reason, without echoing large payloads. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (typeof value === 'number') return formatNumber(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
