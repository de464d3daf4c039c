import { describe, expect, it, beforeAll, afterAll } from '@jest/globals';
import { copyFile, mkdir, mkdtemp, readFile, rm, truncate, writeFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  APPLE_HEALTH_FIXTURES,
  FIXTURE_EXPORT_XML,
  FIXTURE_ROUTE,
  writeExportZip,
} from '../../../../test/fixtures/apple-health/export-zip.js';
import { parseRecord } from '../../normalization/mapping/records.js';
import { parseSleep } from '../../normalization/mapping/sleep.js';
import { parseWorkout } from '../../normalization/mapping/workouts.js';
import type { NormalizedSample } from '../../normalization/mapping/parsed-items.js';
import {
  ExportFormatError,
  exportFileSize,
  readAppleHealthExport,
  type ExportChunk,
  type ExportReadOptions,
  type ExportRejection,
} from './export-reader.js';
import type { SdkRecord, SdkSleep, SdkWorkout } from './export-items.js';

const BROKEN = path.join(APPLE_HEALTH_FIXTURES, 'broken');
const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface ReadResult {
  chunks: ExportChunk[];
  records: SdkRecord[];
  sleep: SdkSleep[];
  workouts: SdkWorkout[];
  seen: Record<string, number>;
  rejections: ExportRejection[];
}

async function readAll(file: string, options?: ExportReadOptions): Promise<ReadResult> {
  const result: ReadResult = { chunks: [], records: [], sleep: [], workouts: [], seen: {}, rejections: [] };
  for await (const chunk of readAppleHealthExport(file, options)) {
    result.chunks.push(chunk);
    result.records.push(...(chunk.data.records as SdkRecord[]));
    result.sleep.push(...(chunk.data.sleep as SdkSleep[]));
    result.workouts.push(...(chunk.data.workouts as SdkWorkout[]));
    result.rejections.push(...chunk.rejections);
    for (const [type, n] of Object.entries(chunk.seen)) result.seen[type] = (result.seen[type] ?? 0) + n;
  }
  return result;
}

/** What a caller gets when reading fails: the chunks handed over before, then the error. */
async function readUntilFailure(file: string): Promise<{ result: ReadResult; error: unknown }> {
  const result: ReadResult = { chunks: [], records: [], sleep: [], workouts: [], seen: {}, rejections: [] };
  try {
    for await (const chunk of readAppleHealthExport(file)) {
      result.chunks.push(chunk);
      result.records.push(...(chunk.data.records as SdkRecord[]));
      result.workouts.push(...(chunk.data.workouts as SdkWorkout[]));
    }
  } catch (error) {
    return { result, error };
  }
  throw new Error('expected the read to fail');
}

const WATCH = {
  appId: null,
  name: 'Test Watch',
  deviceId: null,
  deviceName: 'Apple Watch',
  deviceManufacturer: 'Apple Inc.',
  deviceModel: 'Watch6,2',
  deviceType: 'watch',
  recordingMethod: null,
  deviceHardwareVersion: 'Watch6,2',
  deviceSoftwareVersion: '7.1',
};
const HEALTH_APP = {
  appId: null,
  name: 'Health',
  deviceId: null,
  deviceName: null,
  deviceManufacturer: null,
  deviceModel: null,
  deviceType: null,
  recordingMethod: null,
};

