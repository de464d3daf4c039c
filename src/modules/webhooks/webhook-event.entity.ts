import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { Application } from '../apps/application.entity.js';

/**
 * The transactional outbox: one row per event, written in the transaction of the change that caused it. Fan-out to
 * the endpoints happens after commit, on the job queue; a rolled-back change leaves no row and so no event.
 */
@Entity('webhook_events')
@Index(['applicationId', 'occurredAt'])
// At most one summary.updated per user still collecting changes (fanned_out_at IS NULL).
@Index('uq_webhook_events_collecting', ['applicationId', 'coalesceKey'], {
  unique: true,
  where: 'coalesce_key IS NOT NULL AND fanned_out_at IS NULL',
})
export class WebhookEvent {
  /** Also the `webhook-id` of every delivery of this event (the same on each retry, as receivers dedupe on it). */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  applicationId: string;

  @ManyToOne('Application', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Relation<Application>;

  @Column({ type: 'varchar', length: 64 })
  type: string;

  /** The event's `data` (thin: ids, counts, dates; never health values). */
  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  /** Set for events that merge while they wait (summary.updated: the user id). */
  @Column({ type: 'varchar', length: 128, nullable: true })
  coalesceKey: string | null;

  /** When deliveries were created for the endpoints; null while waiting (or collecting). */
  @Column({ type: 'timestamptz', nullable: true })
  fannedOutAt: Date | null;
}
