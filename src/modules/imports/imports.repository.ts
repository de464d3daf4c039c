import { Injectable } from '@nestjs/common';
import { queryReturning } from '../../database/sql.js';
import { Transactions } from '../../database/transactions.js';
import type { Import, ImportKind, ImportRejection, ImportStatus, ImportTypeCounts } from './import.entity.js';

/** The columns as TypeORM maps them (bigint as string). */
const COLUMNS = `user_id AS "userId", id, application_id AS "applicationId", kind, status, file_name AS "fileName",
  sha256, bytes_total AS "bytesTotal", bytes_read AS "bytesRead", counts, rejections,
  rejection_count AS "rejectionCount", chunks_done AS "chunksDone", attempts, lease_token AS "leaseToken",
  lease_until AS "leaseUntil", error, created_at AS "createdAt", started_at AS "startedAt",
  finished_at AS "finishedAt"`;

export interface NewImport {
  userId: string;
  id: string;
  applicationId: string;
  kind: ImportKind;
  fileName: string | null;
  bytesTotal: number | null;
}

export interface ChunkProgress {
  counts: Record<string, ImportTypeCounts>;
  /** Appended to the stored rejections, up to `keepRejections` in all. */
  newRejections: ImportRejection[];
  newRejectionCount: number;
  bytesRead: number;
  chunksDone: number;
}

export interface UnfinishedImport {
  userId: string;
  id: string;
}

@Injectable()
export class ImportsRepository {
  constructor(private readonly db: Transactions) {}

  /** While uploading, the lease is the request's heartbeat: an upload whose process died is failed by the sweep. */
  async create(row: NewImport, leaseSeconds: number): Promise<Import> {
    const [created]: Import[] = await this.db.manager.query(
      `INSERT INTO imports (user_id, id, application_id, kind, status, file_name, bytes_total, created_at,
                            lease_until)
       VALUES ($1, $2, $3, $4, 'uploading', $5, $6, now(), now() + $7 * interval '1 second')
       RETURNING ${COLUMNS}`,
      [row.userId, row.id, row.applicationId, row.kind, row.fileName, row.bytesTotal, leaseSeconds],
    );
    return created;
  }

  async get(userId: string, id: string): Promise<Import | null> {
    const rows: Import[] = await this.db.manager.query(
      `SELECT ${COLUMNS} FROM imports WHERE user_id = $1 AND id = $2`,
      [userId, id],
    );
    return rows[0] ?? null;
  }

  /** Newest first; `beforeId` continues after that import (ids are time-ordered UUIDv7). */
  list(userId: string, beforeId: string | undefined, limit: number): Promise<Import[]> {
    return this.db.manager.query(
      `SELECT ${COLUMNS} FROM imports
        WHERE user_id = $1 AND ($2::uuid IS NULL OR id < $2::uuid)
        ORDER BY id DESC LIMIT $3`,
      [userId, beforeId ?? null, limit],
    );
  }

  async recordUploadProgress(
    userId: string,
    id: string,
    bytesRead: number,
    leaseSeconds: number,
  ): Promise<void> {
    await this.db.manager.query(
      `UPDATE imports SET bytes_read = $3, lease_until = now() + $4 * interval '1 second'
        WHERE user_id = $1 AND id = $2 AND status = 'uploading'`,
      [userId, id, bytesRead, leaseSeconds],
    );
  }

  /** The import of this very file for the user that is neither failed nor cancelled. */
  async findActiveBySha256(userId: string, sha256: Buffer): Promise<Import | null> {
    const rows: Import[] = await this.db.manager.query(
      `SELECT ${COLUMNS} FROM imports
        WHERE user_id = $1 AND sha256 = $2 AND status NOT IN ('failed', 'cancelled')`,
      [userId, sha256],
    );
    return rows[0] ?? null;
  }

  /** uploading → queued with the file's hash and size; null when it is no longer uploading (cancelled meanwhile). */
  async markUploaded(userId: string, id: string, sha256: Buffer, bytes: number): Promise<Import | null> {
    const rows = await queryReturning<Import>(
      this.db.manager,
      `UPDATE imports SET status = 'queued', sha256 = $3, bytes_total = $4, bytes_read = 0, lease_until = NULL
        WHERE user_id = $1 AND id = $2 AND status = 'uploading'
        RETURNING ${COLUMNS}`,
      [userId, id, sha256, bytes],
    );
    return rows[0] ?? null;
  }

  async remove(userId: string, id: string): Promise<void> {
    await this.db.manager.query('DELETE FROM imports WHERE user_id = $1 AND id = $2', [userId, id]);
  }