let dir: string;
let zipPath: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'apple-health-reader-'));
  zipPath = await writeExportZip(path.join(dir, 'export.zip'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readAppleHealthExport: the fixture export', () => {
  it('counts every element it reads by export type', async () => {
    const { seen, rejections, records, sleep, workouts } = await readAll(zipPath);
    expect(seen).toEqual({
      HKQuantityTypeIdentifierStepCount: 4,
      HKQuantityTypeIdentifierHeartRate: 1,
      HKQuantityTypeIdentifierHeartRateVariabilitySDNN: 1,
      HKQuantityTypeIdentifierBodyMass: 1,
      HKQuantityTypeIdentifierOxygenSaturation: 1,
      HKQuantityTypeIdentifierVO2Max: 1,
      HKQuantityTypeIdentifierBloodGlucose: 1,
      // 1 top-level pair + the second Correlation's pair; the first Correlation repeats the top-level one.
      HKQuantityTypeIdentifierBloodPressureSystolic: 1,
      HKQuantityTypeIdentifierBloodPressureDiastolic: 1,
      HKCategoryTypeIdentifierMenstrualFlow: 1,
      HKCategoryTypeIdentifierMindfulSession: 1,
      HKCategoryTypeIdentifierHighHeartRateEvent: 1,
      HKDataTypeSleepDurationGoal: 1,
      HKCategoryTypeIdentifierSleepAnalysis: 6,
      HKCorrelationTypeIdentifierBloodPressure: 2,
      Workout: 2,
      ActivitySummary: 2,
    });
    expect(rejections).toEqual([]);
    expect({ records: records.length, sleep: sleep.length, workouts: workouts.length }).toEqual({
      records: 18,
      sleep: 6,
      workouts: 2,
    });
  });

  it('sends records as the iOS SDK does: UTC seconds, the offset of the timestamp, source from the device string', async () => {
    const { records } = await readAll(zipPath);
    expect(records[0]).toEqual({
      id: expect.stringMatching(UUID_V5),
      type: 'HKQuantityTypeIdentifierStepCount',
      startDate: '2020-11-03T06:18:00Z',
      endDate: '2020-11-03T06:28:00Z',
      zoneOffset: '+01:00',
      source: WATCH,
      value: 1000,
      unit: 'count',
      parentId: null,
      metadata: null,
    });
    const byType = (type: string) => records.filter((r) => r.type === `HKQuantityTypeIdentifier${type}`);
    expect(byType('StepCount').map((r) => [r.startDate, r.value, r.source.name])).toEqual([
      ['2020-11-03T06:18:00Z', 1000, 'Test Watch'],
      ['2020-11-03T11:00:00Z', 2000, 'Test Watch'],
      ['2020-11-03T23:30:00Z', 400, 'Test iPhone'],
      ['2020-11-04T08:00:00Z', 600, 'Test iPhone'],
    ]);
    expect(byType('StepCount')[2].source).toEqual({
      ...WATCH,
      name: 'Test iPhone',
      deviceName: 'iPhone',
      deviceModel: 'iPhone12,1',
      deviceType: 'phone',
      deviceHardwareVersion: 'iPhone12,1',
      deviceSoftwareVersion: '14.2',
    });
    expect(byType('HeartRate')[0]).toMatchObject({
      value: 62,
      unit: 'count/min',
      metadata: { HKMetadataKeyHeartRateMotionContext: '1' },
    });
    expect(byType('BodyMass')[0]).toMatchObject({
      value: 154,
      unit: 'lb',
      source: HEALTH_APP,
      metadata: { HKWasUserEntered: '1' },
    });
    // The SDK multiplies SpO₂ by 100; HealthKit units the export writes differently are spelt as the SDK does.
    expect(byType('OxygenSaturation')[0]).toMatchObject({ value: 97, unit: '%' });
    expect(byType('VO2Max')[0]).toMatchObject({ value: 45.2, unit: 'mL/kg/min' });
    expect(byType('BloodGlucose')[0]).toMatchObject({ value: 5.5, unit: 'mmol/L' });
    expect(
      records
        .filter((r) => r.type.includes('BloodPressure'))
        .map((r) => [r.type.replace('HKQuantityTypeIdentifierBloodPressure', ''), r.startDate, r.value]),
    ).toEqual([
      ['Systolic', '2020-11-03T08:30:00Z', 120],
      ['Diastolic', '2020-11-03T08:30:00Z', 80],
      ['Diastolic', '2020-11-04T08:30:00Z', 85],
      ['Systolic', '2020-11-04T08:30:00Z', 130],
    ]);
  });

  it('sends category values as their raw integers and keeps types the catalogue lacks as raw records', async () => {
    const { records } = await readAll(zipPath);
    const byType = (type: string) => records.find((r) => r.type === type);
    expect(byType('HKCategoryTypeIdentifierMenstrualFlow')).toMatchObject({
      value: 3,
      unit: null,
      metadata: { HKMenstrualCycleStart: '1' },
    });
    expect(byType('HKCategoryTypeIdentifierMindfulSession')).toMatchObject({
      startDate: '2020-11-03T20:00:00Z',
      endDate: '2020-11-03T20:05:00Z',
      value: 0,
      unit: null,
    });
    expect(byType('HKCategoryTypeIdentifierHighHeartRateEvent')).toMatchObject({ value: 0, unit: null });
    expect(byType('HKDataTypeSleepDurationGoal')).toMatchObject({ value: 8, unit: 'hr' });
  });

  it('sends a night of sleep as one SDK sleep item per stage', async () => {
    const { sleep } = await readAll(zipPath);
    expect(sleep.map((s) => [s.stage, s.startDate, s.endDate, s.source.name])).toEqual([
      ['in_bed', '2020-11-03T22:00:00Z', '2020-11-04T06:00:00Z', 'Test iPhone'],
      ['light', '2020-11-03T22:10:00Z', '2020-11-04T00:00:00Z', 'Test Watch'],
      ['deep', '2020-11-04T00:00:00Z', '2020-11-04T01:00:00Z', 'Test Watch'],
      ['rem', '2020-11-04T01:00:00Z', '2020-11-04T02:00:00Z', 'Test Watch'],
      ['awake', '2020-11-04T02:00:00Z', '2020-11-04T02:10:00Z', 'Test Watch'],
      ['light', '2020-11-04T02:10:00Z', '2020-11-04T05:50:00Z', 'Test Watch'],
    ]);
    expect(sleep[1]).toEqual({
      id: expect.stringMatching(UUID_V5),
      parentId: null,
      stage: 'light',
      startDate: '2020-11-03T22:10:00Z',
      endDate: '2020-11-04T00:00:00Z',
      zoneOffset: '+01:00',
      source: WATCH,
      values: null,
      metadata: null,
    });
  });

  it('sends a run with its statistics in SDK names and units, its events and its GPX route', async () => {
    const { workouts } = await readAll(zipPath);
    expect(workouts[0]).toEqual({
      id: expect.stringMatching(UUID_V5),
      parentId: null,
      type: 'running',
      startDate: '2020-11-03T17:00:00Z',
      endDate: '2020-11-03T17:30:00Z',
      zoneOffset: '+01:00',
      source: WATCH,
      title: null,
      notes: null,
      values: [
        { type: 'duration', value: 1800, unit: 's' },
        { type: 'activeEnergyBurned', value: 300, unit: 'kcal' },
        { type: 'basalEnergyBurned', value: 40, unit: 'kcal' },
        { type: 'distance', value: 5000, unit: 'm' },
        { type: 'stepCount', value: 4800, unit: 'count' },
        { type: 'minHeartRate', value: 110, unit: 'bpm' },
        { type: 'averageHeartRate', value: 150, unit: 'bpm' },
        { type: 'maxHeartRate', value: 172, unit: 'bpm' },
        { type: 'averageRunningSpeed', value: expect.closeTo(10 / 3.6, 9), unit: 'm/s' },
        { type: 'averageRunningPower', value: 250, unit: 'W' },
        { type: 'elevationAscended', value: 45, unit: 'm' },
        { type: 'averageMETs', value: 9.5, unit: 'kcal/kg/hr' },
        { type: 'indoorWorkout', value: 0, unit: 'bool' },
        { type: 'weatherTemperature', value: 10, unit: 'degC' },
        { type: 'weatherHumidity', value: 87, unit: '%' },
      ],
      segments: [{ startDate: '2020-11-03T17:00:00Z', endDate: '2020-11-03T17:15:00Z', type: 'segment' }],
      laps: [{ startDate: '2020-11-03T17:00:00Z', endDate: '2020-11-03T17:06:00Z' }],
      route: [
        {
          timestamp: '2020-11-03T17:00:00Z',
          latitude: 52.52,
          longitude: 13.4,
          altitudeM: 34.5,
          horizontalAccuracyM: 4.5,
          verticalAccuracyM: 3,
        },
        {
          timestamp: '2020-11-03T17:00:30Z',
          latitude: 52.5205,
          longitude: 13.401,
          altitudeM: 35,
          horizontalAccuracyM: 4,
          verticalAccuracyM: 2.5,
        },
        {
          timestamp: '2020-11-03T17:01:00Z',
          latitude: 52.521,
          longitude: 13.402,
          altitudeM: 35.5,
          horizontalAccuracyM: 3.5,
          verticalAccuracyM: 2,
        },
      ],
      samples: null,
      metadata: {
        HKIndoorWorkout: '0',
        HKTimeZone: 'Europe/Berlin',
        HKElevationAscended: '4500 cm',
        HKAverageMETs: '9.5 kcal/hr·kg',
        HKWeatherTemperature: '50 degF',
        HKWeatherHumidity: '8700 %',
        workoutEvents: [
          { type: 'pause', date: '2020-11-03T17:10:00Z' },
          { type: 'resume', date: '2020-11-03T17:11:00Z' },
        ],
      },
    });
    // An export from before iOS 16: the workout's own totals, no statistics.
    expect(workouts[1]).toMatchObject({
      type: 'strength_training',
      values: [
        { type: 'duration', value: 2700, unit: 's' },
        { type: 'activeEnergyBurned', value: 200, unit: 'kcal' },
      ],
      route: null,
      metadata: null,
    });
  });

  it('produces items the SDK path normalizes without a rejection, with hand-computed values', async () => {
    const { records, sleep, workouts } = await readAll(zipPath);
    const parsed = records.map((raw, i) => parseRecord('apple', raw, i));
    expect(parsed.filter((r) => !r.ok)).toEqual([]);
    const samples = parsed.flatMap((r) => (r.ok && r.item.kind === 'sample' ? [r.item] : []));
    const metric = (code: string) => samples.filter((s): s is NormalizedSample => s.metric === code);
    // Steps per local day at +01:00: 1000 + 2000 on the 3rd; 400 (00:30 local, still the 3rd in UTC) + 600 on the 4th.
    const stepsByDay: Record<string, number> = {};
    for (const s of metric('steps')) {
      const day = new Date(s.start.getTime() + 3_600_000).toISOString().slice(0, 10);
      stepsByDay[day] = (stepsByDay[day] ?? 0) + s.value;
    }
    expect(stepsByDay).toEqual({ '2020-11-03': 3000, '2020-11-04': 1000 });
    expect(metric('steps').every((s) => s.zoneOffset === '+01:00')).toBe(true);
    expect(metric('oxygen_saturation')[0].value).toBe(97);
    expect(metric('weight')[0].value).toBeCloseTo(69.853, 3);
    expect(metric('vo2_max')[0].value).toBe(45.2);
    expect(metric('mindful_minutes')[0].value).toBe(5);
    expect(metric('menstrual_flow')[0].category).toBe('medium');
    expect(
      parsed.filter((r) => r.ok && r.item.kind === 'unknown').map((r) => r.ok && r.item.vendorType),
    ).toEqual(['HKCategoryTypeIdentifierHighHeartRateEvent', 'HKDataTypeSleepDurationGoal']);

    const stages = sleep.map((raw, i) => parseSleep('apple', raw, i));
    expect(stages.map((s) => s.ok && s.item.stage)).toEqual([
      'in_bed',
      'light',
      'deep',
      'rem',
      'awake',
      'light',
    ]);

    const run = parseWorkout('apple', workouts[0], 0);
    expect(run.ok && run.item).toMatchObject({
      activityType: 'running',
      otherValues: [],
      statistics: {
        duration: 1800,
        active_energy: 300,
        basal_energy: 40,
        distance: 5000,
        steps: 4800,
        heart_rate_min: 110,
        heart_rate_avg: 150,
        heart_rate_max: 172,
        power_avg: 250,
        elevation_gain: 45,
        mets_avg: 9.5,
        indoor: 0,
        weather_temperature: 10,
        weather_humidity: 87,
      },
    });
    expect(run.ok && run.item.route).toHaveLength(3);
    const lifting = parseWorkout('apple', workouts[1], 1);
    expect(lifting.ok && lifting.item.activityType).toBe('strength_training');
  });
});

