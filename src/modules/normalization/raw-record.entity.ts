import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { User } from '../users/user.entity.js';

/**
 * A record whose type no mapping knows, kept as sent (value and unit unconverted) so it can be queried or
 * renormalized once a mapping exists. Keyed like samples, with the vendor type in place of the metric.
 */
@Entity('raw_records')
@Index(['userId', 'recordId'])
export class RawRecord {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @PrimaryColumn({ type: 'varchar', length: 128 })
  vendorType: string;

  @PrimaryColumn({ type: 'timestamptz' })
  startAt: Date;

  @PrimaryColumn({ type: 'uuid' })
  dataSourceId: string;

  @PrimaryColumn({ type: 'timestamptz' })
  endAt: Date;

  @Column({ type: 'double precision', nullable: true })
  value: number | null;

  /** The unit string exactly as sent. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  unit: string | null;

  @Column({ type: 'varchar', length: 9, nullable: true })
  zoneOffset: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true, collation: 'C' })
  recordId: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  parentId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  metadata: Record<string, string> | null;

  @Column({ type: 'uuid' })
  batchId: string;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
