import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { WebhookDelivery } from './webhook-delivery.entity.js';

/** One HTTP request of a delivery: what the receiver answered, how long it took. */
@Entity('webhook_attempts')
@Index(['deliveryId', 'attemptedAt'])
export class WebhookAttempt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  deliveryId: string;

  @ManyToOne('WebhookDelivery', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id' })
  delivery?: Relation<WebhookDelivery>;

  @Column({ type: 'timestamptz' })
  attemptedAt: Date;

  /** HTTP status; null when no response came (refused, timed out, blocked address). */
  @Column({ type: 'int', nullable: true })
  statusCode: number | null;

  @Column({ type: 'int' })
  latencyMs: number;

  /** Why an attempt without a response failed (never the response body, which may hold anything). */
  @Column({ type: 'varchar', length: 255, nullable: true })
  error: string | null;
}