describe('readAppleHealthExport: inputs', () => {
  it('reads the plain export.xml (routes from its folder) and the gzipped xml to the same items as the zip', async () => {
    const fromZip = await readAll(zipPath);
    const gzPath = path.join(dir, 'export.xml.gz');
    await writeFile(gzPath, gzipSync(await readFile(FIXTURE_EXPORT_XML)));
    const fromXml = await readAll(FIXTURE_EXPORT_XML);
    const fromGzip = await readAll(gzPath);
    const items = (r: ReadResult) => ({ records: r.records, sleep: r.sleep, workouts: r.workouts });
    expect(items(fromXml)).toEqual(items(fromZip));
    expect(fromXml.rejections).toEqual([]);
    // A gzipped xml has no route files next to it: the workout is still sent, without its route.
    expect(items(fromGzip)).toEqual({
      ...items(fromZip),
      workouts: [{ ...fromZip.workouts[0], route: null }, fromZip.workouts[1]],
    });
    expect(fromGzip.rejections).toEqual([
      {
        type: 'WorkoutRoute',
        reason:
          'route file /workout-routes/route_2020-11-03_6.00pm.gpx is not in the upload (the workout is imported without its route)',
        line: 70,
      },
    ]);
  });

  it('reads a zip with export.xml stored uncompressed', async () => {
    const stored = await writeExportZip(path.join(dir, 'stored.zip'), { store: true });
    const fromStored = await readAll(stored);
    const fromZip = await readAll(zipPath);
    expect(fromStored.records).toEqual(fromZip.records);
    expect(fromStored.workouts).toEqual(fromZip.workouts);
  });

  it('reports a route missing from the zip as a rejection and still sends the workout', async () => {
    const noRoutes = await writeExportZip(path.join(dir, 'no-routes.zip'), { withoutRoutes: true });
    const { workouts, rejections } = await readAll(noRoutes);
    expect(workouts.map((w) => [w.type, w.route])).toEqual([
      ['running', null],
      ['strength_training', null],
    ]);
    expect(rejections).toEqual([expect.objectContaining({ type: 'WorkoutRoute', line: 70 })]);
  });

  it('reports progress in bytes of the file read, ending at its size', async () => {
    const { chunks } = await readAll(zipPath, { chunkSize: 4 });
    const sizes = chunks.map((c) => c.bytesRead);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
    expect(sizes.at(-1)).toBe(await exportFileSize(zipPath));
    expect(await exportFileSize(zipPath)).toBe((await stat(zipPath)).size);
  });
});