  /** Ends an import that is still active; null when it had already ended. */
  async finish(
    userId: string,
    id: string,
    status: Extract<ImportStatus, 'completed' | 'failed' | 'cancelled'>,
    error: string | null,
    leaseToken?: string,
  ): Promise<Import | null> {
    const rows = await queryReturning<Import>(
      this.db.manager,
      `UPDATE imports SET status = $3::varchar, error = $4, finished_at = now(), lease_token = NULL,
              lease_until = NULL,
              bytes_read = CASE WHEN $3::varchar = 'completed' THEN coalesce(bytes_total, bytes_read) ELSE bytes_read END
        WHERE user_id = $1 AND id = $2 AND status IN ('uploading', 'queued', 'parsing')
          AND ($5::uuid IS NULL OR lease_token = $5::uuid)
        RETURNING ${COLUMNS}`,
      [userId, id, status, error?.slice(0, 500) ?? null, leaseToken ?? null],
    );
    return rows[0] ?? null;
  }

  /**
   * Takes the import for one worker: a queued one, or one whose worker stopped renewing its lease. Atomic, so two
   * workers handed the same job never both parse it.
   */
  async claim(userId: string, id: string, leaseToken: string, leaseSeconds: number): Promise<Import | null> {
    const rows = await queryReturning<Import>(
      this.db.manager,
      `UPDATE imports SET status = 'parsing', lease_token = $3,
              lease_until = now() + $4 * interval '1 second', attempts = attempts + 1,
              started_at = coalesce(started_at, now())
        WHERE user_id = $1 AND id = $2
          AND (status = 'queued' OR (status = 'parsing' AND (lease_until IS NULL OR lease_until < now())))
        RETURNING ${COLUMNS}`,
      [userId, id, leaseToken, leaseSeconds],
    );
    return rows[0] ?? null;
  }

  /**
   * Inside a chunk's transaction: locks the row while this worker still holds it. False when it was cancelled or
   * another worker took it over; the chunk is then not stored.
   */
  async lockHeld(userId: string, id: string, leaseToken: string): Promise<boolean> {
    const rows: unknown[] = await this.db.manager.query(
      `SELECT 1 FROM imports WHERE user_id = $1 AND id = $2 AND status = 'parsing' AND lease_token = $3
          FOR UPDATE`,
      [userId, id, leaseToken],
    );
    return rows.length > 0;
  }

  async recordChunk(
    userId: string,
    id: string,
    progress: ChunkProgress,
    keepRejections: number,
    leaseSeconds: number,
  ): Promise<void> {
    await this.db.manager.query(
      `UPDATE imports
          SET counts = $3::jsonb, bytes_read = $4, chunks_done = $5,
              rejections = CASE WHEN jsonb_array_length(rejections) >= $8 THEN rejections
                                ELSE (SELECT coalesce(jsonb_agg(e), '[]'::jsonb)
                                        FROM (SELECT e FROM jsonb_array_elements(rejections || $6::jsonb)
                                                WITH ORDINALITY AS x(e, n) ORDER BY n LIMIT $8) kept) END,
              rejection_count = rejection_count + $7,
              lease_until = now() + $9 * interval '1 second'
        WHERE user_id = $1 AND id = $2`,
      [
        userId,
        id,
        JSON.stringify(progress.counts),
        progress.bytesRead,
        progress.chunksDone,
        JSON.stringify(progress.newRejections.slice(0, keepRejections)),
        progress.newRejectionCount,
        keepRejections,
        leaseSeconds,
      ],
    );
  }

  /** A worker that stops (shutdown) hands its import back: the next sweep queues it again at once. */
  async releaseLease(userId: string, id: string, leaseToken: string): Promise<void> {
    await this.db.manager.query(
      `UPDATE imports SET lease_token = NULL, lease_until = now() - interval '1 second'
        WHERE user_id = $1 AND id = $2 AND lease_token = $3`,
      [userId, id, leaseToken],
    );
  }

  /** Imports no live worker holds: queued for over a minute (their job was lost) or parsing with a lapsed lease. */
  findUnattended(limit: number): Promise<UnfinishedImport[]> {
    return this.db.manager.query(
      `SELECT user_id AS "userId", id FROM imports
        WHERE status IN ('queued', 'parsing') AND (lease_until IS NULL OR lease_until < now())
          AND created_at < now() - interval '1 minute'
        ORDER BY lease_until NULLS FIRST LIMIT $1`,
      [limit],
    );
  }

  /** Uploads whose request died with its process (no heartbeat): nothing will ever finish them. */
  failAbandonedUploads(): Promise<UnfinishedImport[]> {
    return queryReturning<UnfinishedImport>(
      this.db.manager,
      `UPDATE imports SET status = 'failed', finished_at = now(), lease_until = NULL,
              error = 'The upload was interrupted before the whole file arrived; upload it again.'
        WHERE status = 'uploading' AND lease_until < now()
        RETURNING user_id AS "userId", id`,
      [],
    );
  }
}
