import { convertUnit, getUnit } from '../../normalization/catalogue/index.js';
import { APPLE_ACTIVITY_TYPES } from '../../normalization/mapping/apple.js';
import { findRecordMapping } from '../../normalization/mapping/platform-tables.js';
import { categoryValue, sleepStage } from './category-values.js';
import { exportItemId } from './export-identity.js';
import { exportSource, type SdkSource } from './export-source.js';
import { parseExportTime, utcString, zoneOffsetAt, type ExportTime } from './export-time.js';

/** One element of export.xml with what it nests, as the reader collects it (attribute values as written). */
export interface ExportElement {
  name: string;
  attributes: Record<string, string>;
  line: number;
  /** `MetadataEntry` children, key → value. */
  metadata: Record<string, string> | null;
  children: ExportElement[];
}

export interface SdkRecord {
  id: string;
  type: string;
  startDate: string;
  endDate: string;
  zoneOffset: string;
  source: SdkSource;
  value: number | null;
  unit: string | null;
  parentId: null;
  metadata: Record<string, string> | null;
}

export interface SdkSleep {
  id: string;
  parentId: null;
  stage: string;
  startDate: string;
  endDate: string;
  zoneOffset: string;
  source: SdkSource;
  values: null;
  metadata: null;
}

export interface SdkRoutePoint {
  timestamp: string;
  latitude: number;
  longitude: number;
  altitudeM: number | null;
  horizontalAccuracyM: number | null;
  verticalAccuracyM: number | null;
}

export interface SdkWorkoutValue {
  type: string;
  value: number;
  unit: string;
}

export interface SdkWorkout {
  id: string;
  parentId: null;
  type: string;
  startDate: string;
  endDate: string;
  zoneOffset: string;
  source: SdkSource;
  title: null;
  notes: null;
  values: SdkWorkoutValue[];
  segments: Array<{ startDate: string; endDate: string; type: string }> | null;
  laps: Array<{ startDate: string; endDate: string }> | null;
  route: SdkRoutePoint[] | null;
  samples: null;
  metadata: Record<string, unknown> | null;
}

export type ConvertedElement =
  | { ok: true; collection: 'records'; item: SdkRecord }
  | { ok: true; collection: 'sleep'; item: SdkSleep }
  | { ok: true; collection: 'workouts'; item: SdkWorkout; routeFile: string | null }
  | { ok: false; reason: string };

export const SLEEP_TYPE = 'HKCategoryTypeIdentifierSleepAnalysis';
const QUANTITY_PREFIX = 'HKQuantityTypeIdentifier';
const CATEGORY_PREFIX = 'HKCategoryTypeIdentifier';
const TIME_ZONE_KEY = 'HKTimeZone';

/** Unit spellings of the export that the unit registry knows under the SDK's spelling. */
const UNIT_ALIASES: Readonly<Record<string, string>> = {
  'mL/min·kg': 'mL/kg/min',
  'ml/min·kg': 'mL/kg/min',
  'count/s': 'Hz',
};

/** `mmol<180.1558800000541>/L`: HealthKit writes the molar mass into molar concentration units. */
const MOLAR_UNIT = /^mmol<[\d.]+>\/L$/;

export function exportUnit(unit: string | undefined): string | null {
  if (unit === undefined) return null;
  const trimmed = unit.trim();
  if (trimmed === '') return null;
  if (MOLAR_UNIT.test(trimmed)) return 'mmol/L';
  return UNIT_ALIASES[trimmed] ?? trimmed;
}

/** A number as written in the file; null when it is not one (`abc`, empty, `NaN`). */
export function exportNumber(value: string | undefined): number | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : null;
}

interface Interval {
  start: ExportTime;
  end: ExportTime;
  zoneOffset: string;
}

/** startDate/endDate of an element, or the reason they cannot be used. */
function interval(element: ExportElement): Interval | string {
  const { startDate, endDate } = element.attributes;
  if (startDate === undefined) return 'missing startDate';
  if (endDate === undefined) return 'missing endDate';
  const start = parseExportTime(startDate);
  if (!start) return `startDate '${startDate}' is not a real date and time`;
  const end = parseExportTime(endDate);
  if (!end) return `endDate '${endDate}' is not a real date and time`;
  if (start.instant.getTime() > end.instant.getTime())
    return `startDate '${startDate}' is after endDate '${endDate}'`;
  return { start, end, zoneOffset: zoneOffset(element.metadata, start) };
}

/**
 * The SDK derives `zoneOffset` from `HKTimeZone` metadata when the writer set it; the export prints every time at
 * the offset in force at that instant on the exporting phone, which is the record's own offset for anyone who
 * stayed in one zone. So: the HKTimeZone offset when present and known, else the timestamp's own offset.
 */
