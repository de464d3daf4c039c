import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** A developer of the integrating company; logs in with email and password, or through single sign-on. */
@Entity('operators')
@Unique(['email'])
export class Operator {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased so lookups and the unique constraint ignore case. */
  @Column({ type: 'varchar', length: 320 })
  email: string;

  /** Argon2id (PHC string); null for an operator who only signs in through single sign-on. */
  @Column({ type: 'text', select: false, nullable: true })
  passwordHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
