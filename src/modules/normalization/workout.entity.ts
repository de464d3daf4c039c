import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { User } from '../users/user.entity.js';
import type { DataSourceEntity } from './data-source.entity.js';

/**
 * One workout session. Natural key (user, start, data source, end), ordered so it also serves "a user's workouts in
 * a time range"; the surrogate id is what the read API and webhooks hand out.
 */
@Entity('workouts')
@Unique(['userId', 'startAt', 'dataSourceId', 'endAt'])
@Index(['userId', 'recordId'])
export class Workout {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'uuid' })
  dataSourceId: string;

  @ManyToOne('DataSourceEntity', { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'user_id', referencedColumnName: 'userId' },
    { name: 'data_source_id', referencedColumnName: 'id' },
  ])
  dataSource?: Relation<DataSourceEntity>;

  @Column({ type: 'timestamptz' })
  startAt: Date;

  @Column({ type: 'timestamptz' })
  endAt: Date;

  @Column({ type: 'varchar', length: 9, nullable: true })
  zoneOffset: string | null;

  /** Unified activity vocabulary (running, cycling, …). */
  @Column({ type: 'varchar', length: 64 })
  activityType: string;

  /** The activity type exactly as the platform sent it. */
  @Column({ type: 'varchar', length: 128 })
  vendorType: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  title: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** Catalogue workout-statistic code → value in that statistic's canonical unit. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  statistics: Record<string, number>;

  /** Statistics no mapping knows, as sent: `[{type, value, unit}]`. */
  @Column({ type: 'jsonb', nullable: true })
  otherValues: Array<{ type: string; value: number; unit: string | null }> | null;

  @Column({ type: 'jsonb', nullable: true })
  route: unknown[] | null;

  @Column({ type: 'jsonb', nullable: true })
  laps: unknown[] | null;

  @Column({ type: 'jsonb', nullable: true })
  segments: unknown[] | null;

  @Column({ type: 'jsonb', nullable: true })
  samples: unknown[] | null;

  @Column({ type: 'jsonb', nullable: true })
  metadata: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 255, nullable: true, collation: 'C' })
  recordId: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  parentId: string | null;

  @Column({ type: 'uuid' })
  batchId: string;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