function zoneOffset(metadata: Record<string, string> | null, start: ExportTime): string {
  const zone = metadata?.[TIME_ZONE_KEY];
  return (zone && zoneOffsetAt(zone, start.instant)) || start.offset;
}

/** A `Record` (also one nested in a `Correlation`): a record item, or a sleep item for sleep analysis. */
export function convertRecord(element: ExportElement): ConvertedElement {
  const { type, sourceName, device } = element.attributes;
  if (!type?.trim()) return { ok: false, reason: 'missing type' };
  const when = interval(element);
  if (typeof when === 'string') return { ok: false, reason: when };
  const rawValue = element.attributes.value;

  if (type === SLEEP_TYPE) {
    const stage = sleepStage(rawValue ?? '');
    return {
      ok: true,
      collection: 'sleep',
      item: {
        id: exportItemId('Record', type, when.start.utc, when.end.utc, stage, null, sourceName, device),
        parentId: null,
        stage,
        startDate: when.start.utc,
        endDate: when.end.utc,
        zoneOffset: when.zoneOffset,
        source: exportSource(sourceName, device),
        values: null,
        metadata: null,
      },
    };
  }

  const mapping = findRecordMapping('apple', type);
  let value: number | null;
  let unit = exportUnit(element.attributes.unit);
  let metadata = element.metadata;
  if (type.startsWith(CATEGORY_PREFIX)) {
    // The SDK sends a category's raw integer and no unit.
    value = rawValue === undefined ? null : categoryValue(rawValue.trim());
    unit = null;
    if (value === null && rawValue !== undefined) {
      if (mapping) return { ok: false, reason: `value '${rawValue}' is not a known ${type} value` };
      // A category this code does not know yet still goes out as a raw record, its value kept by name.
      metadata = { ...metadata, HKCategoryValue: rawValue };
    }
  } else {
    value = exportNumber(rawValue);
    if (value === null && (rawValue !== undefined || type.startsWith(QUANTITY_PREFIX))) {
      return {
        ok: false,
        reason: rawValue === undefined ? 'missing value' : `value '${rawValue}' is not a number`,
      };
    }
    if (unit !== null && mapping && !getUnit(unit) && !mapping.impliedUnits?.includes(unit)) {
      return { ok: false, reason: `unit '${unit}' is not a unit we know` };
    }
    // The SDK multiplies SpO₂ by 100 (unlike every other HealthKit percentage); the export keeps HealthKit's fraction.
    if (value !== null && type === 'HKQuantityTypeIdentifierOxygenSaturation' && unit === '%') {
      value = Number((value * 100).toPrecision(12));
    }
  }

  const identityValue =
    rawValue === undefined ? null : (exportNumber(rawValue)?.toString() ?? rawValue.trim());
  return {
    ok: true,
    collection: 'records',
    item: {
      id: exportItemId(
        'Record',
        type,
        when.start.utc,
        when.end.utc,
        identityValue,
        exportUnit(element.attributes.unit),
        sourceName,
        device,
      ),
      type,
      startDate: when.start.utc,
      endDate: when.end.utc,
      zoneOffset: when.zoneOffset,
      source: exportSource(sourceName, device),
      value,
      unit,
      parentId: null,
      metadata,
    },
  };
}

/** HKWorkoutActivityType names whose iOS SDK `_workoutTypeString` is not plain snake_case of the name. */
const ACTIVITY_NAMES: Readonly<Record<string, string>> = {
  TraditionalStrengthTraining: 'strength_training',
  HighIntensityIntervalTraining: 'hiit',
  WheelchairRunPace: 'wheelchair_run',
  WheelchairWalkPace: 'wheelchair_walk',
};

/** `HKWorkoutActivityTypeCrossCountrySkiing` → `cross_country_skiing`; types the SDK does not know → `other`. */
export function workoutType(activity: string | undefined): string {
  const name = (activity ?? '').replace(/^HKWorkoutActivityType/, '');
  const snake =
    ACTIVITY_NAMES[name] ??
    name
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
      .toLowerCase();
  return Object.hasOwn(APPLE_ACTIVITY_TYPES, snake) ? snake : 'other';
}

type Aggregate = 'sum' | 'average' | 'minimum' | 'maximum';