describe('readAppleHealthExport: identity', () => {
  it('gives every item the same uuid on every read, and distinct items distinct uuids', async () => {
    const first = await readAll(zipPath);
    const second = await readAll(zipPath);
    const ids = (r: ReadResult) => [...r.records, ...r.sleep, ...r.workouts].map((item) => item.id);
    expect(ids(second)).toEqual(ids(first));
    expect(new Set(ids(first)).size).toBe(ids(first).length);
    expect(ids(first).every((id) => UUID_V5.test(id))).toBe(true);
  });

  it('keeps uuids when a later export prints the same instants at another offset and another device address', async () => {
    const original = await readFile(FIXTURE_EXPORT_XML, 'utf8');
    const moved = original
      .replace('startDate="2020-11-03 07:18:00 +0100"', 'startDate="2020-11-03 01:18:00 -0500"')
      .replace('endDate="2020-11-03 07:28:00 +0100"', 'endDate="2020-11-03 01:28:00 -0500"')
      .replace('0x283a8c1e0', '0x600001234560');
    const movedPath = path.join(dir, 'moved.xml');
    await writeFile(movedPath, moved);
    const before = await readAll(FIXTURE_EXPORT_XML);
    const after = await readAll(movedPath);
    expect(after.records[0]).toEqual({ ...before.records[0], zoneOffset: '-05:00' });
  });

  it('gives a changed value a new uuid', async () => {
    const original = await readFile(FIXTURE_EXPORT_XML, 'utf8');
    const changedPath = path.join(dir, 'changed.xml');
    await writeFile(changedPath, original.replace('value="1000"', 'value="1001"'));
    const before = await readAll(FIXTURE_EXPORT_XML);
    const after = await readAll(changedPath);
    expect(after.records[0].id).not.toBe(before.records[0].id);
    expect(after.records[1].id).toBe(before.records[1].id);
  });
});

