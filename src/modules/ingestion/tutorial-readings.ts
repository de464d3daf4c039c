import { findRecordMapping } from '../normalization/mapping/platform-tables.js';
import { parseTimestamp } from '../normalization/mapping/timestamps.js';
import type { Rejection } from '../normalization/mapping/parsed-items.js';
import { AppError } from '../../common/errors/app-error.js';
import { isStorableText } from '../../common/http/storable-text.js';
import { isPlainObject, ParsedBatch } from './sync-envelope.js';

/**
 * The classic HealthKit-to-server tutorial posts `{userId, readings:[{dataType, value, unit, startDate, endDate}]}`
 * with HealthKit short names (`stepCount`, `heartRate`, …). This turns readings into the iOS SDK's item shapes so
 * one normalization path serves both, and maps rejections back to reading indexes.
 */

const QUANTITY_PREFIX = 'HKQuantityTypeIdentifier';
const CATEGORY_PREFIX = 'HKCategoryTypeIdentifier';
const TUTORIAL_SOURCE = { appId: null, name: 'HealthKit tutorial client', deviceType: null };

/** Short names that are not simply the identifier without its prefix (SDK ids and common spellings). */
const ALIASES: Record<string, string> = {
  steps: 'stepCount',
  activeEnergy: 'activeEnergyBurned',
  basalEnergy: 'basalEnergyBurned',
  restingEnergy: 'basalEnergyBurned',
  bloodOxygen: 'oxygenSaturation',
  spo2: 'oxygenSaturation',
  water: 'dietaryWater',
  weight: 'bodyMass',
  bmi: 'bodyMassIndex',
  bodyFat: 'bodyFatPercentage',
  hrv: 'heartRateVariabilitySDNN',
  heartRateVariability: 'heartRateVariabilitySDNN',
  distance: 'distanceWalkingRunning',
  sleep: 'sleepAnalysis',
};

const CATEGORY_TYPES = new Set([
  'appleStandHour',
  'cervicalMucusQuality',
  'highHeartRateEvent',
  'intermenstrualBleeding',
  'irregularHeartRhythmEvent',
  'lowHeartRateEvent',
  'menstrualFlow',
  'mindfulSession',
  'ovulationTestResult',
  'sexualActivity',
  'toothbrushingEvent',
  'handwashingEvent',
]);

/** HKCategoryValueSleepAnalysis raw values, as the iOS SDK names them. */
const SLEEP_STAGES = ['in_bed', 'sleeping', 'awake', 'light', 'deep', 'rem'];

/** HKUnit spellings a tutorial client prints that the SDK never sends. */
const UNIT_SPELLINGS: Record<string, string> = { 'count/min': 'bpm', 'count/s': 'Hz' };

export function canonicalShortName(dataType: string): string {
  // hasOwn: `constructor` or `valueOf` must not find Object.prototype's functions.
  return Object.hasOwn(ALIASES, dataType) ? ALIASES[dataType] : dataType;
}

/** `stepCount` → `HKQuantityTypeIdentifierStepCount`; full identifiers pass through. */
export function healthKitIdentifier(dataType: string): string {
  if (dataType.startsWith('HK')) return dataType;
  const short = canonicalShortName(dataType);
  const capitalized = short.charAt(0).toUpperCase() + short.slice(1);
  return `${CATEGORY_TYPES.has(short) ? CATEGORY_PREFIX : QUANTITY_PREFIX}${capitalized}`;
}

/** The inverse, for the summary: `HKQuantityTypeIdentifierStepCount` → `stepCount`. */
export function shortNameOf(identifier: string): string {
  const stripped = identifier.replace(/^HK(Quantity|Category)TypeIdentifier/, '');
  return stripped.charAt(0).toLowerCase() + stripped.slice(1);
}

export interface TutorialBatch {
  data: { records: unknown[]; sleep: unknown[] };
  /** For each converted item, the reading index it came from. */
  recordIndex: number[];
  sleepIndex: number[];
  /** Readings the tutorial's own server would refuse, never handed to normalization. */
  refused: ReadingRejection[];
}

export interface ReadingRejection {
  collection: 'readings';
  index: number;
  reason: string;
  type?: string;
}

const isSleep = (dataType: string) =>
  dataType === 'sleepAnalysis' || dataType === 'HKCategoryTypeIdentifierSleepAnalysis';

/** A type the catalogue maps (the tutorial server's allowlist); unknown types are refused, not kept raw. */
function isKnownDataType(dataType: string): boolean {
  const short = canonicalShortName(dataType);
  return isSleep(short) || findRecordMapping('apple', healthKitIdentifier(dataType)) !== undefined;
}

