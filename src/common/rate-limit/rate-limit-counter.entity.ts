import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Per-minute request counters shared by every API process on the same database. The table is UNLOGGED (see its
 * migration): counters are worthless after a crash and need no WAL.
 */
@Entity('rate_limit_counters')
export class RateLimitCounter {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key: string;

  @PrimaryColumn({ type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'integer' })
  count: number;
}
