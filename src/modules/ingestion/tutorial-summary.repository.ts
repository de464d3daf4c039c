import { Injectable } from '@nestjs/common';
import { Transactions } from '../../database/transactions.js';

export interface SummaryRow {
  metric: string;
  vendorType: string;
  value: number;
  unit: string | null;
  date: Date;
  stage?: string;
}

/** Read-only: the tutorial's summary of one external user's latest stored readings. */
@Injectable()
export class TutorialSummaryRepository {
  constructor(private readonly db: Transactions) {}

  async userId(applicationId: string, externalUserId: string): Promise<string | null> {
    const rows: { id: string }[] = await this.db.manager.query(
      'SELECT id FROM users WHERE application_id = $1 AND external_user_id = $2',
      [applicationId, externalUserId],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * The newest `perMetric` samples of each metric. The recursive CTE walks the distinct metrics through the primary
   * key (a loose index scan), then each metric reads only its newest rows from the same index.
   */
  async latestSamples(userId: string, perMetric: number): Promise<SummaryRow[]> {
    return this.db.manager.query(
      `WITH RECURSIVE metrics AS (
         SELECT min(metric) AS metric FROM samples WHERE user_id = $1
         UNION ALL
         SELECT (SELECT min(metric) FROM samples WHERE user_id = $1 AND metric > m.metric)
           FROM metrics m WHERE m.metric IS NOT NULL
       )
       SELECT s.metric, s.vendor_type AS "vendorType", s.value, s.unit, s.start_at AS date
         FROM metrics m
         CROSS JOIN LATERAL (
           SELECT metric, vendor_type, value, unit, start_at FROM samples
            WHERE user_id = $1 AND metric = m.metric AND deleted_at IS NULL
            ORDER BY start_at DESC LIMIT $2) s
        WHERE m.metric IS NOT NULL
        ORDER BY s.metric, s.start_at DESC`,
      [userId, perMetric],
    );
  }

  async latestSleep(userId: string, limit: number): Promise<SummaryRow[]> {
    return this.db.manager.query(
      `SELECT 'sleep' AS metric, vendor_type AS "vendorType",
              round(extract(epoch FROM end_at - start_at) / 60.0, 2)::float8 AS value, 'min' AS unit,
              start_at AS date, stage
         FROM sleep_stages WHERE user_id = $1 AND deleted_at IS NULL
        ORDER BY start_at DESC LIMIT $2`,
      [userId, limit],
    );
  }

  async countStored(userId: string): Promise<number> {
    const [row]: { total: number }[] = await this.db.manager.query(
      `SELECT (SELECT count(*) FROM samples WHERE user_id = $1 AND deleted_at IS NULL)
            + (SELECT count(*) FROM sleep_stages WHERE user_id = $1 AND deleted_at IS NULL) AS total`,
      [userId],
    );
    return Number(row.total);
  }
}
