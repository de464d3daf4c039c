import { Injectable } from '@nestjs/common';
import { Transactions } from '../../database/transactions.js';
import type { BatchSource, BatchStatus } from './sync-batch.entity.js';

/** A journal row as services see it (camelCase, counts as numbers). */
export interface SyncBatchRecord {
  id: string;
  userId: string;
  applicationId: string;
  source: BatchSource;
  provider: string;
  sdkVersion: string | null;
  idempotencyKey: string | null;
  bodySha256: Buffer;
  status: BatchStatus;
  quarantineReason: string | null;
  quarantineDetail: string | null;
  syncSessionId: string | null;
  syncType: string | null;
  sdkHeaderVersion: string | null;
  sdkPlatform: string | null;
  userAgent: string | null;
  itemCount: number;
  inserted: number;
  updated: number;
  duplicate: number;
  rejected: number;
  counts: Record<string, unknown>;
  rejections: unknown[];
  receivedAt: Date;
  completedAt: Date;
  renormalizedAt: Date | null;
}

export interface NewBatch {
  id: string;
  userId: string;
  applicationId: string;
  source: BatchSource;
  provider: string;
  sdkVersion: string | null;
  syncTimestamp: Date | null;
  idempotencyKey: string | null;
  bodySha256: Buffer;
  bodyBytes: number;
  wireBytes: number;
  contentEncoding: string;
  requestId: string | null;
  syncSessionId: string | null;
  syncType: string | null;
  client: ClientHeaders;
  itemCount: number;
  receivedAt: Date;
  /** gzip of the decoded body; null only when the body could not be held (over the size limit). */
  payload: Buffer | null;
}

/** What the SDK says about itself in headers, recorded per batch and per data source. */
export interface ClientHeaders {
  sdkVersion: string | null;
  platform: string | null;
  userAgent: string | null;
}

export interface BatchOutcome {
  status: BatchStatus;
  inserted: number;
  updated: number;
  duplicate: number;
  rejected: number;
  counts: Record<string, unknown>;
  rejections: unknown[];
  timings: Record<string, number>;
}

export interface ReplayFilter {
  userId?: string;
  since?: Date;
  quarantinedOnly?: boolean;
  batchId?: string;
}

export interface ReplayCandidate {
  userId: string;
  id: string;
  applicationId: string;
  source: BatchSource;
  status: BatchStatus;
  /** `received_at` as PostgreSQL's text, exact to the microsecond: a JS Date would round it and repeat the page. */
  receivedAtKey: string;
}

const BATCH_FIELDS = `id, user_id AS "userId", application_id AS "applicationId", source, provider,
         sdk_version AS "sdkVersion", idempotency_key AS "idempotencyKey", body_sha256 AS "bodySha256", status,
         quarantine_reason AS "quarantineReason", quarantine_detail AS "quarantineDetail",
         sync_session_id AS "syncSessionId", sync_type AS "syncType", sdk_header_version AS "sdkHeaderVersion",
         sdk_platform AS "sdkPlatform", user_agent AS "userAgent",
         item_count AS "itemCount", inserted, updated, duplicate, rejected, counts, rejections,
         received_at AS "receivedAt", completed_at AS "completedAt", renormalized_at AS "renormalizedAt"`;
const SELECT_BATCH = `SELECT ${BATCH_FIELDS} FROM sync_batches`;

/** The ingestion journal and the raw bodies beside it. */
@Injectable()
export class SyncBatchesRepository {
  constructor(private readonly db: Transactions) {}

  /** Earlier batches of this user with the same body or the same Idempotency-Key (at most two rows). */
  async findPrior(
    userId: string,
    bodySha256: Buffer,
    idempotencyKey: string | null,
  ): Promise<SyncBatchRecord[]> {
    return this.db.manager.query(
      `${SELECT_BATCH} WHERE user_id = $1 AND (body_sha256 = $2 OR idempotency_key = $3)`,
      [userId, bodySha256, idempotencyKey],
    );
  }

  /** The batch a client request id answered within the window (the SDK reuses the id on its 401 retry). */
  async findByRequestId(userId: string, requestId: string, since: Date): Promise<SyncBatchRecord | null> {
    const rows: SyncBatchRecord[] = await this.db.manager.query(
      `${SELECT_BATCH} WHERE user_id = $1 AND request_id = $2 AND received_at >= $3 ORDER BY received_at LIMIT 1`,
      [userId, requestId, since],
    );
    return rows[0] ?? null;
  }