describe('readAppleHealthExport: chunks', () => {
  it('cuts the stream into chunks of at most chunkSize items that add up to the whole export', async () => {
    const whole = await readAll(zipPath);
    const chunked = await readAll(zipPath, { chunkSize: 5 });
    for (const chunk of chunked.chunks) {
      const items = chunk.data.records.length + chunk.data.sleep.length + chunk.data.workouts.length;
      expect(items).toBeLessThanOrEqual(5);
    }
    expect(chunked.chunks.length).toBeGreaterThanOrEqual(6);
    expect({ records: chunked.records, sleep: chunked.sleep, workouts: chunked.workouts }).toEqual({
      records: whole.records,
      sleep: whole.sleep,
      workouts: whole.workouts,
    });
    expect(chunked.seen).toEqual(whole.seen);
  });

  it('closes a chunk after ten workouts with routes, so route points stay bounded', async () => {
    const folder = path.join(dir, 'many-routes');
    await mkdir(path.join(folder, 'workout-routes'), { recursive: true });
    await copyFile(FIXTURE_ROUTE, path.join(folder, 'workout-routes', 'route.gpx'));
    const workout = (i: number) => {
      const start = `2020-11-${String(i + 1).padStart(2, '0')} 18:00:00 +0100`;
      const end = `2020-11-${String(i + 1).padStart(2, '0')} 18:30:00 +0100`;
      return ` <Workout workoutActivityType="HKWorkoutActivityTypeRunning" sourceName="Test Watch" startDate="${start}" endDate="${end}">
  <WorkoutRoute sourceName="Test Watch" startDate="${start}" endDate="${end}"><FileReference path="/workout-routes/route.gpx"/></WorkoutRoute>
 </Workout>\n`;
    };
    const xml = `<HealthData locale="en_GB">\n${Array.from({ length: 12 }, (_, i) => workout(i)).join('')}</HealthData>\n`;
    await writeFile(path.join(folder, 'export.xml'), xml);
    const { chunks, workouts, rejections } = await readAll(path.join(folder, 'export.xml'));
    expect(chunks.map((c) => c.data.workouts.length)).toEqual([10, 2]);
    expect(workouts.every((w) => w.route?.length === 3)).toBe(true);
    expect(rejections).toEqual([]);
  });

  it('sends a single chunk by default for a small export', async () => {
    const { chunks } = await readAll(zipPath);
    expect(chunks).toHaveLength(1);
  });

  it('stops reading when the caller stops, and refuses a bad chunk size', async () => {
    const reader = readAppleHealthExport(zipPath, { chunkSize: 2 });
    const first = await reader.next();
    expect(first.done).toBe(false);
    await reader.return(undefined);
    expect((await reader.next()).done).toBe(true);
    await expect(readAll(zipPath, { chunkSize: 0 })).rejects.toThrow(RangeError);
  });

  it('stops with the abort reason when the signal aborts', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled by the user'));
    await expect(readAll(zipPath, { signal: controller.signal })).rejects.toThrow('cancelled by the user');

    const late = new AbortController();
    const reader = readAppleHealthExport(zipPath, { chunkSize: 2, signal: late.signal });
    await reader.next();
    late.abort(new Error('cancelled later'));
    await expect(
      (async () => {
        for (;;) if ((await reader.next()).done) return;
      })(),
    ).rejects.toThrow('cancelled later');
  });
});

