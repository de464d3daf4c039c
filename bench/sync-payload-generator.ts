/**
 * Realistic Open Wearables SDK batches for the ingestion benchmark: the iOS 0.13, Health Connect 0.11 and Samsung
 * 0.11 shapes (ids, units, sources, nulls as the serializers write them), mixed types, deterministic per seed.
 */

export type Shape = 'ios' | 'health-connect' | 'samsung';

const MINUTE = 60_000;
const BASE = Date.parse('2025-01-01T00:00:00Z');

/** Deterministic PRNG so every run pushes the same bytes. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const isoMillis = (ms: number) => new Date(ms).toISOString();

function uuid(rand: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`.toUpperCase();
}

const IOS_WATCH = {
  appId: 'com.apple.health.8A1F2C3D',
  name: 'Apple Watch',
  deviceId: null,
  deviceName: 'Apple Watch',
  deviceManufacturer: 'Apple Inc.',
  deviceModel: 'Watch6,18',
  deviceType: 'watch',
  recordingMethod: null,
  deviceHardwareVersion: 'Watch6,18',
  deviceSoftwareVersion: '10.4',
  operatingSystemVersion: { majorVersion: 17, minorVersion: 4, patchVersion: 1 },
};
const IOS_PHONE = {
  ...IOS_WATCH,
  name: 'iPhone',
  deviceName: 'iPhone',
  deviceModel: 'iPhone15,2',
  deviceType: 'phone',
};
const HC_SOURCE = {
  appId: 'com.google.android.apps.fitness',
  deviceId: null,
  deviceName: null,
  deviceManufacturer: 'Google',
  deviceModel: 'Pixel Watch 2',
  deviceType: 'watch',
  recordingMethod: 'automatic',
};
const SAMSUNG_WATCH = {
  appId: 'com.sec.android.app.shealth',
  deviceId: 'R9ZW30ABC12',
  deviceName: 'Galaxy Watch7',
  deviceManufacturer: 'Samsung',
  deviceModel: 'SM-R960',
  deviceType: 'watch',
  recordingMethod: null,
};
const SAMSUNG_PHONE = {
  appId: null,
  deviceId: null,
  deviceName: null,
  deviceManufacturer: 'samsung',
  deviceModel: 'SM-S921B',
  deviceType: 'phone',
  recordingMethod: null,
};

interface Kind {
  type: string;
  unit: string | null;
  value: (r: () => number) => number;
  /** Interval length in minutes; 0 for instants. */
  minutes: number;
  phone?: boolean;
}

