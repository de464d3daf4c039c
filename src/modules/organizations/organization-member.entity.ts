import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import type { OrganizationRole } from '../../common/auth/organization-roles.js';
import type { Operator } from '../auth/operator.entity.js';
import type { Organization } from './organization.entity.js';

/** An operator's membership of an organization, with their role there. */
@Entity('organization_members')
@Index(['operatorId'])
@Check('ck_organization_members_role', `role IN ('owner', 'admin', 'developer', 'viewer')`)
export class OrganizationMember {
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @PrimaryColumn({ type: 'uuid' })
  operatorId: string;

  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<Organization>;

  @ManyToOne('Operator', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'operator_id' })
  operator?: Relation<Operator>;

  @Column({ type: 'varchar', length: 16 })
  role: OrganizationRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