/** `WorkoutStatistics` → the iOS SDK's `_buildWorkoutStats` names and units. */
const WORKOUT_STATISTICS: Readonly<Record<string, ReadonlyArray<readonly [Aggregate, string, string]>>> = {
  HKQuantityTypeIdentifierActiveEnergyBurned: [['sum', 'activeEnergyBurned', 'kcal']],
  HKQuantityTypeIdentifierBasalEnergyBurned: [['sum', 'basalEnergyBurned', 'kcal']],
  // The SDK sends the first distance HealthKit has for the workout as `distance`.
  HKQuantityTypeIdentifierDistanceWalkingRunning: [['sum', 'distance', 'm']],
  HKQuantityTypeIdentifierDistanceCycling: [['sum', 'distance', 'm']],
  HKQuantityTypeIdentifierDistanceSwimming: [['sum', 'distance', 'm']],
  HKQuantityTypeIdentifierDistanceDownhillSnowSports: [['sum', 'distance', 'm']],
  HKQuantityTypeIdentifierStepCount: [['sum', 'stepCount', 'count']],
  HKQuantityTypeIdentifierSwimmingStrokeCount: [['sum', 'swimmingStrokeCount', 'count']],
  HKQuantityTypeIdentifierHeartRate: [
    ['minimum', 'minHeartRate', 'bpm'],
    ['average', 'averageHeartRate', 'bpm'],
    ['maximum', 'maxHeartRate', 'bpm'],
  ],
  HKQuantityTypeIdentifierRunningPower: [['average', 'averageRunningPower', 'W']],
  HKQuantityTypeIdentifierRunningSpeed: [['average', 'averageRunningSpeed', 'm/s']],
  HKQuantityTypeIdentifierRunningStrideLength: [['average', 'averageRunningStrideLength', 'm']],
  HKQuantityTypeIdentifierRunningVerticalOscillation: [['average', 'averageVerticalOscillation', 'cm']],
  HKQuantityTypeIdentifierRunningGroundContactTime: [['average', 'averageGroundContactTime', 'ms']],
};

/** Workout metadata the SDK turns into values: key → SDK name and unit (`null`: the value is a plain number). */
const METADATA_STATISTICS: Readonly<Record<string, readonly [string, string]>> = {
  HKElevationAscended: ['elevationAscended', 'm'],
  HKElevationDescended: ['elevationDescended', 'm'],
  HKAverageSpeed: ['averageSpeed', 'm/s'],
  HKMaximumSpeed: ['maxSpeed', 'm/s'],
  HKAverageMETs: ['averageMETs', 'kcal/kg/hr'],
  HKLapLength: ['lapLength', 'm'],
  HKSwimmingLocationType: ['swimmingLocationType', 'enum'],
  HKIndoorWorkout: ['indoorWorkout', 'bool'],
  HKWeatherTemperature: ['weatherTemperature', 'degC'],
  HKWeatherHumidity: ['weatherHumidity', '%'],
};

/** `4500 cm` → value and unit; a bare `1` has no unit. */
function metadataQuantity(raw: string): { value: number; unit: string | null } | null {
  const match = /^\s*(-?[\d.]+(?:[eE][+-]?\d+)?)\s*(.*?)\s*$/.exec(raw);
  if (!match) return null;
  const value = Number(match[1]);
  if (!Number.isFinite(value)) return null;
  return { value, unit: exportUnit(match[2]) };
}

/** A value in the SDK's unit; when the export's unit cannot be converted, the value goes out in its own unit. */
function sdkValue(type: string, value: number, from: string | null, to: string): SdkWorkoutValue {
  if (from === null || from === to) return { type, value, unit: to };
  const converted = convertUnit(value, from, to);
  return converted === null ? { type, value, unit: from } : { type, value: converted, unit: to };
}

function metadataValues(metadata: Record<string, string> | null): SdkWorkoutValue[] {
  const values: SdkWorkoutValue[] = [];
  for (const [key, [name, unit]] of Object.entries(METADATA_STATISTICS)) {
    const raw = metadata?.[key];
    if (raw === undefined) continue;
    const quantity = metadataQuantity(raw);
    if (!quantity) continue;
    if (name === 'weatherHumidity') {
      // HealthKit exports humidity in hundredths of a percent (`8700 %` is 87 %).
      values.push({ type: name, value: quantity.value > 100 ? quantity.value / 100 : quantity.value, unit });
    } else {
      values.push(sdkValue(name, quantity.value, quantity.unit, unit));
    }
  }
  return values;
}

