import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { User } from '../users/user.entity.js';

/** One SDK telemetry event (`POST /sdk/users/{id}/logs`), kept as sent for the user's sync status. */
@Entity('sync_log_events')
@Index(['userId', 'receivedAt'])
@Index('ix_sync_log_events_user_id_sync_session_id', ['userId', 'syncSessionId'], {
  where: '"sync_session_id" IS NOT NULL',
})
export class SyncLogEvent {
  @Column({ type: 'uuid', primary: true })
  userId: string;

  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'varchar', length: 32, nullable: true })
  provider: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  sdkVersion: string | null;

  /** The request's (or else the event's own) syncSessionId: links telemetry to the batches of one export run. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  syncSessionId: string | null;

  /** As sent; unknown types are kept. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  eventType: string | null;

  /** The event's own timestamp when it parsed. */
  @Column({ type: 'timestamptz', nullable: true })
  occurredAt: Date | null;

  @Column({ type: 'timestamptz' })
  receivedAt: Date;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;
}
