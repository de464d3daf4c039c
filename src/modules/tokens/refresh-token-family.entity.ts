import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { Operator } from '../auth/operator.entity.js';
import type { Application } from '../apps/application.entity.js';
import type { User } from '../users/user.entity.js';

export type FamilyKind = 'sdk' | 'operator';
export type FamilyOrigin = 'mint' | 'login' | 'invitation' | 'sso';

/** One login or pairing: every refresh token rotated from it, revoked together. */
@Entity('refresh_token_families')
@Index(['userId', 'createdAt'])
@Index(['applicationId'])
@Index(['operatorId'])
export class RefreshTokenFamily {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  kind: FamilyKind;

  @Column({ type: 'varchar', length: 16 })
  origin: FamilyOrigin;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'uuid', nullable: true })
  applicationId: string | null;

  @ManyToOne('Application', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Relation<Application>;

  @Column({ type: 'uuid', nullable: true })
  operatorId: string | null;

  @ManyToOne('Operator', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'operator_id' })
  operator?: Relation<Operator>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Absolute expiry: no rotation extends the family past it. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  revokedReason: string | null;
}
