import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { WebhookDelivery } from './webhook-delivery.entity.js';

/** One HTTP request of a delivery: what the receiver answered (status, start of the body), how long it took. */
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

  /** Why an attempt without a response failed, in our words (the receiver's own words are in responseExcerpt). */
  @Column({ type: 'varchar', length: 255, nullable: true })
  error: string | null;

  /** The start of the response body (at most RESPONSE_READ_LIMIT_BYTES, made storable); null without a response. */
  @Column({ type: 'text', nullable: true })
  responseExcerpt: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  responseContentType: string | null;
}
