import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { User } from '../users/user.entity.js';
import type { DataSourceEntity } from './data-source.entity.js';

/**
 * One sleep stage interval as the platform recorded it. Natural key (user, start, data source, end, stage): the
 * stage is part of it because one source may record in_bed and asleep over the very same interval. Start comes
 * second so the key also serves "a user's stages in a time window", which session assembly reads.
 */
@Entity('sleep_stages')
@Index(['userId', 'recordId'])
export class SleepStage {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @PrimaryColumn({ type: 'timestamptz' })
  startAt: Date;

  @PrimaryColumn({ type: 'uuid' })
  dataSourceId: string;

  @ManyToOne('DataSourceEntity', { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'user_id', referencedColumnName: 'userId' },
    { name: 'data_source_id', referencedColumnName: 'id' },
  ])
  dataSource?: Relation<DataSourceEntity>;

  @PrimaryColumn({ type: 'timestamptz' })
  endAt: Date;

  /** in_bed | asleep | awake | light | deep | rem | unknown (iOS `core` arrives as light). */
  @PrimaryColumn({ type: 'varchar', length: 16 })
  stage: string;

  @Column({ type: 'varchar', length: 9, nullable: true })
  zoneOffset: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true, collation: 'C' })
  recordId: string | null;

  /** Android: the platform's sleep-session id, which groups the stages into one session. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  parentId: string | null;

  @Column({ type: 'varchar', length: 64 })
  vendorType: string;

  /** Extra per-stage values (Samsung sleepScore), as `[{type, value, unit}]`. */
  @Column({ type: 'jsonb', nullable: true })
  values: Array<{ type: string; value: number; unit: string | null }> | null;

  @Column({ type: 'uuid' })
  batchId: string;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
