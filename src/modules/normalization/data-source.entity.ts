import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import type { User } from '../users/user.entity.js';

/**
 * One distinct origin of a user's data (provider, writer app, device, recording method, software version).
 * The primary key starts with user_id so the table can be distributed by user (Citus) and co-located with the
 * rows that reference it.
 */
@Entity('data_sources')
@Unique(['userId', 'sourceKey'])
export class DataSourceEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'varchar', length: 16 })
  provider: string;

  /** The parser's stable hash of every identifying field below (provider included). */
  @Column({ type: 'varchar', length: 128 })
  sourceKey: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  appId: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  appName: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  deviceName: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  deviceModel: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  deviceManufacturer: string | null;

  @Column({ type: 'varchar', length: 32 })
  deviceType: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  recordingMethod: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  softwareVersion: string | null;

  /** The SDK that last delivered data for this source, as its headers said (X-Open-Wearables-SDK-*, User-Agent). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  lastSdkVersion: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  lastSdkPlatform: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  lastUserAgent: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastBatchAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