describe('readAppleHealthExport: bad input', () => {
  it('rejects single records with the reason and the line, and reads on', async () => {
    const { records, workouts, rejections, seen } = await readAll(path.join(BROKEN, 'bad-records.xml'));
    expect(rejections).toEqual([
      {
        type: 'HKQuantityTypeIdentifierStepCount',
        reason: "startDate '2020-02-30 10:00:00 +0100' is not a real date and time",
        line: 4,
      },
      { type: 'HKQuantityTypeIdentifierStepCount', reason: "value 'many' is not a number", line: 5 },
      { type: 'HKQuantityTypeIdentifierBodyMass', reason: "unit 'furlong' is not a unit we know", line: 6 },
      { type: 'HKQuantityTypeIdentifierHeartRate', reason: 'missing value', line: 7 },
      {
        type: 'HKQuantityTypeIdentifierStepCount',
        reason: "startDate '2020-11-03 11:00:00 +0100' is after endDate '2020-11-03 10:00:00 +0100'",
        line: 8,
      },
      {
        type: 'HKCategoryTypeIdentifierMenstrualFlow',
        reason:
          "value 'HKCategoryValueMenstrualFlowTorrential' is not a known HKCategoryTypeIdentifierMenstrualFlow value",
        line: 9,
      },
      {
        type: 'Workout',
        reason: "startDate '2020-11-03 25:00:00 +0100' is not a real date and time",
        line: 10,
      },
    ]);
    expect(records.map((r) => [r.startDate, r.value])).toEqual([['2020-11-03T11:00:00Z', 250]]);
    expect(workouts).toEqual([]);
    expect(seen).toEqual({
      HKQuantityTypeIdentifierStepCount: 4,
      HKQuantityTypeIdentifierBodyMass: 1,
      HKQuantityTypeIdentifierHeartRate: 1,
      HKCategoryTypeIdentifierMenstrualFlow: 1,
      Workout: 1,
    });
  });

  it('hands over what was complete in a truncated export, never half a workout, then fails', async () => {
    const { result, error } = await readUntilFailure(path.join(BROKEN, 'truncated.xml'));
    expect(result.records.map((r) => r.value)).toEqual([250]);
    expect(result.workouts).toEqual([]);
    expect(error).toBeInstanceOf(ExportFormatError);
    expect((error as Error).message).toBe(
      'The export.xml is cut off or damaged at line 9: the file looks truncated.',
    );
  });

  it('refuses XML that is not an Apple Health export, and files that are not XML', async () => {
    await expect(readAll(path.join(BROKEN, 'not-an-export.xml'))).rejects.toThrow(
      new ExportFormatError(
        'The file is not an Apple Health export: its root element is <gpx>, not <HealthData>.',
      ),
    );
    await expect(readAll(path.join(BROKEN, 'not-xml.csv'))).rejects.toThrow(
      new ExportFormatError('The file is not an Apple Health export: it is not XML.'),
    );
    const empty = path.join(dir, 'empty.xml');
    await writeFile(empty, '');
    await expect(readAll(empty)).rejects.toThrow(new ExportFormatError('The file is empty.'));
    const declarationOnly = path.join(dir, 'declaration.xml');
    await writeFile(declarationOnly, '<?xml version="1.0" encoding="UTF-8"?>\n');
    await expect(readAll(declarationOnly)).rejects.toThrow(
      new ExportFormatError('The file is not an Apple Health export: it holds no <HealthData> element.'),
    );
  });

  it('refuses a zip without export.xml', async () => {
    const noExport = await writeExportZip(path.join(dir, 'no-export.zip'), { withoutExportXml: true });
    await expect(readAll(noExport)).rejects.toThrow(
      new ExportFormatError('The zip holds no apple_health_export/export.xml.'),
    );
  });

  it('refuses a truncated zip and a truncated gzip', async () => {
    const cut = path.join(dir, 'cut.zip');
    await copyFile(zipPath, cut);
    await truncate(cut, Math.floor((await stat(zipPath)).size / 2));
    await expect(readAll(cut)).rejects.toThrow(
      new ExportFormatError('The zip file is truncated or damaged and cannot be read.'),
    );

    const gz = gzipSync(await readFile(FIXTURE_EXPORT_XML));
    const cutGzip = path.join(dir, 'cut.xml.gz');
    await writeFile(cutGzip, gz.subarray(0, Math.floor(gz.length / 2)));
    const { error } = await readUntilFailure(cutGzip);
    expect(error).toEqual(
      new ExportFormatError('The gzip file is truncated or damaged and cannot be decompressed.'),
    );
  });

  it('refuses a missing file with the file system error', async () => {
    await expect(readAll(path.join(dir, 'nope.zip'))).rejects.toThrow(/ENOENT/);
  });
});
