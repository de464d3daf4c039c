import { convertUnit, getUnit, getWorkoutStatistic, type ActivityType } from '../catalogue/index.js';
import { arrayOrNull, describeValue, finiteNumber, isObject, optionalString } from './fields.js';
import { parseItemBase, rejection, type Checked } from './item-base.js';
import type { StatisticMapping, StatisticTable } from './platform-table-types.js';
import { findActivityType, statisticTable } from './platform-tables.js';
import type { NormalizedWorkout, ParseResult, Provider, WorkoutStatistics } from './parsed-items.js';
import { checkRange, isImpliedUnit } from './values.js';

const MAX_TEXT_LENGTH = 2000;
const PERCENT_UNITS: ReadonlySet<string> = new Set(['%', 'percent']);
const CYCLING_ACTIVITIES: ReadonlySet<ActivityType> = new Set([
  'cycling',
  'indoor_cycling',
  'mountain_biking',
  'cyclocross',
  'e_biking',
]);

type OtherValue = NormalizedWorkout['otherValues'][number];

/** One item of `data.workouts`: a session with its unified activity type and canonical statistics. */
export function parseWorkout(
  provider: Provider,
  raw: unknown,
  index: number,
): ParseResult<NormalizedWorkout> {
  if (!isObject(raw))
    return rejection('workouts', index, `workout must be an object, got ${describeValue(raw)}`);
  // The peer accepts a workout without a type; it is filed under the fallback activity.
  const vendorType = optionalString(raw.type, 64) ?? '';

  const base = parseItemBase(provider, raw, index, vendorType);
  if (!base.ok) return rejection('workouts', index, base.reason, vendorType || undefined);

  const activityType = findActivityType(provider, vendorType);
  const { statistics, otherValues } = readStatistics(statisticTable(provider), raw.values, activityType);
  statistics.duration ??= (base.value.end.getTime() - base.value.start.getTime()) / 1000;

  return {
    ok: true,
    item: {
      ...base.value,
      kind: 'workout',
      activityType,
      title: optionalString(raw.title, MAX_TEXT_LENGTH),
      notes: optionalString(raw.notes, MAX_TEXT_LENGTH),
      statistics,
      otherValues,
      route: routeOf(raw.route),
      laps: arrayOrNull(raw.laps),
      segments: arrayOrNull(raw.segments),
      samples: arrayOrNull(raw.samples),
      metadata: isObject(raw.metadata) ? raw.metadata : null,
    },
  };
}

/**
 * Route points kept per workout. iOS ≥ 0.15 sends the workout's GPS route (one point every second or few: a marathon
 * is ~15,000); beyond this the route is thinned evenly, keeping first and last, so one workout row stays bounded.
 */
export const MAX_ROUTE_POINTS = 20_000;

export interface RoutePoint {
  timestamp: string;
  latitude: number;
  longitude: number;
  altitudeM: number | null;
  horizontalAccuracyM: number | null;
  verticalAccuracyM: number | null;
}

function routePoint(raw: unknown): RoutePoint | null {
  if (!isObject(raw)) return null;
  const latitude = finiteNumber(raw.latitude);
  const longitude = finiteNumber(raw.longitude);
  const timestamp = optionalString(raw.timestamp, 40);
  if (latitude === null || longitude === null || timestamp === null) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || Number.isNaN(Date.parse(timestamp)))
    return null;
  const accuracy = (value: unknown) => {
    const n = finiteNumber(value);
    return n !== null && n >= 0 ? n : null;
  };
  return {
    timestamp,
    latitude,
    longitude,
    altitudeM: finiteNumber(raw.altitudeM),
    horizontalAccuracyM: accuracy(raw.horizontalAccuracyM),
    verticalAccuracyM: accuracy(raw.verticalAccuracyM),
  };
}

