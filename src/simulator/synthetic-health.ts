import { formatOffset } from '../common/time/local-time.js';

/**
 * Synthetic health data as each platform's Sync SDK serializes it: the same type strings, units, id schemes and
 * source objects the phones send, with a plausible day (sleep at night, steps and heart rate by day, a workout every
 * other day). Deterministic for a seed, so two runs push identical bodies and a re-run is all duplicates.
 */

export type SimulatedPlatform = 'ios' | 'android' | 'samsung';

/** One collection of a sync envelope and the SDK data type it is exported under (what the logs name). */
export type Collection = 'records' | 'sleep' | 'workouts';

export interface SyntheticItem {
  collection: Collection;
  /** The SDK's data type name (the key of the newest-first round robin and of the logs' type-end events). */
  dataType: string;
  /** Start instant in ms, for newest-first ordering. */
  startMs: number;
  body: Record<string, unknown>;
}

export interface PlatformProfile {
  /** The envelope's `provider`. */
  provider: 'apple' | 'google' | 'samsung';
  /** The header platform (`X-Open-Wearables-SDK-Platform`). */
  headerPlatform: 'ios' | 'android';
  /** The newest SDK version of this platform, sent in headers and the envelope. */
  sdkVersion: string;
  userAgent: string;
}

export const PLATFORM_PROFILES: Readonly<Record<SimulatedPlatform, PlatformProfile>> = {
  ios: {
    provider: 'apple',
    headerPlatform: 'ios',
    sdkVersion: '0.15.0',
    userAgent: 'OpenWearablesHealthSDK/0.15.0 (iOS 18.1.0; iPhone16,2)',
  },
  android: {
    provider: 'google',
    headerPlatform: 'android',
    sdkVersion: '0.12.0',
    userAgent: 'OpenWearablesHealthSDK/0.12.0 (Android 15; Pixel 9)',
  },
  samsung: {
    provider: 'samsung',
    headerPlatform: 'android',
    sdkVersion: '0.12.0',
    userAgent: 'OpenWearablesHealthSDK/0.12.0 (Android 15; SM-S928B)',
  },
};

