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
 * A sleep session assembled from one data source's stages (see sleep-assembly.ts). Derived data: recomputed, in
 * the same transaction, whenever a batch touches stages near it. `sessionKey` is deterministic (the Android
 * session id, or the start instant) so an unchanged session keeps its row and id across recomputations.
 */
@Entity('sleep_sessions')
@Unique(['userId', 'dataSourceId', 'sessionKey'])
@Index(['userId', 'startAt'])
export class SleepSession {
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

  @Column({ type: 'varchar', length: 300 })
  sessionKey: string;

  /** The Android sleep-session id the stages carried, when they did. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  parentId: string | null;

  @Column({ type: 'timestamptz' })
  startAt: Date;

  @Column({ type: 'timestamptz' })
  endAt: Date;

  /** Offset of the session's last stage: the wake-up's local time decides the local day. */
  @Column({ type: 'varchar', length: 9, nullable: true })
  zoneOffset: string | null;

  /** The local calendar day the session ends on (the night it belongs to). */
  @Column({ type: 'date' })
  localDate: string;

  @Column({ type: 'integer' })
  durationSeconds: number;

  /** Union of every interval of the session, plus the in-bed intervals of sessions merged into it. */
  @Column({ type: 'integer' })
  timeInBedSeconds: number;

  /** light + deep + rem + asleep. */
  @Column({ type: 'integer' })
  totalSleepSeconds: number;

  @Column({ type: 'integer' })
  awakeSeconds: number;

  @Column({ type: 'integer' })
  lightSeconds: number;

  @Column({ type: 'integer' })
  deepSeconds: number;

  @Column({ type: 'integer' })
  remSeconds: number;

  /** Sleep of unspecified stage. */
  @Column({ type: 'integer' })
  asleepSeconds: number;

  /** In bed and not covered by any other stage. */
  @Column({ type: 'integer' })
  inBedSeconds: number;

  @Column({ type: 'integer' })
  unknownSeconds: number;

  /** totalSleep / timeInBed × 100; null when the session holds no sleep stage. */
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true })
  efficiency: string | null;

  @Column({ type: 'integer' })
  stageCount: number;

  @Column({ type: 'boolean', default: false })
  isNap: boolean;

  /**
   * False when this in-bed-only session (an iPhone's) overlaps a session with real sleep stages from another
   * source (the Watch's) and was merged into it: counting both would count the night twice.
   */
  @Column({ type: 'boolean', default: true })
  isPrimary: boolean;

  @Column({ type: 'uuid' })
  batchId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
