import { Injectable } from '@nestjs/common';
import { Transactions } from '../../database/transactions.js';
import type { SourceDescriptor } from './mapping/parsed-items.js';

@Injectable()
export class DataSourcesRepository {
  constructor(private readonly db: Transactions) {}

  /**
   * Returns the data-source id of every descriptor (by `key`), creating the missing ones. One statement in the
   * common case; a second read only when a concurrent batch created a source between our snapshot and our insert.
   */
  async resolve(userId: string, sources: SourceDescriptor[]): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    if (sources.length === 0) return ids;
    const unique = [...new Map(sources.map((s) => [s.key, s])).values()].sort((a, b) =>
      a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
    );
    const col = <K extends keyof SourceDescriptor>(k: K) => unique.map((s) => s[k] ?? null);
    const rows: Array<{ id: string; source_key: string }> = await this.db.manager.query(
      `WITH incoming AS (
         SELECT * FROM unnest($2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[],
                              $7::varchar[], $8::varchar[], $9::varchar[], $10::varchar[], $11::varchar[])
           AS i(source_key, provider, app_id, app_name, device_name, device_model, device_manufacturer,
                device_type, recording_method, software_version)),
       inserted AS (
         INSERT INTO data_sources (user_id, source_key, provider, app_id, app_name, device_name, device_model,
                                   device_manufacturer, device_type, recording_method, software_version)
         SELECT $1, i.* FROM incoming i
          WHERE NOT EXISTS (SELECT 1 FROM data_sources d WHERE d.user_id = $1 AND d.source_key = i.source_key)
         ON CONFLICT (user_id, source_key) DO NOTHING
         RETURNING id, source_key)
       SELECT id, source_key FROM inserted
       UNION ALL
       SELECT id, source_key FROM data_sources WHERE user_id = $1 AND source_key = ANY($2::varchar[])`,
      [
        userId,
        col('key'),
        col('provider'),
        col('appId'),
        col('appName'),
        col('deviceName'),
        col('deviceModel'),
        col('deviceManufacturer'),
        col('deviceType'),
        col('recordingMethod'),
        col('softwareVersion'),
      ],
    );
    for (const row of rows) ids.set(row.source_key, row.id);
    const missing = unique.filter((s) => !ids.has(s.key)).map((s) => s.key);
    if (missing.length > 0) {
      const late: Array<{ id: string; source_key: string }> = await this.db.manager.query(
        'SELECT id, source_key FROM data_sources WHERE user_id = $1 AND source_key = ANY($2::varchar[])',
        [userId, missing],
      );
      for (const row of late) ids.set(row.source_key, row.id);
    }
    return ids;
  }

  /**
   * Records which SDK last delivered data for these sources. Written after the batch commits and only when something
   * changed or a minute passed, so parallel batches of one user do not queue on the same rows.
   */
  async recordClient(
    userId: string,
    dataSourceIds: string[],
    client: { sdkVersion: string | null; platform: string | null; userAgent: string | null },
  ): Promise<void> {
    if (dataSourceIds.length === 0) return;
    await this.db.manager.query(
      `UPDATE data_sources SET last_sdk_version = $3, last_sdk_platform = $4, last_user_agent = $5,
              last_batch_at = now()
        WHERE user_id = $1 AND id = ANY($2::uuid[])
          AND (last_batch_at IS NULL OR last_batch_at < now() - interval '1 minute'
               OR last_sdk_version IS DISTINCT FROM $3 OR last_sdk_platform IS DISTINCT FROM $4
               OR last_user_agent IS DISTINCT FROM $5)`,
      [userId, dataSourceIds, client.sdkVersion, client.platform, client.userAgent],
    );
  }
}