  async get(userId: string, batchId: string): Promise<SyncBatchRecord | null> {
    const rows: SyncBatchRecord[] = await this.db.manager.query(
      `${SELECT_BATCH} WHERE user_id = $1 AND id = $2`,
      [userId, batchId],
    );
    return rows[0] ?? null;
  }

  /**
   * Claims the (user, body hash) and (user, Idempotency-Key) slots and stores the compressed body, in one statement.
   * A concurrent twin waits here for the first transaction and then gets `false` (its slot is taken): it replays
   * instead of normalizing again.
   */
  async open(batch: NewBatch): Promise<boolean> {
    const rows: unknown[] = await this.db.manager.query(
      `WITH opened AS (
         INSERT INTO sync_batches (id, user_id, application_id, source, provider, sdk_version, sync_timestamp,
                                   idempotency_key, body_sha256, body_bytes, wire_bytes, content_encoding, request_id,
                                   status, item_count, inserted, updated, duplicate, rejected, counts, rejections,
                                   timings, received_at, completed_at, sync_session_id, sync_type,
                                   sdk_header_version, sdk_platform, user_agent)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'completed', $14, 0, 0, 0, 0, '{}', '[]',
                 '{}', $15, $15, $17, $18, $19, $20, $21)
         ON CONFLICT DO NOTHING
         RETURNING user_id, id, received_at),
       kept AS (
         INSERT INTO sync_batch_payloads (user_id, batch_id, received_at, encoding, body)
         SELECT user_id, id, received_at, 'gzip', $16 FROM opened WHERE $16::bytea IS NOT NULL)
       SELECT id FROM opened`,
      [
        batch.id,
        batch.userId,
        batch.applicationId,
        batch.source,
        batch.provider,
        batch.sdkVersion,
        batch.syncTimestamp,
        batch.idempotencyKey,
        batch.bodySha256,
        batch.bodyBytes,
        batch.wireBytes,
        batch.contentEncoding,
        batch.requestId,
        batch.itemCount,
        batch.receivedAt,
        batch.payload,
        batch.syncSessionId,
        batch.syncType,
        batch.client.sdkVersion,
        batch.client.platform,
        batch.client.userAgent,
      ],
    );
    return rows.length === 1;
  }

  async complete(userId: string, batchId: string, outcome: BatchOutcome): Promise<SyncBatchRecord> {
    const [rows]: [SyncBatchRecord[]] = await this.db.manager.query(
      `UPDATE sync_batches
          SET status = $3, inserted = $4, updated = $5, duplicate = $6, rejected = $7, counts = $8, rejections = $9,
              timings = $10, completed_at = clock_timestamp()
        WHERE user_id = $1 AND id = $2
        RETURNING ${BATCH_FIELDS}`,
      [
        userId,
        batchId,
        outcome.status,
        outcome.inserted,
        outcome.updated,
        outcome.duplicate,
        outcome.rejected,
        JSON.stringify(outcome.counts),
        JSON.stringify(outcome.rejections),
        JSON.stringify(outcome.timings),
      ],
    );
    return rows[0];
  }

  /** Marks a journaled batch quarantined (QuarantineService is the only caller). */
  async markQuarantined(
    userId: string,
    batchId: string,
    reason: string,
    detail: string,
  ): Promise<SyncBatchRecord> {
    const [rows]: [SyncBatchRecord[]] = await this.db.manager.query(
      `UPDATE sync_batches SET status = 'quarantined', quarantine_reason = $3, quarantine_detail = $4,
              completed_at = clock_timestamp()
        WHERE user_id = $1 AND id = $2
        RETURNING ${BATCH_FIELDS}`,
      [userId, batchId, reason, detail.slice(0, 500)],
    );
    return rows[0];
  }

