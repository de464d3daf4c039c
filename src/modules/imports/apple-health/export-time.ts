import { LRUCache } from 'lru-cache';
import { formatOffset } from '../../../common/time/local-time.js';
import { parseTimestamp } from '../../normalization/mapping/timestamps.js';

/** An export timestamp as the iOS SDK would send it: a UTC instant (second precision, `Z`) and the zone offset. */
export interface ExportTime {
  instant: Date;
  /** `2020-11-03T06:18:00Z`, the SDK's `startDate` / `endDate` form. */
  utc: string;
  /** `+01:00`, the offset the export wrote the time in. */
  offset: string;
}

/** The export writes `2020-11-03 07:18:00 +0100`: local wall time and the offset in force at that instant. */
const EXPORT_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/;

/** The instant an export timestamp names, or null when it is malformed or not a real date (30 February, 25:00). */
export function parseExportTime(value: string | undefined): ExportTime | null {
  if (value === undefined) return null;
  // Neighbouring records share their times (one record's end is the next one's start, creation dates repeat).
  const cached = RECENT_TIMES.get(value);
  if (cached !== undefined) return cached;
  const parsed = parseUncached(value);
  if (RECENT_TIMES.size >= RECENT_TIMES_MAX) RECENT_TIMES.clear();
  RECENT_TIMES.set(value, parsed);
  return parsed;
}

const RECENT_TIMES = new Map<string, ExportTime | null>();
const RECENT_TIMES_MAX = 4096;

function parseUncached(value: string): ExportTime | null {
  const match = EXPORT_TIME.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, sign, oh, om] = match;
  const offset = `${sign}${oh}:${om}`;
  // The SDK path's own parser decides what a real date is, so both paths accept and refuse the same instants.
  const instant = parseTimestamp(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  if (!instant) return null;
  return Object.freeze({ instant, utc: utcString(instant), offset: offset === '-00:00' ? '+00:00' : offset });
}

/** `2020-11-03T06:18:00Z`: the SDK sends whole seconds. */
export function utcString(instant: Date): string {
  return `${instant.toISOString().slice(0, 19)}Z`;
}

const ZONE_FORMATTERS = new LRUCache<string, Intl.DateTimeFormat | false>({ max: 128 });

/**
 * The offset of an IANA zone (`HKTimeZone` metadata, e.g. `Europe/Berlin`) at an instant, as the iOS SDK computes
 * `zoneOffset` from `HKMetadataKeyTimeZone`; null when the zone is unknown to this runtime.
 */
export function zoneOffsetAt(zone: string, instant: Date): string | null {
  let formatter = ZONE_FORMATTERS.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      formatter = false;
    }
    ZONE_FORMATTERS.set(zone, formatter);
  }
  if (formatter === false) return null;
  const name = formatter.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value;
  if (name === undefined) return null;
  if (name === 'GMT') return '+00:00';
  const match = /^GMT([+-])(\d{1,2})(?::(\d{2}))?$/.exec(name);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return formatOffset(match[1] === '-' ? -minutes : minutes);
}
