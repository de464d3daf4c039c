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
import type { Organization } from '../organizations/organization.entity.js';

/** An integrating company's registered application: the tenant every user and API key belongs to. */
@Entity('applications')
@Unique(['appId'])
@Index(['organizationId', 'createdAt'])
export class Application {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Public identifier, `app_` + 32 hex. */
  @Column({ type: 'varchar', length: 64 })
  appId: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** The organization that owns the application; its members act on it according to their role. */
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne('Organization', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;

  /** SHA-256 of the current secret. */
  @Column({ type: 'bytea', select: false })
  secretHash: Buffer;

  /** The secret replaced by the last rotation, accepted until `previousSecretExpiresAt`. */
  @Column({ type: 'bytea', nullable: true, select: false })
  previousSecretHash: Buffer | null;

  @Column({ type: 'timestamptz', nullable: true })
  previousSecretExpiresAt: Date | null;

  /** Access tokens issued before this instant are rejected (POST …/revoke-sessions). */
  @Column({ type: 'timestamptz', nullable: true })
  sessionsRevokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
