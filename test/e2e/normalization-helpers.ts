import { randomUUID } from 'node:crypto';
import { Transactions } from '../../src/database/transactions.js';
import type { Provider } from '../../src/modules/normalization/mapping/parsed-items.js';
import type { NormalizeBatchResult } from '../../src/modules/normalization/normalize-batch.types.js';
import { NormalizationService } from '../../src/modules/normalization/normalization.service.js';
import { sdkFixture } from '../fixtures/sdk-fixtures.js';
import type { TestApp } from '../setup/test-app.js';

export interface SyncBody {
  provider: Provider;
  data: { records?: unknown[]; sleep?: unknown[]; workouts?: unknown[]; deleted?: unknown[] };
}

export function payload(file: string): SyncBody {
  return sdkFixture<SyncBody>(file);
}

/** Runs one batch through normalization inside a transaction, the way ingestion does. */
export async function normalize(
  t: TestApp,
  userId: string,
  body: SyncBody,
  batchId: string = randomUUID(),
): Promise<NormalizeBatchResult> {
  const sut = t.app.get(NormalizationService);
  return t.app.get(Transactions).run(() =>
    sut.normalizeBatch({
      userId,
      applicationId: randomUUID(),
      batchId,
      provider: body.provider,
      data: body.data,
    }),
  );
}

export async function rows<T = Record<string, unknown>>(
  t: TestApp,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  return (await t.db.query(sql, params)).rows as T[];
}

export const HC_WATCH = {
  appId: 'com.sec.android.app.shealth',
  deviceId: null,
  deviceName: null,
  deviceManufacturer: 'samsung',
  deviceModel: 'SM-L310',
  deviceType: 'watch',
  recordingMethod: 'automatic',
};

/** A Health Connect record as the Android SDK 0.11 serializes it. */
export function hcRecord(fields: {
  id: string;
  type: string;
  start: string;
  end?: string;
  value: number;
  unit: string;
  parentId?: string | null;
  zoneOffset?: string | null;
}) {
  return {
    id: fields.id,
    type: fields.type,
    startDate: fields.start,
    endDate: fields.end ?? fields.start,
    zoneOffset: fields.zoneOffset === undefined ? '+02:00' : fields.zoneOffset,
    source: HC_WATCH,
    value: fields.value,
    unit: fields.unit,
    parentId: fields.parentId ?? null,
    metadata: null,
  };
}

/** A Health Connect heart rate at 07:MM on 2026-04-10 (UTC). */
export const hcHeartRate = (id: string, minute: number, value: number) =>
  hcRecord({
    id,
    type: 'HEART_RATE',
    start: `2026-04-10T07:${String(minute).padStart(2, '0')}:00Z`,
    value,
    unit: 'bpm',
  });

export function hcStage(id: string, parentId: string | null, stage: string, start: string, end: string) {
  return {
    id,
    parentId,
    stage,
    startDate: start,
    endDate: end,
    zoneOffset: '+02:00',
    source: HC_WATCH,
    values: null,
    metadata: null,
  };
}
