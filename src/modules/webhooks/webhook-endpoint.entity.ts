import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import type { Application } from '../apps/application.entity.js';

/** A receiver URL of one application, with the secret its deliveries are signed with. */
@Entity('webhook_endpoints')
@Index(['applicationId'])
export class WebhookEndpoint {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  applicationId: string;

  @ManyToOne('Application', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Relation<Application>;

  @Column({ type: 'varchar', length: 2048 })
  url: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  description: string | null;

  /** Null: every event type. */
  @Column({ type: 'text', array: true, nullable: true })
  eventTypes: string[] | null;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  /** Why the endpoint stopped receiving: null while enabled or when an operator switched it off. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  disabledReason: string | null;

  /** The signing secret, AES-256-GCM encrypted with the server key (it must be readable to sign). */
  @Column({ type: 'bytea', select: false })
  secretCiphertext: Buffer;

  /** The secret before the last rotation, still signing beside the new one until `previousSecretExpiresAt`. */
  @Column({ type: 'bytea', nullable: true, select: false })
  previousSecretCiphertext: Buffer | null;

  @Column({ type: 'timestamptz', nullable: true })
  previousSecretExpiresAt: Date | null;

  /** First failed attempt since the last success; an endpoint failing long enough is disabled. */
  @Column({ type: 'timestamptz', nullable: true })
  failingSince: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
