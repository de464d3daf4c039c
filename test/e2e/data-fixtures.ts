import { randomUUID } from 'node:crypto';
import type { TestApp } from '../setup/test-app.js';

/** A data source row as normalization would create it. */
export async function insertSource(
  t: TestApp,
  userId: string,
  fields: { provider: string; deviceType: string; appName?: string; deviceModel?: string },
): Promise<string> {
  const { rows } = await t.db.query(
    `INSERT INTO data_sources (user_id, provider, source_key, device_type, app_name, device_model)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      userId,
      fields.provider,
      randomUUID(),
      fields.deviceType,
      fields.appName ?? null,
      fields.deviceModel ?? null,
    ],
  );
  return rows[0].id as string;
}

export interface SampleFixture {
  metric: string;
  start: string;
  end?: string;
  value: number;
  unit: string;
  offset?: string | null;
  sourceId: string;
}

/** Bulk fixtures straight into normalization's table (one statement). */
export async function insertSamples(t: TestApp, userId: string, samples: SampleFixture[]): Promise<void> {
  await t.db.query(
    `INSERT INTO samples (user_id, metric, start_at, data_source_id, end_at, value, unit, zone_offset, vendor_type, batch_id)
     SELECT $1, r.metric, r.start_at, r.source, r.end_at, r.value, r.unit, r.off, 'fixture', $9
       FROM unnest($2::varchar[], $3::timestamptz[], $4::uuid[], $5::timestamptz[], $6::float8[], $7::varchar[],
                   $8::varchar[]) AS r(metric, start_at, source, end_at, value, unit, off)`,
    [
      userId,
      samples.map((s) => s.metric),
      samples.map((s) => s.start),
      samples.map((s) => s.sourceId),
      samples.map((s) => s.end ?? s.start),
      samples.map((s) => s.value),
      samples.map((s) => s.unit),
      samples.map((s) => (s.offset === undefined ? '+00:00' : s.offset)),
      randomUUID(),
    ],
  );
}

/** ISO instant `minutes` after `base`. */
export const at = (base: string, minutes: number) =>
  new Date(Date.parse(base) + minutes * 60_000).toISOString();