const IOS_KINDS: Kind[] = [
  {
    type: 'HKQuantityTypeIdentifierHeartRate',
    unit: 'bpm',
    value: (r) => 55 + Math.round(r() * 60),
    minutes: 0,
  },
  {
    type: 'HKQuantityTypeIdentifierHeartRate',
    unit: 'bpm',
    value: (r) => 55 + Math.round(r() * 60),
    minutes: 0,
  },
  {
    type: 'HKQuantityTypeIdentifierStepCount',
    unit: 'count',
    value: (r) => Math.round(r() * 400),
    minutes: 5,
    phone: true,
  },
  { type: 'HKQuantityTypeIdentifierActiveEnergyBurned', unit: 'Cal', value: (r) => r() * 12, minutes: 5 },
  {
    type: 'HKQuantityTypeIdentifierDistanceWalkingRunning',
    unit: 'm',
    value: (r) => r() * 300,
    minutes: 5,
    phone: true,
  },
  {
    type: 'HKQuantityTypeIdentifierHeartRateVariabilitySDNN',
    unit: 'ms',
    value: (r) => 20 + r() * 60,
    minutes: 1,
  },
  { type: 'HKQuantityTypeIdentifierOxygenSaturation', unit: '%', value: (r) => 94 + r() * 5, minutes: 0 },
  {
    type: 'HKQuantityTypeIdentifierRespiratoryRate',
    unit: 'breaths/min',
    value: (r) => 12 + r() * 6,
    minutes: 0,
  },
  { type: 'HKQuantityTypeIdentifierBasalEnergyBurned', unit: 'Cal', value: (r) => 1 + r() * 2, minutes: 5 },
];
const HC_KINDS: Kind[] = [
  { type: 'HEART_RATE', unit: 'bpm', value: (r) => 55 + Math.round(r() * 60), minutes: 0 },
  { type: 'HEART_RATE', unit: 'bpm', value: (r) => 55 + Math.round(r() * 60), minutes: 0 },
  { type: 'STEP_COUNT', unit: 'count', value: (r) => Math.round(r() * 400), minutes: 5 },
  { type: 'ACTIVE_CALORIES_BURNED', unit: 'kcal', value: (r) => r() * 12, minutes: 5 },
  { type: 'DISTANCE', unit: 'm', value: (r) => r() * 300, minutes: 5 },
  { type: 'HEART_RATE_VARIABILITY', unit: 'ms', value: (r) => 20 + r() * 60, minutes: 0 },
  { type: 'OXYGEN_SATURATION', unit: '%', value: (r) => 94 + r() * 5, minutes: 0 },
  { type: 'RESPIRATORY_RATE', unit: 'breaths/min', value: (r) => 12 + r() * 6, minutes: 0 },
];
const SAMSUNG_KINDS: Kind[] = [
  { type: 'HEART_RATE', unit: 'bpm', value: (r) => 55 + r() * 60 + 0.4000015258789, minutes: 0 },
  { type: 'HEART_RATE', unit: 'bpm', value: (r) => 55 + Math.round(r() * 60), minutes: 0 },
  { type: 'STEP_COUNT', unit: 'count', value: (r) => Math.round(r() * 4000), minutes: 60, phone: true },
  { type: 'ACTIVE_CALORIES_BURNED', unit: 'kcal', value: (r) => r() * 120, minutes: 60, phone: true },
  { type: 'OXYGEN_SATURATION', unit: '%', value: (r) => 94 + r() * 5, minutes: 0 },
  { type: 'BLOOD_GLUCOSE', unit: 'mmol/L', value: (r) => 4 + r() * 3, minutes: 0 },
];

const IOS_STAGES = ['in_bed', 'light', 'deep', 'rem', 'awake', 'light'];
const ANDROID_STAGES = ['awake', 'light', 'deep', 'rem', 'light', 'sleeping'];

/**
 * One batch of `items` items: ~92 % records, ~7 % sleep stages, ~1 % workouts. `seed` makes ids and times unique
 * per batch (each batch covers its own slice of time), so a run inserts new rows throughout.
 */
