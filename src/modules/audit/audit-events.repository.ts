import { Injectable } from '@nestjs/common';
import { Transactions } from '../../database/transactions.js';
import type { AuditEventDto } from './dto/audit-event.dto.js';

export interface AuditEventFilter {
  applicationIds: string[];
  /** Instead of applications: the events of this organization. */
  organizationId?: string;
  /** Also the events this operator caused (e.g. deleting an application that no longer exists). */
  actorId?: string;
  action?: string;
  since?: Date;
  until?: Date;
  beforeId?: string;
  limit: number;
}

@Injectable()
export class AuditEventsRepository {
  constructor(private readonly db: Transactions) {}

  /** Newest first, keyset-paginated on the identity column. */
  list(filter: AuditEventFilter): Promise<AuditEventDto[]> {
    return this.db.manager.query(
      `SELECT id::text, occurred_at, action, actor_type, actor_id, application_id, user_id, organization_id,
              subject_id, details
         FROM audit_events
        WHERE (CASE WHEN $8::uuid IS NOT NULL THEN organization_id = $8
                    ELSE application_id = ANY($1::uuid[]) OR ($2::text IS NOT NULL AND actor_id = $2) END)
          AND ($3::text IS NULL OR action = $3)
          AND ($4::timestamptz IS NULL OR occurred_at >= $4)
          AND ($5::timestamptz IS NULL OR occurred_at < $5)
          AND ($6::bigint IS NULL OR id < $6)
        -- The table's bigint, not the text output column of the same name (which sorts 10 before 9).
        ORDER BY audit_events.id DESC
        LIMIT $7`,
      [
        filter.applicationIds,
        filter.actorId ?? null,
        filter.action ?? null,
        filter.since ?? null,
        filter.until ?? null,
        filter.beforeId ?? null,
        filter.limit,
        filter.organizationId ?? null,
      ],
    );
  }
}
