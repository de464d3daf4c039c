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
} from 'typeorm';
import type { User } from '../users/user.entity.js';

/** A short single-use code that pairs a phone with a user (stored only as its SHA-256). */
@Entity('invitation_codes')
@Unique(['codeHash'])
@Index(['userId', 'createdAt'])
export class InvitationCode {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'bytea' })
  codeHash: Buffer;

  @Column({ type: 'varchar', length: 16 })
  createdByKind: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  redeemedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
