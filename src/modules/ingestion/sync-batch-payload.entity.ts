import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { User } from '../users/user.entity.js';
import type { SyncBatch } from './sync-batch.entity.js';

/**
 * The raw body of a journaled batch, gzip-compressed, kept INGEST_RAW_BODY_RETENTION_DAYS so batches can be replayed
 * through fixed mappings (`npm run cli -- renormalize`). Separate from the journal so expiring it is a plain DELETE.
 */
@Entity('sync_batch_payloads')
export class SyncBatchPayload {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'uuid' })
  batchId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @ManyToOne('SyncBatch', { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'user_id', referencedColumnName: 'userId' },
    { name: 'batch_id', referencedColumnName: 'id' },
  ])
  batch?: Relation<SyncBatch>;

  @Column({ type: 'timestamptz' })
  receivedAt: Date;

  /** Always `gzip` today; named so another codec can follow without a migration. */
  @Column({ type: 'varchar', length: 16 })
  encoding: string;

  @Column({ type: 'bytea' })
  body: Buffer;
}
