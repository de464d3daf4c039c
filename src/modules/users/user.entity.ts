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
import type { Application } from '../apps/application.entity.js';

/** An end user of an integrator's application; owns all health data. */
@Entity('users')
@Unique(['applicationId', 'externalUserId'])
@Unique(['applicationId', 'email'])
@Index(['applicationId', 'createdAt'])
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  applicationId: string;

  @ManyToOne('Application', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Relation<Application>;

  @Column({ type: 'varchar', length: 100, nullable: true })
  firstName: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  lastName: string | null;

  /** Lower-cased on write. */
  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  /** The integrator's own id for this user; unique within the application. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  externalUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSyncedAt: Date | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  lastSyncedProvider: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