export function generateBatch(shape: Shape, seed: number, items = 2000): Record<string, unknown> {
  const rand = random(seed * 7919 + shape.length);
  const workoutsCount = Math.max(1, Math.round(items * 0.01));
  const sleepCount = Math.round(items * 0.07);
  const recordCount = items - workoutsCount - sleepCount;
  const start = BASE + seed * items * MINUTE;
  const android = shape !== 'ios';
  const fmt = android ? isoMillis : isoSeconds;
  const zone = shape === 'ios' ? '+02:00' : shape === 'health-connect' ? 'Z' : '+01:00';
  const kinds = shape === 'ios' ? IOS_KINDS : shape === 'health-connect' ? HC_KINDS : SAMSUNG_KINDS;
  const source = (phone?: boolean) =>
    shape === 'ios'
      ? phone
        ? IOS_PHONE
        : IOS_WATCH
      : shape === 'samsung'
        ? phone
          ? SAMSUNG_PHONE
          : SAMSUNG_WATCH
        : HC_SOURCE;
  const hcParent = `hc-${seed}-${uuid(rand).toLowerCase()}`;

  const records = Array.from({ length: recordCount }, (_, i) => {
    const kind = kinds[i % kinds.length];
    const at = start + i * MINUTE;
    const id =
      shape === 'ios'
        ? uuid(rand)
        : shape === 'health-connect' && kind.type === 'HEART_RATE'
          ? `${hcParent}-s${i}`
          : uuid(rand).toLowerCase();
    return {
      id,
      type: kind.type,
      startDate: fmt(at),
      endDate: fmt(at + kind.minutes * MINUTE),
      zoneOffset: rand() < 0.1 ? null : zone,
      source: source(kind.phone),
      value: kind.value(rand),
      unit: kind.unit,
      parentId: shape === 'health-connect' && kind.type === 'HEART_RATE' ? hcParent : null,
      metadata: shape === 'ios' ? (rand() < 0.2 ? { HKWasUserEntered: '0' } : null) : null,
    };
  });

  const sleepStart = start + recordCount * MINUTE;
  const sessionId = `sleep-${seed}-${uuid(rand).toLowerCase()}`;
  const sleep = Array.from({ length: sleepCount }, (_, i) => {
    const at = sleepStart + i * 5 * MINUTE;
    return {
      id: shape === 'ios' ? uuid(rand) : shape === 'samsung' ? `${sessionId}-s0-${i}` : `${sessionId}-s${i}`,
      parentId: shape === 'ios' ? null : sessionId,
      stage: (shape === 'ios' ? IOS_STAGES : ANDROID_STAGES)[i % 6],
      startDate: fmt(at),
      endDate: fmt(at + 5 * MINUTE),
      zoneOffset: zone,
      source: source(false),
      values: shape === 'samsung' && i === 0 ? [{ type: 'sleepScore', value: 82, unit: 'score' }] : null,
      metadata: null,
    };
  });

  const workoutStart = sleepStart + sleepCount * 5 * MINUTE;
  const workouts = Array.from({ length: workoutsCount }, (_, i) => {
    const at = workoutStart + i * 60 * MINUTE;
    const values =
      shape === 'samsung'
        ? [
            { type: 'duration', value: 1_800_000, unit: 'ms' },
            { type: 'calories', value: 250 + rand() * 100, unit: 'kcal' },
            { type: 'distance', value: 4000 + rand() * 1000, unit: 'm' },
            { type: 'meanHeartRate', value: 140, unit: 'bpm' },
          ]
        : shape === 'health-connect'
          ? [{ type: 'duration', value: 1800, unit: 's' }]
          : [
              { type: 'duration', value: 1800, unit: 's' },
              { type: 'activeEnergyBurned', value: 250 + rand() * 100, unit: 'kcal' },
              { type: 'distance', value: 4000 + rand() * 1000, unit: 'm' },
              { type: 'averageHeartRate', value: 141, unit: 'bpm' },
            ];
    return {
      id:
        shape === 'samsung'
          ? `${uuid(rand).toLowerCase()}-s0`
          : shape === 'ios'
            ? uuid(rand)
            : uuid(rand).toLowerCase(),
      parentId: null,
      type: shape === 'ios' ? 'running' : 'RUNNING',
      startDate: fmt(at),
      endDate: fmt(at + 30 * MINUTE),
      zoneOffset: zone,
      source: source(false),
      title: shape === 'health-connect' ? 'Morning run' : null,
      notes: null,
      values,
      segments: null,
      laps:
        shape === 'health-connect'
          ? [{ startDate: fmt(at), endDate: fmt(at + 15 * MINUTE), distanceM: 2500 }]
          : null,
      route: null,
      samples: null,
      metadata: shape === 'health-connect' ? { hasRoute: false } : null,
    };
  });

  return {
    provider: shape === 'ios' ? 'apple' : shape === 'health-connect' ? 'google' : 'samsung',
    sdkVersion: shape === 'ios' ? '0.13.0' : '0.11.0',
    syncTimestamp: isoSeconds(Date.now()),
    data: { records, sleep, workouts },
  };
}