/** Why the tutorial's server would refuse a reading: unknown type, value not a finite number, a date that does not parse. */
export function readingProblem(reading: unknown): string | undefined {
  if (!isPlainObject(reading)) return 'reading must be an object';
  const { dataType, value } = reading;
  if (typeof dataType !== 'string' || dataType.trim() === '') return 'dataType is required';
  if (!isStorableText(dataType)) return 'dataType contains a NUL character or an unpaired UTF-16 surrogate';
  if (!isKnownDataType(dataType)) return `dataType '${dataType.slice(0, 64)}' is not a supported type`;
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'value must be a finite number';
  const start = reading.startDate ?? reading.date;
  if (parseTimestamp(start) === null) return 'startDate must be an ISO 8601 date-time with a zone';
  if (reading.endDate !== undefined && reading.endDate !== null && parseTimestamp(reading.endDate) === null)
    return 'endDate must be an ISO 8601 date-time with a zone';
  return undefined;
}

function sleepStage(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return SLEEP_STAGES[value] ?? 'unknown';
  return value;
}

function toItem(reading: Record<string, unknown>, dataType: string) {
  const start = reading.startDate ?? reading.date;
  const unit = typeof reading.unit === 'string' ? (UNIT_SPELLINGS[reading.unit] ?? reading.unit) : null;
  let value = reading.value;
  // HealthKit's percent unit yields a 0–1 fraction, while the SDK (and our apple mapping) sends SpO₂ as 0–100.
  if (dataType === 'oxygenSaturation' && typeof value === 'number' && value <= 1 && unit === '%')
    value *= 100;
  return {
    id: typeof reading.id === 'string' ? reading.id : null,
    parentId: null,
    startDate: start,
    endDate: reading.endDate ?? start,
    zoneOffset: null,
    source: TUTORIAL_SOURCE,
    value,
    unit,
    metadata: null,
  };
}

export function convertReadings(readings: unknown[]): TutorialBatch {
  const batch: TutorialBatch = {
    data: { records: [], sleep: [] },
    recordIndex: [],
    sleepIndex: [],
    refused: [],
  };
  readings.forEach((reading, index) => {
    const problem = readingProblem(reading);
    if (problem !== undefined || !isPlainObject(reading) || typeof reading.dataType !== 'string') {
      const type =
        isPlainObject(reading) && typeof reading.dataType === 'string' ? reading.dataType : undefined;
      batch.refused.push({
        collection: 'readings',
        index,
        reason: problem ?? 'reading must be an object',
        // Echoed only when it can be stored in the journal's rejections as it is.
        ...(type !== undefined && type.length <= 128 && isStorableText(type) ? { type } : {}),
      });
      return;
    }
    const dataType = canonicalShortName(reading.dataType);
    const item = toItem(reading, dataType);
    if (isSleep(dataType)) {
      const { value, unit, ...rest } = item;
      void unit;
      batch.data.sleep.push({ ...rest, stage: sleepStage(value), values: null });
      batch.sleepIndex.push(index);
    } else {
      batch.data.records.push({ ...item, type: healthKitIdentifier(reading.dataType) });
      batch.recordIndex.push(index);
    }
  });
  return batch;
}

/** Rejections of converted items, renamed to the readings they came from. */
export function readingRejections(batch: TutorialBatch, rejections: Rejection[]): ReadingRejection[] {
  const normalized = rejections.map((r): ReadingRejection => ({
    collection: 'readings',
    index:
      r.collection === 'sleep'
        ? (batch.sleepIndex[r.index] ?? r.index)
        : (batch.recordIndex[r.index] ?? r.index),
    reason: r.reason,
    ...(r.type ? { type: r.type } : {}),
  }));
  return [...batch.refused, ...normalized].sort((a, b) => a.index - b.index);
}

export interface TutorialPush {
  /** The integrator's external_user_id. */
  externalUserId: string;
  batch: ParsedBatch;
}

/** `{userId, readings}`: strict on the envelope (400), lenient per reading, like the SDK path. */
export function parseTutorialBody(body: unknown): TutorialPush {
  if (!isPlainObject(body)) throw new AppError('bad_request', 'The request body must be a JSON object.');
  const userId = typeof body.userId === 'number' ? String(body.userId) : body.userId;
  if (
    typeof userId !== 'string' ||
    userId.trim() === '' ||
    userId.trim().length > 255 ||
    !isStorableText(userId)
  )
    throw new AppError('bad_request', 'userId is required: a string of at most 255 characters.');
  if (!Array.isArray(body.readings)) throw new AppError('bad_request', 'readings must be an array.');
  const converted = convertReadings(body.readings);
  return {
    externalUserId: userId.trim(),
    batch: {
      provider: 'apple',
      syncSessionId: null,
      syncType: null,
      sdkVersion: null,
      syncTimestamp: null,
      data: converted.data,
      itemCount: body.readings.length,
      refusedBeforeNormalization: converted.refused.length,
      mapRejections: (rejections) => readingRejections(converted, rejections),
    },
  };
}
