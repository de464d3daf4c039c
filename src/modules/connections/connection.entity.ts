import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import type { User } from '../users/user.entity.js';

export type ConnectionStatus = 'active' | 'revoked';

/**
 * One user's on-device provider (apple, google = Health Connect, samsung): created by the first sync, revoked when the
 * app signs the user out (`DELETE /users/{id}/connections/{provider}`), active again with the next sync.
 */
@Entity('user_connections')
export class UserConnection {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  /** Canonical provider slug. */
  @PrimaryColumn({ type: 'varchar', length: 16 })
  provider: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'varchar', length: 16 })
  status: ConnectionStatus;

  @Column({ type: 'varchar', length: 32, nullable: true })
  revokedReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  firstSyncAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSyncAt: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  sdkVersion: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  sdkPlatform: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  userAgent: string | null;

  /** Refresh-token families (SDK sessions) seen syncing this provider, newest last; sign-out ends them. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  sessionFamilyIds: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