  /**
   * A replay normalized a quarantined batch: it takes the replay's outcome and status; the reason stays as history.
   * Its body becomes an ordinary retained body again (swept with the others).
   */
  async releaseQuarantine(
    userId: string,
    batchId: string,
    provider: string,
    itemCount: number,
    outcome: BatchOutcome,
  ): Promise<SyncBatchRecord> {
    const [rows]: [SyncBatchRecord[]] = await this.db.manager.query(
      `UPDATE sync_batches
          SET status = $3, inserted = $4, updated = $5, duplicate = $6, rejected = $7, counts = $8, rejections = $9,
              provider = $10, item_count = $11, renormalized_at = clock_timestamp(),
              renormalize_count = renormalize_count + 1
        WHERE user_id = $1 AND id = $2 AND status = 'quarantined'
        RETURNING ${BATCH_FIELDS}`,
      [
        userId,
        batchId,
        outcome.status,
        outcome.inserted,
        outcome.updated,
        outcome.duplicate,
        outcome.rejected,
        JSON.stringify(outcome.counts),
        JSON.stringify(outcome.rejections),
        provider,
        itemCount,
      ],
    );
    return rows[0];
  }

  /**
   * The users list shows when a user last synced. Written after the batch commits, and at most every few seconds, so
   * parallel batches of one user never queue on the user row inside their transactions.
   */
  async markUserSynced(userId: string, provider: string): Promise<void> {
    await this.db.manager.query(
      `UPDATE users SET last_synced_at = now(), last_synced_provider = $2
        WHERE id = $1 AND (last_synced_at IS NULL OR last_synced_at < now() - interval '5 seconds'
                           OR last_synced_provider IS DISTINCT FROM $2)`,
      [userId, provider],
    );
  }

  /** Journaled batches in arrival order after the keyset cursor, for renormalization. */
  async pageForReplay(
    filter: ReplayFilter,
    after: { receivedAtKey: string; userId: string; id: string } | null,
    limit: number,
  ): Promise<ReplayCandidate[]> {
    return this.db.manager.query(
      `SELECT user_id AS "userId", id, application_id AS "applicationId", source, status,
              received_at::text AS "receivedAtKey"
         FROM sync_batches
        WHERE ($1::uuid IS NULL OR user_id = $1)
          AND ($6::boolean IS NOT TRUE OR status = 'quarantined')
          AND ($7::uuid IS NULL OR id = $7)
          AND ($2::timestamptz IS NULL OR received_at >= $2)
          AND ($3::timestamptz IS NULL OR (received_at, user_id, id) > ($3, $4::uuid, $5::uuid))
        ORDER BY received_at, user_id, id
        LIMIT ${limit}`,
      [
        filter.userId ?? null,
        filter.since ?? null,
        after?.receivedAtKey ?? null,
        after?.userId ?? null,
        after?.id ?? null,
        filter.quarantinedOnly ?? false,
        filter.batchId ?? null,
      ],
    );
  }

  async getPayload(userId: string, batchId: string): Promise<Buffer | null> {
    const rows: { body: Buffer }[] = await this.db.manager.query(
      'SELECT body FROM sync_batch_payloads WHERE user_id = $1 AND batch_id = $2',
      [userId, batchId],
    );
    return rows[0]?.body ?? null;
  }

  async recordRenormalized(userId: string, batchId: string, counts: Record<string, unknown>): Promise<void> {
    await this.db.manager.query(
      `UPDATE sync_batches
          SET renormalized_at = clock_timestamp(), renormalize_count = renormalize_count + 1,
              counts = counts || jsonb_build_object('renormalized', $3::jsonb)
        WHERE user_id = $1 AND id = $2`,
      [userId, batchId, JSON.stringify(counts)],
    );
  }

  /**
   * Deletes raw bodies past retention, a bounded chunk per statement so no statement holds locks for long. Bodies of
   * quarantined batches are never swept: they are the only copy of data a replay will need.
   */
  async deleteExpiredPayloads(olderThan: Date, chunk = 1000): Promise<number> {
    let total = 0;
    for (let round = 0; round < 1000; round++) {
      const [rows]: [unknown[], number] = await this.db.manager.query(
        // By primary key rather than ctid: the same statement then runs on Citus, where a ctid means nothing
        // outside its shard.
        `DELETE FROM sync_batch_payloads
          WHERE (user_id, batch_id) IN (
                  SELECT p.user_id, p.batch_id FROM sync_batch_payloads p
                   WHERE p.received_at < $1
                     AND NOT EXISTS (SELECT 1 FROM sync_batches b
                                      WHERE b.user_id = p.user_id AND b.id = p.batch_id AND b.status = 'quarantined')
                   LIMIT ${chunk})
          RETURNING batch_id`,
        [olderThan],
      );
      total += rows.length;
      if (rows.length < chunk) break;
    }
    return total;
  }
}
