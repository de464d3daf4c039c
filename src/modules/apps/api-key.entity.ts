import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { Operator } from '../auth/operator.entity.js';
import type { Application } from './application.entity.js';

/** A long-lived key that acts as its application (header X-Open-Wearables-API-Key). */
@Entity('api_keys')
@Unique(['keyHash'])
@Index(['applicationId'])
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  applicationId: string;

  @ManyToOne('Application', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Relation<Application>;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** First characters of the key, enough to recognise it in a list. */
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @Column({ type: 'bytea', select: false })
  keyHash: Buffer;

  @Column({ type: 'uuid', nullable: true })
  createdByOperatorId: string | null;

  @ManyToOne('Operator', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_operator_id' })
  createdBy?: Relation<Operator>;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
