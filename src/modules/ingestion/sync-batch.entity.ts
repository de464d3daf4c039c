import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { User } from '../users/user.entity.js';

export type BatchSource = 'sdk' | 'tutorial';
/**
 * Only committed batches exist: a failed batch rolls back with its journal row. `quarantined`: acknowledged but not
 * normalized (a deterministic problem with the whole body); its raw body is kept until a replay releases it.
 */
export type BatchStatus = 'completed' | 'partial' | 'quarantined';

/**
 * The ingestion journal: one row per accepted push, committed with the normalized rows it produced. It holds what the
 * 202 said (for replays and GET …/sync/{batch_id}), never health values; the raw body lives in sync_batch_payloads.
 */
@Entity('sync_batches')
@Index('uq_sync_batches_user_id_body_sha256', ['userId', 'bodySha256'], { unique: true })
@Index('uq_sync_batches_user_id_idempotency_key', ['userId', 'idempotencyKey'], {
  unique: true,
  where: '"idempotency_key" IS NOT NULL',
})
@Index(['userId', 'receivedAt'])
@Index('ix_sync_batches_user_id_request_id', ['userId', 'requestId'])
@Index('ix_sync_batches_user_id_sync_session_id', ['userId', 'syncSessionId'], {
  where: '"sync_session_id" IS NOT NULL',
})
@Index('ix_sync_batches_quarantined', ['receivedAt'], { where: `"status" = 'quarantined'` })
export class SyncBatch {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'uuid' })
  applicationId: string;

  @Column({ type: 'varchar', length: 16 })
  source: BatchSource;

  @Column({ type: 'varchar', length: 16 })
  provider: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  sdkVersion: string | null;

  /** The envelope's syncTimestamp when it parsed as a date. */
  @Column({ type: 'timestamptz', nullable: true })
  syncTimestamp: Date | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  idempotencyKey: string | null;

  /** SHA-256 of the decoded body: the same JSON sent plain or gzipped is the same batch. */
  @Column({ type: 'bytea' })
  bodySha256: Buffer;

  @Column({ type: 'integer' })
  bodyBytes: number;

  @Column({ type: 'integer' })
  wireBytes: number;

  @Column({ type: 'varchar', length: 16 })
  contentEncoding: string;

  @Column({ type: 'varchar', length: 128, nullable: true })
  requestId: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: BatchStatus;

  /** Machine-readable reason while (or since) the batch was quarantined. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  quarantineReason: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  quarantineDetail: string | null;

  /** The envelope's syncSessionId: links the pushes and telemetry of one export run. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  syncSessionId: string | null;

  /** `historical` or `live`; null when the SDK did not say (such batches are live). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  syncType: string | null;

  /** X-Open-Wearables-SDK-Version, as the header said (the envelope's sdkVersion is `sdk_version`). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  sdkHeaderVersion: string | null;

  /** X-Open-Wearables-SDK-Platform (ios, android, …). */
  @Column({ type: 'varchar', length: 32, nullable: true })
  sdkPlatform: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  userAgent: string | null;

  @Column({ type: 'integer' })
  itemCount: number;

  @Column({ type: 'integer' })
  inserted: number;

  @Column({ type: 'integer' })
  updated: number;

  @Column({ type: 'integer' })
  duplicate: number;

  @Column({ type: 'integer' })
  rejected: number;

  /** Per-collection counts as normalization reported them. */
  @Column({ type: 'jsonb' })
  counts: Record<string, unknown>;

  /** The first 100 rejections (collection, index, reason, type). */
  @Column({ type: 'jsonb' })
  rejections: unknown[];

  /** Milliseconds spent reading, parsing and normalizing. */
  @Column({ type: 'jsonb' })
  timings: Record<string, number>;

  @Column({ type: 'timestamptz' })
  receivedAt: Date;

  @Column({ type: 'timestamptz' })
  completedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  renormalizedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  renormalizeCount: number;
}
