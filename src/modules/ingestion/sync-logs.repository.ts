import { Injectable } from '@nestjs/common';
import { Transactions } from '../../database/transactions.js';

export interface NewLogEvent {
  eventType: string | null;
  syncSessionId: string | null;
  occurredAt: Date | null;
  payload: Record<string, unknown>;
}

export interface StoredLogEvent extends NewLogEvent {
  provider: string | null;
  sdkVersion: string | null;
  receivedAt: Date;
}

/** SDK sync telemetry, one row per event. */
@Injectable()
export class SyncLogsRepository {
  constructor(private readonly db: Transactions) {}

  /** One statement for the whole request: the events travel as one JSON array. */
  async append(
    userId: string,
    meta: { provider: string | null; sdkVersion: string | null },
    events: NewLogEvent[],
  ): Promise<void> {
    if (events.length === 0) return;
    await this.db.manager.query(
      `INSERT INTO sync_log_events (user_id, provider, sdk_version, event_type, occurred_at, received_at, payload,
                                    sync_session_id)
       SELECT $1, $2, $3, e.event_type, e.occurred_at, now(), e.payload, e.sync_session_id
         FROM jsonb_to_recordset($4::jsonb)
           AS e(event_type text, occurred_at timestamptz, payload jsonb, sync_session_id text)`,
      [
        userId,
        meta.provider,
        meta.sdkVersion,
        JSON.stringify(
          events.map((e) => ({
            event_type: e.eventType,
            occurred_at: e.occurredAt,
            payload: e.payload,
            sync_session_id: e.syncSessionId,
          })),
        ),
      ],
    );
  }

  /** Newest first, for a user's sync status. */
  async recent(userId: string, limit: number): Promise<StoredLogEvent[]> {
    return this.db.manager.query(
      `SELECT provider, sdk_version AS "sdkVersion", event_type AS "eventType", occurred_at AS "occurredAt",
              sync_session_id AS "syncSessionId",
              received_at AS "receivedAt", payload
         FROM sync_log_events WHERE user_id = $1
        ORDER BY received_at DESC, id DESC LIMIT ${Math.trunc(limit)}`,
      [userId],
    );
  }

  async deleteOlderThan(olderThan: Date): Promise<number> {
    const [, count]: [unknown[], number] = await this.db.manager.query(
      'DELETE FROM sync_log_events WHERE received_at < $1',
      [olderThan],
    );
    return count;
  }
}
