import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import type { OrganizationRole } from '../../common/auth/organization-roles.js';
import type { Operator } from '../auth/operator.entity.js';
import type { Organization } from './organization.entity.js';

/** An invitation by email address to join an organization; its token is shown once and stored as SHA-256. */
@Entity('organization_invitations')
@Unique(['tokenHash'])
@Index(['organizationId', 'createdAt'])
@Check('ck_organization_invitations_role', `role IN ('owner', 'admin', 'developer', 'viewer')`)
export class OrganizationInvitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;

  /** Lower-cased; only the operator with this email can accept. */
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 16 })
  role: OrganizationRole;

  @Column({ type: 'bytea', select: false })
  tokenHash: Buffer;

  @Column({ type: 'uuid', nullable: true })
  invitedByOperatorId: string | null;

  @ManyToOne('Operator', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_operator_id' })
  invitedBy?: Relation<Operator>;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedByOperatorId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