function workoutValues(element: ExportElement, when: Interval): SdkWorkoutValue[] {
  const { attributes } = element;
  const durationValue = exportNumber(attributes.duration);
  const values: SdkWorkoutValue[] = [
    durationValue === null
      ? {
          type: 'duration',
          value: (when.end.instant.getTime() - when.start.instant.getTime()) / 1000,
          unit: 's',
        }
      : sdkValue('duration', durationValue, exportUnit(attributes.durationUnit) ?? 'min', 's'),
  ];
  const taken = new Set<string>(['duration']);
  for (const child of element.children) {
    if (child.name !== 'WorkoutStatistics') continue;
    const statistics = WORKOUT_STATISTICS[child.attributes.type ?? ''];
    if (!statistics) continue;
    for (const [aggregate, name, unit] of statistics) {
      const value = exportNumber(child.attributes[aggregate]);
      if (value === null || taken.has(name)) continue;
      taken.add(name);
      values.push(sdkValue(name, value, exportUnit(child.attributes.unit), unit));
    }
  }
  // Exports before iOS 16 have no statistics, only the workout's own totals.
  const legacy: Array<[string, string, string]> = [
    ['totalEnergyBurned', 'activeEnergyBurned', 'kcal'],
    ['totalDistance', 'distance', 'm'],
  ];
  for (const [attribute, name, unit] of legacy) {
    const value = exportNumber(attributes[attribute]);
    if (value === null || taken.has(name)) continue;
    taken.add(name);
    values.push(sdkValue(name, value, exportUnit(attributes[`${attribute}Unit`]), unit));
  }
  return [...values, ...metadataValues(element.metadata).filter((value) => !taken.has(value.type))];
}

/** `WorkoutEvent`s: laps and segments in the SDK's (Health Connect) shapes; pauses and markers in metadata. */
function workoutEvents(
  element: ExportElement,
): Pick<SdkWorkout, 'laps' | 'segments'> & { others: unknown[] } {
  const laps: NonNullable<SdkWorkout['laps']> = [];
  const segments: NonNullable<SdkWorkout['segments']> = [];
  const others: unknown[] = [];
  for (const child of element.children) {
    if (child.name !== 'WorkoutEvent') continue;
    const date = parseExportTime(child.attributes.date);
    if (!date) continue;
    const seconds = sdkValue(
      'duration',
      exportNumber(child.attributes.duration) ?? 0,
      exportUnit(child.attributes.durationUnit) ?? 'min',
      's',
    ).value;
    const endDate = utcString(new Date(date.instant.getTime() + seconds * 1000));
    const type = (child.attributes.type ?? '').replace(/^HKWorkoutEventType/, '');
    if (type === 'Lap') laps.push({ startDate: date.utc, endDate });
    else if (type === 'Segment') segments.push({ startDate: date.utc, endDate, type: 'segment' });
    else others.push({ type: type.charAt(0).toLowerCase() + type.slice(1), date: date.utc });
  }
  return { laps: laps.length ? laps : null, segments: segments.length ? segments : null, others };
}

/** Inline `<Location>` points of exports before iOS 12, which had no GPX files. */
function inlineRoute(route: ExportElement): SdkRoutePoint[] {
  const points: SdkRoutePoint[] = [];
  for (const location of route.children) {
    if (location.name !== 'Location') continue;
    const time = parseExportTime(location.attributes.date);
    const latitude = exportNumber(location.attributes.latitude);
    const longitude = exportNumber(location.attributes.longitude);
    if (!time || latitude === null || longitude === null) continue;
    points.push({
      timestamp: time.utc,
      latitude,
      longitude,
      altitudeM: exportNumber(location.attributes.altitude),
      horizontalAccuracyM: exportNumber(location.attributes.horizontalAccuracy),
      verticalAccuracyM: exportNumber(location.attributes.verticalAccuracy),
    });
  }
  return points;
}

/** A `Workout` with its statistics, events, metadata and route reference. */
export function convertWorkout(element: ExportElement): ConvertedElement {
  const { workoutActivityType, sourceName, device } = element.attributes;
  const when = interval(element);
  if (typeof when === 'string') return { ok: false, reason: when };
  const type = workoutType(workoutActivityType);
  const events = workoutEvents(element);
  const route = element.children.find((child) => child.name === 'WorkoutRoute');
  const routeFile =
    route?.children.find((child) => child.name === 'FileReference')?.attributes.path?.trim() || null;
  const inline = route && !routeFile ? inlineRoute(route) : [];
  const metadata: Record<string, unknown> = { ...element.metadata };
  if (events.others.length) metadata.workoutEvents = events.others;
  return {
    ok: true,
    collection: 'workouts',
    routeFile,
    item: {
      id: exportItemId(
        'Workout',
        workoutActivityType ?? '',
        when.start.utc,
        when.end.utc,
        null,
        null,
        sourceName,
        device,
      ),
      parentId: null,
      type,
      startDate: when.start.utc,
      endDate: when.end.utc,
      zoneOffset: when.zoneOffset,
      source: exportSource(sourceName, device),
      title: null,
      notes: null,
      values: workoutValues(element, when),
      segments: events.segments,
      laps: events.laps,
      route: inline.length ? inline : null,
      samples: null,
      metadata: Object.keys(metadata).length ? metadata : null,
    },
  };
}
