/**
 * Zone offsets and local calendar days, in one place. Records carry their own UTC offset (`±HH:MM`, normalised at
 * ingestion by `parseZoneOffset`); a local day is the calendar day of an instant at that offset.
 */

const ZONE_OFFSET = /^([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/;

export type ZoneOffsetResult = { ok: true; value: string | null } | { ok: false };

/**
 * A client's offset: `Z`, `±HH:MM` or `±HH:MM:SS` (Java `ZoneOffset.toString()`), normalised to `±HH:MM`; null
 * stays null. Offsets with non-zero seconds only exist for pre-1900 local mean time, so they are refused rather
 * than rounded.
 */
export function parseZoneOffset(value: unknown): ZoneOffsetResult {
  if (value === null || value === undefined) return { ok: true, value: null };
  if (typeof value !== 'string') return { ok: false };
  const trimmed = value.trim();
  if (trimmed === 'Z' || trimmed === 'z') return { ok: true, value: '+00:00' };
  const match = ZONE_OFFSET.exec(trimmed);
  if (!match) return { ok: false };
  const [, sign, hours, minutes, seconds] = match;
  if (Number(hours) > 18 || Number(minutes) > 59) return { ok: false };
  if (seconds !== undefined && Number(seconds) !== 0) return { ok: false };
  const normalizedSign = hours === '00' && minutes === '00' ? '+' : sign;
  return { ok: true, value: `${normalizedSign}${hours}:${minutes}` };
}

/** A stored offset in minutes east of UTC; null for null or anything that is not an offset. */
export function offsetMinutes(offset: string | null | undefined): number | null {
  const match = offset ? ZONE_OFFSET.exec(offset) : null;
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** Milliseconds east of UTC; an absent or unreadable offset counts as UTC. */
export function offsetMillis(offset: string | null | undefined): number {
  return (offsetMinutes(offset) ?? 0) * 60_000;
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The calendar day (YYYY-MM-DD) of an instant at an offset; UTC when the offset is absent. */
export function localDate(instant: Date | number, offset: string | null | undefined): string {
  const at = typeof instant === 'number' ? instant : instant.getTime();
  return new Date(at + offsetMillis(offset)).toISOString().slice(0, 10);
}

/** The UTC instant a local day starts at, under an offset in minutes. */
export function localDayStart(date: string, offsetMinutesEast: number): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - offsetMinutesEast * 60_000);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
