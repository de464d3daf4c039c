import {
  Column,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import type { Application } from '../../apps/application.entity.js';

/**
 * An application's override of the default source priority used by daily summaries. Per application, not per user:
 * the integrator decides once which devices its users' numbers come from. Lists are in priority order; values not
 * listed keep their default order after the listed ones.
 */
@Entity('source_priorities')
export class SourcePriority {
  @PrimaryColumn({ type: 'uuid' })
  applicationId: string;

  @OneToOne('Application', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Relation<Application>;

  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  deviceTypes: string[];

  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  providers: string[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