/** Mulberry32: small, fast and good enough to make data look varied; never for anything secret. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** A UUID-shaped id derived from the seed and a counter: stable across runs, unique within one. */
function stableId(seed: number, counter: number, upper: boolean): string {
  const hex = (n: number, width: number) => (n >>> 0).toString(16).padStart(width, '0').slice(-width);
  const id = `${hex(seed, 8)}-${hex(counter >>> 16, 4)}-4${hex(counter, 3)}-8${hex(seed >>> 4, 3)}-${hex(counter, 12)}`;
  return upper ? id.toUpperCase() : id;
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

interface Vocabulary {
  heartRate: string;
  steps: string;
  activeEnergy: string;
  workoutTypes: readonly string[];
  watch: Record<string, unknown>;
  phone: Record<string, unknown>;
  upperIds: boolean;
}

const VOCABULARY: Readonly<Record<SimulatedPlatform, Vocabulary>> = {
  ios: {
    heartRate: 'HKQuantityTypeIdentifierHeartRate',
    steps: 'HKQuantityTypeIdentifierStepCount',
    activeEnergy: 'HKQuantityTypeIdentifierActiveEnergyBurned',
    workoutTypes: ['running', 'walking', 'cycling'],
    watch: {
      appId: 'com.apple.health.5C0FFEE0-51A1-4A7E-9C1F-0D2E3F4A5B6C',
      name: 'Simulated Apple Watch',
      deviceId: null,
      deviceName: 'Apple Watch',
      deviceManufacturer: 'Apple Inc.',
      deviceModel: 'Watch7,3',
      deviceType: 'watch',
      recordingMethod: null,
      deviceHardwareVersion: 'Watch7,3',
      deviceSoftwareVersion: '11.1',
      operatingSystemVersion: { majorVersion: 11, minorVersion: 1, patchVersion: 0 },
    },
    phone: {
      appId: 'com.apple.health.5C0FFEE0-0000-4A1B-8C9D-0E1F2A3B4C5D',
      name: 'Simulated iPhone',
      deviceId: null,
      deviceName: 'iPhone',
      deviceManufacturer: 'Apple Inc.',
      deviceModel: 'iPhone16,2',
      deviceType: 'phone',
      recordingMethod: null,
      operatingSystemVersion: { majorVersion: 18, minorVersion: 1, patchVersion: 0 },
    },
    upperIds: true,
  },
  android: {
    heartRate: 'HEART_RATE',
    steps: 'STEP_COUNT',
    activeEnergy: 'ACTIVE_CALORIES_BURNED',
    workoutTypes: ['RUNNING', 'WALKING', 'CYCLING'],
    watch: {
      appId: 'com.google.android.apps.fitness',
      deviceId: null,
      deviceName: null,
      deviceManufacturer: 'Google',
      deviceModel: 'Pixel Watch 3',
      deviceType: 'watch',
      recordingMethod: 'automatic',
    },
    phone: {
      appId: 'com.google.android.apps.fitness',
      deviceId: null,
      deviceName: null,
      deviceManufacturer: 'Google',
      deviceModel: 'Pixel 9',
      deviceType: 'phone',
      recordingMethod: 'automatic',
    },
    upperIds: false,
  },
  samsung: {
    heartRate: 'HEART_RATE',
    steps: 'STEP_COUNT',
    activeEnergy: 'ACTIVE_CALORIES_BURNED',
    workoutTypes: ['RUNNING', 'WALKING', 'CYCLING'],
    watch: {
      appId: 'com.sec.android.app.shealth',
      deviceId: 'SIMULATED01',
      deviceName: 'Galaxy Watch7',
      deviceManufacturer: 'Samsung',
      deviceModel: 'SM-L310',
      deviceType: 'watch',
      recordingMethod: null,
    },
    phone: {
      appId: 'com.sec.android.app.shealth',
      deviceId: 'SIMULATED02',
      deviceName: 'Galaxy S24 Ultra',
      deviceManufacturer: 'Samsung',
      deviceModel: 'SM-S928B',
      deviceType: 'phone',
      recordingMethod: null,
    },
    upperIds: false,
  },
};

const HOUR = 3_600_000;
const MINUTE = 60_000;
const DAY = 24 * HOUR;

export interface SyntheticOptions {
  platform: SimulatedPlatform;
  days: number;
  /** The simulated "now": the newest data ends before it. */
  now: Date;
  seed?: number;
  /** The phone's UTC offset in minutes, e.g. 120 for +02:00. */
  utcOffsetMinutes?: number;
}

/** `days` full local days ending with yesterday: heart rate every 5 minutes, steps and energy every 15, nightly sleep. */
export function syntheticHealth(options: SyntheticOptions): SyntheticItem[] {
  const { platform, days } = options;
  const seed = options.seed ?? 1;
  const next = random(seed);
  const words = VOCABULARY[platform];
  const offsetMinutes = options.utcOffsetMinutes ?? 120;
  const zone = formatOffset(offsetMinutes);
  const offsetMs = offsetMinutes * MINUTE;
  // Local midnight of today, as a UTC instant.
  const todayLocal = Math.floor((options.now.getTime() + offsetMs) / DAY) * DAY - offsetMs;
  const items: SyntheticItem[] = [];
  let counter = 0;
  const id = () => stableId(seed, ++counter, words.upperIds);

  const record = (
    dataType: string,
    type: string,
    startMs: number,
    endMs: number,
    value: number,
    unit: string,
  ) => {
    items.push({
      collection: 'records',
      dataType,
      startMs,
      body: {
        id: id(),
        type,
        startDate: iso(startMs),
        endDate: iso(endMs),
        zoneOffset: zone,
        source: dataType === 'steps' ? words.phone : words.watch,
        value,
        unit,
        parentId: null,
        metadata: null,
      },
    });
  };

  for (let day = days; day >= 1; day--) {
    const midnight = todayLocal - day * DAY;
    const bedtime = midnight - (1.5 + next()) * HOUR;
    const wake = midnight + (6.25 + next() * 1.5) * HOUR;
    sleepNight(bedtime, wake);

    for (let t = midnight; t < midnight + DAY; t += 5 * MINUTE) {
      const asleep = t < wake || t > midnight + DAY - 1.5 * HOUR;
      const bpm = asleep ? 52 + next() * 8 : 64 + next() * 30;
      record('heartRate', words.heartRate, t, t, Math.round(bpm), 'bpm');
    }
    for (let t = wake; t < midnight + 22 * HOUR; t += 15 * MINUTE) {
      const steps = Math.round(next() < 0.3 ? next() * 40 : 150 + next() * 900);
      record('steps', words.steps, t, t + 15 * MINUTE, steps, 'count');
      record(
        'activeEnergy',
        words.activeEnergy,
        t,
        t + 15 * MINUTE,
        round(steps * 0.045 + next() * 3, 2),
        'kcal',
      );
    }
    if (day % 2 === 0) workout(midnight + (17 + next()) * HOUR, 30 + Math.floor(next() * 40));
  }
  return items;

  function sleepNight(bedtime: number, wake: number) {
    const parent = id();
    const stages = ['light', 'deep', 'light', 'rem'] as const;
    let t = bedtime;
    let part = 0;
    while (t < wake) {
      const stage = next() < 0.06 ? 'awake' : stages[part % stages.length]!;
      const end = Math.min(wake, t + (stage === 'awake' ? 4 + next() * 8 : 20 + next() * 35) * MINUTE);
      items.push({
        collection: 'sleep',
        dataType: 'sleep',
        startMs: t,
        body: {
          id: `${parent}-s${part}`,
          parentId: parent,
          stage,
          startDate: iso(t),
          endDate: iso(end),
          zoneOffset: zone,
          source: words.watch,
          values: null,
          metadata: null,
        },
      });
      t = end;
      part++;
    }
  }

  function workout(startMs: number, minutes: number) {
    const type = words.workoutTypes[Math.floor(next() * words.workoutTypes.length)]!;
    const cycling = /cycling/i.test(type);
    const endMs = startMs + minutes * MINUTE;
    const speed = cycling ? 6.5 + next() * 2 : /walking/i.test(type) ? 1.4 : 2.6 + next() * 0.8;
    const distance = round(speed * minutes * 60, 1);
    const energy = round(minutes * (cycling ? 9 : 10.5), 1);
    const values: Record<string, unknown>[] = [
      { type: 'duration', value: minutes * 60, unit: 's' },
      { type: 'distance', value: distance, unit: 'm' },
      { type: 'averageHeartRate', value: round(125 + next() * 30), unit: 'bpm' },
      { type: 'maxHeartRate', value: round(160 + next() * 20), unit: 'bpm' },
    ];
    if (platform === 'ios') values.push({ type: 'activeEnergyBurned', value: energy, unit: 'kcal' });
    else values.push({ type: 'totalCalories', value: energy, unit: 'kcal' });
    if (platform === 'android') {
      values.push(
        { type: 'averageSpeed', value: round(speed, 2), unit: 'm/s' },
        { type: 'meanCadence', value: round(cycling ? 85 : 165, 0), unit: cycling ? 'rpm' : 'steps/min' },
      );
    }
    // iOS ≥ 0.15 sends the GPS route of outdoor workouts: one point every few seconds.
    const route =
      platform === 'ios'
        ? Array.from({ length: Math.floor((minutes * 60) / 5) }, (_, i) => ({
            timestamp: iso(startMs + i * 5000),
            latitude: round(52.52 + Math.sin(i / 90) * 0.01, 6),
            longitude: round(13.405 + Math.cos(i / 90) * 0.015, 6),
            altitudeM: round(34 + Math.sin(i / 40) * 3, 1),
            horizontalAccuracyM: 4,
            verticalAccuracyM: 3,
          }))
        : null;
    items.push({
      collection: 'workouts',
      dataType: 'workouts',
      startMs,
      body: {
        id: id(),
        parentId: null,
        type,
        startDate: iso(startMs),
        endDate: iso(endMs),
        zoneOffset: zone,
        source: words.watch,
        title: null,
        notes: null,
        values,
        segments: null,
        laps: null,
        route,
        samples: null,
        metadata: null,
      },
    });
  }
}
