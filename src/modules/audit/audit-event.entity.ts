import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditActorType = 'operator' | 'app' | 'sdk' | 'system' | 'anonymous';

/** Append-only record of credential and data-lifecycle events; never holds secrets or health values. */
@Entity('audit_events')
@Index(['applicationId', 'id'])
@Index(['organizationId', 'id'])
@Index(['occurredAt'])
export class AuditEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ type: 'varchar', length: 16 })
  actorType: AuditActorType;

  @Column({ type: 'varchar', length: 64, nullable: true })
  actorId: string | null;

  /** No foreign key: the trail must outlive the application and user it mentions. */
  @Column({ type: 'uuid', nullable: true })
  applicationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  /** Organization events (members, invitations, ownership); no foreign key either. */
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  subjectId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  clientIp: string | null;

  @Column({ type: 'jsonb', default: {} })
  details: Record<string, unknown>;
}
