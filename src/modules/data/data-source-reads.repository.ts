import { Injectable } from '@nestjs/common';
import { ReadDatabase } from '../../database/read-database.js';
import type { DataSourceRow } from './common.dto.js';
import { type PriorityOrder, sourceRanksSql } from './source-priority/priority.js';

/** A user's data sources (normalization's table, read-only here), ranked under an application's priority order. */
@Injectable()
export class DataSourceReadsRepository {
  constructor(private readonly db: ReadDatabase) {}

  async listRanked(userId: string, order: PriorityOrder): Promise<DataSourceRow[]> {
    return this.db.manager.query(
      `SELECT d.id, d.provider, d.app_id, d.app_name, d.device_name, d.device_model, d.device_manufacturer,
              d.device_type, d.recording_method, d.software_version, d.created_at, r.rank
         FROM data_sources d JOIN (${sourceRanksSql('$1', '$2', '$3')}) r ON r.id = d.id
        WHERE d.user_id = $1
        ORDER BY r.rank`,
      [userId, order.deviceTypes, order.providers],
    );
  }

  /**
   * The user's last known UTC offset at `before`: the offset of the latest record that carried one, looked up in the
   * small per-user tables and, per metric, with one backward index probe bounded to 35 days (a metric whose records
   * never carry an offset must not turn this into a full scan).
   */
  async lastKnownOffset(userId: string, before: Date, metrics: string[]): Promise<string | null> {
    const rows: Array<{ zone_offset: string }> = await this.db.manager.query(
      `SELECT zone_offset FROM (
         (SELECT zone_offset, start_at FROM sleep_sessions
           WHERE user_id = $1 AND start_at < $2 AND zone_offset IS NOT NULL ORDER BY start_at DESC LIMIT 1)
         UNION ALL
         (SELECT zone_offset, start_at FROM workouts
           WHERE user_id = $1 AND start_at < $2 AND zone_offset IS NOT NULL ORDER BY start_at DESC LIMIT 1)
         UNION ALL
         (SELECT x.zone_offset, x.start_at FROM unnest($3::varchar[]) AS m(metric)
            CROSS JOIN LATERAL (SELECT s.zone_offset, s.start_at FROM samples s
                                 WHERE s.user_id = $1 AND s.metric = m.metric AND s.start_at < $2
                                   AND s.start_at >= $2::timestamptz - interval '35 days' AND s.zone_offset IS NOT NULL
                                 ORDER BY s.start_at DESC LIMIT 1) x)
       ) known ORDER BY start_at DESC LIMIT 1`,
      [userId, before.toISOString(), metrics],
    );
    return rows[0]?.zone_offset ?? null;
  }
}
