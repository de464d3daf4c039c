import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * Strict calendar parsing for every date and date-time the API accepts: a value is taken only when its fields name
 * a real day (no 31 February) of a year PostgreSQL and JavaScript agree on, and the parsed instant formats back to
 * the same fields (round-trip). `Date.parse` alone rolls `2026-02-31` over to 3 March and accepts year 0 or 275760.
 */

export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;

const EARLIEST = Date.UTC(MIN_YEAR, 0, 1) - 86_400_000; // a day of slack either side for offsets
const LATEST = Date.UTC(MAX_YEAR, 11, 31, 23, 59, 59, 999) + 86_400_000;

function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as given
  date.setUTCHours(hour, minute, second, ms);
  return date;
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  const date = utc(year, month, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `YYYY-MM-DD` naming a real day of years 0001–9999. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_ONLY.exec(value);
  return match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Whether an instant lies within years 0001–9999 (give or take a day for offsets). */
export function isRepresentableInstant(date: Date): boolean {
  const ms = date.getTime();
  return Number.isFinite(ms) && ms >= EARLIEST && ms <= LATEST;
}

export interface DateTimeOptions {
  /** The zone when the text has none (minutes east of UTC); null refuses text without a zone. */
  defaultOffsetMinutes: number | null;
}

/**
 * An ISO 8601 date-time (`T` or space, seconds and fraction optional, `Z` / `±HH:MM` / `±HHMM`), or null when it is
 * not one or names an impossible time.
 */
export function parseDateTime(
  value: string,
  options: DateTimeOptions = { defaultOffsetMinutes: 0 },
): Date | null {
  const match = DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, fraction, zulu, sign, offsetHours, offsetMinutes] = match;
  const [year, month, day, hour, minute] = [y, mo, d, h, mi].map(Number);
  const second = s === undefined ? 0 : Number(s);
  if (!isRealDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  let offset: number;
  if (zulu) offset = 0;
  else if (sign) {
    const [oh, om] = [Number(offsetHours), Number(offsetMinutes)];
    if (oh > 18 || om > 59) return null;
    offset = (sign === '-' ? -1 : 1) * (oh * 60 + om);
  } else if (options.defaultOffsetMinutes === null) return null;
  else offset = options.defaultOffsetMinutes;
  const ms = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  return new Date(utc(year, month, day, hour, minute, second, ms).getTime() - offset * 60_000);
}

/** Seconds since the Unix epoch as an instant, when within the representable years. */
export function fromUnixSeconds(seconds: number): Date | null {
  if (!Number.isFinite(seconds)) return null;
  const date = new Date(Math.round(seconds * 1000));
  return isRepresentableInstant(date) ? date : null;
}

/**
 * A query instant as the peer accepts it: Unix seconds or ISO 8601 (a date alone is midnight UTC; a value without
 * offset is UTC). Impossible days and years outside 0001–9999 are null.
 */
export function parseQueryInstant(value: string): Date | null {
  const trimmed = value.trim();
  if (/^-?\d{1,12}(\.\d{1,9})?$/.test(trimmed)) return fromUnixSeconds(Number(trimmed));
  if (isCalendarDate(trimmed)) return parseDateTime(`${trimmed}T00:00:00Z`);
  return parseDateTime(trimmed);
}

/** class-transformer `@Transform`: a query instant → Date; anything else is left for `@IsDate` to reject by name. */
export const toQueryInstant = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? (parseQueryInstant(value) ?? value) : value;

/** class-validator: a real `YYYY-MM-DD` day (round-trip checked), years 0001–9999. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value) => isCalendarDate(value),
        defaultMessage: (args) => `${args?.property ?? 'value'} must be a real calendar day as YYYY-MM-DD`,
      },
    },
    options,
  );
}
