import { Injectable } from '@nestjs/common';
import { Transactions } from '../../database/transactions.js';

export interface ConnectionRow {
  provider: string;
  status: string;
  revokedReason: string | null;
  revokedAt: Date | null;
  firstSyncAt: Date | null;
  lastSyncAt: Date | null;
  sdkVersion: string | null;
  sdkPlatform: string | null;
  userAgent: string | null;
  sessionFamilyIds: string[];
}

export interface ConnectionSourceRow {
  provider: string;
  id: string;
  app_id: string | null;
  app_name: string | null;
  device_name: string | null;
  device_model: string | null;
  device_type: string;
  last_sdk_version: string | null;
  last_sdk_platform: string | null;
  last_batch_at: Date | null;
}

export interface SyncSeen {
  userId: string;
  provider: string;
  familyId: string | null;
  sdkVersion: string | null;
  sdkPlatform: string | null;
  userAgent: string | null;
}

/** Families remembered per connection: more than any user has phones, few enough to keep the row small. */
const MAX_REMEMBERED_FAMILIES = 20;

const COLUMNS = `provider, status, revoked_reason AS "revokedReason", revoked_at AS "revokedAt",
  first_sync_at AS "firstSyncAt", last_sync_at AS "lastSyncAt", sdk_version AS "sdkVersion",
  sdk_platform AS "sdkPlatform", user_agent AS "userAgent", session_family_ids AS "sessionFamilyIds"`;

@Injectable()
export class ConnectionsRepository {
  constructor(private readonly db: Transactions) {}

  /**
   * A sync arrived: create or re-activate the connection, remember the session and the SDK's headers. Skips the write
   * when nothing changed within a few seconds, so a burst of batches does not queue on one row.
   */
  async recordSync(seen: SyncSeen): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO user_connections (user_id, provider, status, first_sync_at, last_sync_at, sdk_version, sdk_platform,
                                     user_agent, session_family_ids)
       VALUES ($1, $2, 'active', now(), now(), $4, $5, $6, CASE WHEN $3::uuid IS NULL THEN '{}' ELSE ARRAY[$3::uuid] END)
       ON CONFLICT (user_id, provider) DO UPDATE
          SET status = 'active', revoked_reason = NULL, revoked_at = NULL, last_sync_at = now(),
              first_sync_at = COALESCE(user_connections.first_sync_at, now()),
              sdk_version = COALESCE(EXCLUDED.sdk_version, user_connections.sdk_version),
              sdk_platform = COALESCE(EXCLUDED.sdk_platform, user_connections.sdk_platform),
              user_agent = COALESCE(EXCLUDED.user_agent, user_connections.user_agent),
              session_family_ids = CASE
                WHEN $3::uuid IS NULL OR $3::uuid = ANY(user_connections.session_family_ids)
                  THEN user_connections.session_family_ids
                ELSE (user_connections.session_family_ids || $3::uuid)[
                       greatest(1, cardinality(user_connections.session_family_ids) + 2 - ${MAX_REMEMBERED_FAMILIES}):]
              END
        WHERE user_connections.status <> 'active'
           OR user_connections.last_sync_at IS NULL
           OR user_connections.last_sync_at < now() - interval '5 seconds'
           OR ($3::uuid IS NOT NULL AND NOT $3::uuid = ANY(user_connections.session_family_ids))
           OR user_connections.sdk_version IS DISTINCT FROM COALESCE(EXCLUDED.sdk_version, user_connections.sdk_version)
           OR user_connections.sdk_platform IS DISTINCT FROM COALESCE(EXCLUDED.sdk_platform, user_connections.sdk_platform)`,
      [seen.userId, seen.provider, seen.familyId, seen.sdkVersion, seen.sdkPlatform, seen.userAgent],
    );
  }

  /**
   * Inside the batch transaction: whether this batch opens the connection (`created`), brings a revoked one back
   * (`reactivated`) or finds it active (null). The common case is one unlocked read, so concurrent batches of one user
   * do not queue on the row.
   */
  async openForBatch(userId: string, provider: string): Promise<'created' | 'reactivated' | null> {
    const existing: { status: string }[] = await this.db.manager.query(
      `SELECT status FROM user_connections WHERE user_id = $1 AND provider = $2`,
      [userId, provider],
    );
    if (existing[0]?.status === 'active') return null;
    if (!existing[0]) {
      const inserted: unknown[] = await this.db.manager.query(
        `INSERT INTO user_connections (user_id, provider, status, first_sync_at, last_sync_at)
         VALUES ($1, $2, 'active', now(), now()) ON CONFLICT (user_id, provider) DO NOTHING RETURNING 1`,
        [userId, provider],
      );
      return inserted.length > 0 ? 'created' : null;
    }
    const [, updated] = (await this.db.manager.query(
      `UPDATE user_connections SET status = 'active', revoked_reason = NULL, revoked_at = NULL, last_sync_at = now()
        WHERE user_id = $1 AND provider = $2 AND status <> 'active'`,
      [userId, provider],
    )) as [unknown, number];
    return updated > 0 ? 'reactivated' : null;
  }

  /** Locks and returns the connection for a sign-out (null when the user never synced this provider). */
  async getForUpdate(userId: string, provider: string): Promise<ConnectionRow | null> {
    const rows: ConnectionRow[] = await this.db.manager.query(
      `SELECT ${COLUMNS} FROM user_connections WHERE user_id = $1 AND provider = $2 FOR UPDATE`,
      [userId, provider],
    );
    return rows[0] ?? null;
  }

  async markRevoked(userId: string, provider: string, reason: string): Promise<void> {
    await this.db.manager.query(
      `UPDATE user_connections SET status = 'revoked', revoked_reason = $3, revoked_at = now(), session_family_ids = '{}'
        WHERE user_id = $1 AND provider = $2`,
      [userId, provider, reason],
    );
  }

  async list(userId: string): Promise<ConnectionRow[]> {
    return this.db.manager.query(
      `SELECT ${COLUMNS} FROM user_connections WHERE user_id = $1 ORDER BY provider`,
      [userId],
    );
  }

  async dataSources(userId: string): Promise<ConnectionSourceRow[]> {
    return this.db.manager.query(
      `SELECT provider, id, app_id, app_name, device_name, device_model, device_type, last_sdk_version,
              last_sdk_platform, last_batch_at
         FROM data_sources WHERE user_id = $1 ORDER BY provider, created_at, id`,
      [userId],
    );
  }
}