/** Valid points in the SDK's own shape (camelCase, metres), in time order; unusable points are dropped. */
export function routeOf(raw: unknown): RoutePoint[] | null {
  if (!Array.isArray(raw)) return null;
  const points: RoutePoint[] = [];
  for (const item of raw) {
    const point = routePoint(item);
    if (point) points.push(point);
  }
  points.sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
  if (points.length <= MAX_ROUTE_POINTS) return points;
  const step = (points.length - 1) / (MAX_ROUTE_POINTS - 1);
  return Array.from({ length: MAX_ROUTE_POINTS }, (_, i) => points[Math.round(i * step)]!);
}

interface Winner {
  rank: number;
  entry: OtherValue;
}

/**
 * Converts each vendor statistic to its canonical code and unit. When two vendor names land on one code (Samsung
 * `calories` and `totalCalories`) the one listed first in the platform table wins and the other is kept aside,
 * so energy is never counted twice. Unknown, unconvertible or implausible values are kept aside with a reason.
 */
function readStatistics(
  table: StatisticTable,
  raw: unknown,
  activityType: ActivityType,
): { statistics: WorkoutStatistics; otherValues: OtherValue[] } {
  const statistics: WorkoutStatistics = {};
  const otherValues: OtherValue[] = [];
  const winners = new Map<string, Winner>();
  const ranks = Object.keys(table);
  if (!Array.isArray(raw)) return { statistics, otherValues };

  for (const item of raw) {
    if (!isObject(item)) continue;
    const type = optionalString(item.type, 64);
    const value = finiteNumber(item.value);
    if (type === null || value === null) continue;
    const entry: OtherValue = { type, value, unit: typeof item.unit === 'string' ? item.unit : null };

    const name = findStatisticName(table, type);
    if (name === undefined) {
      otherValues.push(entry);
      continue;
    }
    const code = statisticCode(table[name], entry.unit, activityType);
    const converted = convertStatistic(code, table[name], value, entry.unit);
    if (!converted.ok) {
      otherValues.push({ ...entry, reason: converted.reason });
      continue;
    }

    const rank = ranks.indexOf(name);
    const previous = winners.get(code);
    if (previous && previous.rank <= rank) {
      otherValues.push({ ...entry, reason: `${code} already taken from ${previous.entry.type}` });
      continue;
    }
    if (previous) otherValues.push({ ...previous.entry, reason: `${code} taken from ${type} instead` });
    winners.set(code, { rank, entry });
    statistics[code] = converted.value;
  }
  return { statistics, otherValues };
}

/** Samsung sends upper-case raw keys (`TOTAL_CALORIES`) when it has no session; they are the camelCase getters. */
function findStatisticName(table: StatisticTable, type: string): string | undefined {
  if (Object.hasOwn(table, type)) return type;
  const camel = type.toLowerCase().replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
  return Object.hasOwn(table, camel) ? camel : undefined;
}

function statisticCode(mapping: StatisticMapping, unit: string | null, activityType: ActivityType): string {
  if ('code' in mapping) return mapping.code;
  const counts = unit === null ? undefined : getUnit(unit.trim())?.counts;
  const pedalling = counts === 'revolutions' || (counts !== 'steps' && CYCLING_ACTIVITIES.has(activityType));
  return `${pedalling ? 'cycling' : 'step'}_cadence_${mapping.cadence}`;
}

function convertStatistic(
  code: string,
  mapping: StatisticMapping,
  value: number,
  unit: string | null,
): Checked<number> {
  const definition = getWorkoutStatistic(code);
  if (!definition) return { ok: false, reason: `no workout statistic ${code}` };
  let converted: number | null;
  if (isImpliedUnit(unit)) {
    converted = value;
  } else if (
    'fractionPercent' in mapping &&
    mapping.fractionPercent === 'when_at_most_one' &&
    PERCENT_UNITS.has(unit!.trim()) &&
    value <= 1
  ) {
    converted = value * 100;
  } else {
    converted = convertUnit(value, unit!.trim(), definition.unit);
  }
  if (converted === null) {
    return { ok: false, reason: `unit '${unit}' cannot be converted to ${definition.unit} for ${code}` };
  }
  return checkRange(definition, converted);
}
