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
  itemCount: number;
  receivedAt: Date;
  /** gzip of the decoded body. */
  payload: Buffer;
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

export interface ReplayCandidate {
  userId: string;
  id: string;
  applicationId: string;
  source: BatchSource;
  /** `received_at` as PostgreSQL's text, exact to the microsecond: a JS Date would round it and repeat the page. */
  receivedAtKey: string;
}

const SELECT_BATCH = `
  SELECT id, user_id AS "userId", application_id AS "applicationId", source, provider,
         sdk_version AS "sdkVersion", idempotency_key AS "idempotencyKey", body_sha256 AS "bodySha256", status,
         item_count AS "itemCount", inserted, updated, duplicate, rejected, counts, rejections,
         received_at AS "receivedAt", completed_at AS "completedAt", renormalized_at AS "renormalizedAt"
    FROM sync_batches`;

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
                                   timings, received_at, completed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'completed', $14, 0, 0, 0, 0, '{}', '[]',
                 '{}', $15, $15)
         ON CONFLICT DO NOTHING
         RETURNING user_id, id, received_at)
       INSERT INTO sync_batch_payloads (user_id, batch_id, received_at, encoding, body)
       SELECT user_id, id, received_at, 'gzip', $16 FROM opened
       RETURNING batch_id`,
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
        RETURNING id, user_id AS "userId", application_id AS "applicationId", source, provider,
                  sdk_version AS "sdkVersion", idempotency_key AS "idempotencyKey", body_sha256 AS "bodySha256",
                  status, item_count AS "itemCount", inserted, updated, duplicate, rejected, counts, rejections,
                  received_at AS "receivedAt", completed_at AS "completedAt", renormalized_at AS "renormalizedAt"`,
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
    filter: { userId?: string; since?: Date },
    after: { receivedAtKey: string; userId: string; id: string } | null,
    limit: number,
  ): Promise<ReplayCandidate[]> {
    return this.db.manager.query(
      `SELECT user_id AS "userId", id, application_id AS "applicationId", source,
              received_at::text AS "receivedAtKey"
         FROM sync_batches
        WHERE ($1::uuid IS NULL OR user_id = $1)
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

  /** Deletes raw bodies past retention, a bounded chunk per statement so no statement holds locks for long. */
  async deleteExpiredPayloads(olderThan: Date, chunk = 1000): Promise<number> {
    let total = 0;
    for (let round = 0; round < 1000; round++) {
      const [rows]: [unknown[], number] = await this.db.manager.query(
        `DELETE FROM sync_batch_payloads
          WHERE ctid = ANY (ARRAY(SELECT ctid FROM sync_batch_payloads WHERE received_at < $1 LIMIT ${chunk}))
          RETURNING batch_id`,
        [olderThan],
      );
      total += rows.length;
      if (rows.length < chunk) break;
    }
    return total;
  }
}
