import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OrganizationRole } from '../../common/auth/organization-roles.js';

/** A company: owns applications; operators are its members, each with a role. */
@Entity('organizations')
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** SSO-only: members sign in through the identity provider, never with a password. */
  @Column({ type: 'boolean', default: false })
  passwordLoginDisabled: boolean;

  /** Email domains whose single sign-on users join this organization on their first login (lower case). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  ssoDomains: string[];

  /** The role such a user gets. */
  @Column({ type: 'varchar', length: 16, default: 'viewer' })
  ssoDefaultRole: OrganizationRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
