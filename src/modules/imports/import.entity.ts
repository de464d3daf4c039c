import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { User } from '../users/user.entity.js';

export const IMPORT_STATUSES = [
  'uploading',
  'queued',
  'parsing',
  'completed',
  'failed',
  'cancelled',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
/** Phases an import can still leave; the others are final. */
export const ACTIVE_IMPORT_STATUSES: readonly ImportStatus[] = ['uploading', 'queued', 'parsing'];

export const IMPORT_KINDS = ['apple_health'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Per export type: elements read, rows written (new or changed), already held, refused. */
export interface ImportTypeCounts {
  seen: number;
  stored: number;
  duplicate: number;
  rejected: number;
}

export interface ImportRejection {
  type: string;
  reason: string;
  /** Line of export.xml the element starts on; null when normalization refused it. */
  line: number | null;
}

/**
 * One uploaded history file and its progress. The file itself waits under IMPORT_DIR until the import ends; the row
 * holds counts and reasons, never health values. `leaseUntil` marks the worker that parses it as alive: an import
 * whose lease ran out (its process died) is claimed again and resumes after its last committed chunk.
 */
@Entity('imports')
@Index('uq_imports_user_id_sha256', ['userId', 'sha256'], {
  unique: true,
  where: `"sha256" IS NOT NULL AND "status" NOT IN ('failed', 'cancelled')`,
})
@Index(['userId', 'createdAt'])
@Index('ix_imports_unfinished', ['leaseUntil'], { where: `"status" IN ('queued', 'parsing')` })
export class Import {
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
  kind: ImportKind;

  @Column({ type: 'varchar', length: 16 })
  status: ImportStatus;

  @Column({ type: 'varchar', length: 255, nullable: true })
  fileName: string | null;

  /** SHA-256 of the decoded upload, known once it has arrived whole. */
  @Column({ type: 'bytea', nullable: true })
  sha256: Buffer | null;

  /** Decoded bytes of the upload (the Content-Length while it is still arriving, when the client sent one). */
  @Column({ type: 'bigint', nullable: true })
  bytesTotal: string | null;

  /** Bytes of the file parsed so far (or received so far while uploading). */
  @Column({ type: 'bigint', default: 0 })
  bytesRead: string;

  @Column({ type: 'jsonb', default: {} })
  counts: Record<string, ImportTypeCounts>;

  /** The first rejections, with their reasons. */
  @Column({ type: 'jsonb', default: [] })
  rejections: ImportRejection[];

  @Column({ type: 'integer', default: 0 })
  rejectionCount: number;

  /** Chunks committed: a resumed import skips this many. */
  @Column({ type: 'integer', default: 0 })
  chunksDone: number;

  /** Times a worker claimed it; a file that keeps killing its worker fails instead of looping. */
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'uuid', nullable: true })
  leaseToken: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  error: string | null;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
