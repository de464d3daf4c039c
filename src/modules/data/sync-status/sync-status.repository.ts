import { Injectable } from '@nestjs/common';
import { ReadDatabase } from '../../../database/read-database.js';
import type { Direction } from '../cursor.js';

export type BatchKey = [receivedAt: string, id: string];

export interface BatchRow {
  id: string;
  provider: string;
  source: string;
  sdk_version: string | null;
  status: string;
  quarantine_reason: string | null;
  sync_session_id: string | null;
  sync_type: string | null;
  sdk_header_version: string | null;
  sdk_platform: string | null;
  user_agent: string | null;
  item_count: number;
  inserted: number;
  updated: number;
  duplicate: number;
  rejected: number;
  counts: Record<string, unknown>;
  received_at: Date;
  completed_at: Date;
  k_received: string;
}

export interface MetricFreshnessRow {
  metric: string;
  newest_start: Date;
  newest_end: Date;
}

export interface SessionRow {
  id: string;
  provider: string | null;
  sync_type: string | null;
  started_at: Date;
  last_activity_at: Date;
  batches: number;
  items: number;
  rejections: number;
  quarantined_batches: number;
  /** The session's start and type-end telemetry payloads, oldest first. */
  milestones: Array<Record<string, unknown>> | null;
}

export interface LogEventRow {
  provider: string | null;
  sync_session_id: string | null;
  sdk_version: string | null;
  event_type: string | null;
  occurred_at: Date | null;
  received_at: Date;
  payload: Record<string, unknown>;
}

const BATCH_COLUMNS = `b.id, b.provider, b.source, b.sdk_version, b.status, b.quarantine_reason, b.sync_session_id,
  b.sync_type, b.sdk_header_version, b.sdk_platform, b.user_agent, b.item_count, b.inserted, b.updated,
  b.duplicate, b.rejected, b.counts, b.received_at, b.completed_at, b.received_at::text AS k_received`;

/** Ingestion's journal and telemetry, and the freshness of normalization's samples (read-only). */
@Injectable()
export class SyncStatusRepository {
  constructor(private readonly db: ReadDatabase) {}

  /** The newest batch of each provider: one backward probe of (user_id, received_at) per provider. */
  async lastBatchPerProvider(userId: string, providers: string[]): Promise<BatchRow[]> {
    return this.db.manager.query(
      `SELECT x.* FROM unnest($2::varchar[]) AS p(provider)
        CROSS JOIN LATERAL (SELECT ${BATCH_COLUMNS} FROM sync_batches b
                             WHERE b.user_id = $1 AND b.provider = p.provider
                             ORDER BY b.received_at DESC LIMIT 1) x
        ORDER BY x.received_at DESC`,
      [userId, providers],
    );
  }

  async batchesPage(
    userId: string,
    cursor: { direction: Direction; key: BatchKey } | null,
    limit: number,
  ): Promise<BatchRow[]> {
    const back = cursor?.direction === 'prev';
    const params: unknown[] = [userId];
    let keyset = '';
    if (cursor) {
      params.push(...cursor.key);
      keyset = `AND b.received_at ${back ? '>=' : '<='} $2::timestamptz AND (b.received_at, b.id) ${back ? '>' : '<'} ($2::timestamptz, $3::uuid)`;
    }
    params.push(limit + 1);
    const dir = back ? 'ASC' : 'DESC';
    return this.db.manager.query(
      `SELECT ${BATCH_COLUMNS} FROM sync_batches b WHERE b.user_id = $1 ${keyset}
        ORDER BY b.received_at ${dir}, b.id ${dir} LIMIT $${params.length}`,
      params,
    );
  }

  /**
   * The newest sample of every metric the user has: a loose index scan over the primary key (one probe per distinct
   * metric, however many samples there are), then one backward probe per metric.
   */
  async metricFreshness(userId: string): Promise<MetricFreshnessRow[]> {
    return this.db.manager.query(
      `WITH RECURSIVE metrics AS (
         (SELECT metric FROM samples WHERE user_id = $1 ORDER BY metric LIMIT 1)
         UNION ALL
         SELECT (SELECT s.metric FROM samples s WHERE s.user_id = $1 AND s.metric > m.metric ORDER BY s.metric LIMIT 1)
           FROM metrics m WHERE m.metric IS NOT NULL)
       SELECT m.metric, x.start_at AS newest_start, x.end_at AS newest_end
         FROM metrics m
        CROSS JOIN LATERAL (SELECT s.start_at, s.end_at FROM samples s
                             WHERE s.user_id = $1 AND s.metric = m.metric AND s.deleted_at IS NULL
                             ORDER BY s.start_at DESC LIMIT 1) x
        WHERE m.metric IS NOT NULL
        ORDER BY m.metric`,
      [userId],
    );
  }

  async recentLogEvents(userId: string, limit: number): Promise<LogEventRow[]> {
    return this.db.manager.query(
      `SELECT provider, sdk_version, sync_session_id, event_type, occurred_at, received_at, payload
         FROM sync_log_events WHERE user_id = $1 ORDER BY received_at DESC LIMIT $2`,
      [userId, limit],
    );
  }

  /**
   * Sync sessions of the user, newest activity first: the batches and the telemetry sharing a syncSessionId, folded
   * together. Both sides use their (user_id, sync_session_id) index.
   */
  async sessions(userId: string, limit: number): Promise<SessionRow[]> {
    return this.db.manager.query(
      `WITH b AS (
         SELECT sync_session_id AS id, max(provider) FILTER (WHERE provider <> 'unknown') AS provider,
                max(sync_type) AS sync_type, min(received_at) AS first_at, max(completed_at) AS last_at,
                count(*)::int AS batches, coalesce(sum(item_count), 0)::int AS items,
                coalesce(sum(rejected), 0)::int AS rejections,
                (count(*) FILTER (WHERE status = 'quarantined'))::int AS quarantined_batches
           FROM sync_batches WHERE user_id = $1 AND sync_session_id IS NOT NULL
          GROUP BY sync_session_id),
       l AS (
         SELECT sync_session_id AS id, max(provider) AS provider, min(received_at) AS first_at,
                max(received_at) AS last_at,
                jsonb_agg(payload ORDER BY received_at, id)
                  FILTER (WHERE event_type IN ('historical_data_sync_start', 'historical_data_type_sync_end'))
                  AS milestones
           FROM sync_log_events WHERE user_id = $1 AND sync_session_id IS NOT NULL
          GROUP BY sync_session_id)
       SELECT coalesce(b.id, l.id) AS id, coalesce(b.provider, l.provider) AS provider,
              CASE WHEN b.sync_type IS NOT NULL THEN b.sync_type
                   WHEN l.milestones IS NOT NULL THEN 'historical' END AS sync_type,
              least(b.first_at, l.first_at) AS started_at, greatest(b.last_at, l.last_at) AS last_activity_at,
              coalesce(b.batches, 0) AS batches, coalesce(b.items, 0) AS items,
              coalesce(b.rejections, 0) AS rejections, coalesce(b.quarantined_batches, 0) AS quarantined_batches,
              l.milestones
         FROM b FULL JOIN l ON l.id = b.id
        ORDER BY last_activity_at DESC, id
        LIMIT $2`,
      [userId, limit],
    );
  }
}
