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
import type { RefreshTokenFamily } from './refresh-token-family.entity.js';

/** One opaque refresh token (`rt-…`), stored only as its SHA-256. */
@Entity('refresh_tokens')
@Unique(['tokenHash'])
@Index(['familyId'])
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @ManyToOne('RefreshTokenFamily', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'family_id' })
  family?: Relation<RefreshTokenFamily>;

  @Column({ type: 'bytea' })
  tokenHash: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Idle expiry: a token unused this long is dead even inside its family's lifetime. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  rotatedAt: Date | null;

  /**
   * Random seed from which the successor pair is derived, so presenting this token again within the grace window
   * returns the very same successor instead of forking or failing. Useless without this token's plaintext.
   */
  @Column({ type: 'bytea', nullable: true })
  successorSeed: Buffer | null;

  @Column({ type: 'uuid', nullable: true })
  successorJti: string | null;

  @Column({ type: 'integer', nullable: true })
  successorIssuedAt: number | null;
}
