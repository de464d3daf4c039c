import { Injectable } from '@nestjs/common';
import type { OperatorPrincipal } from '../../common/auth/principal.js';
import { AuditEventsRepository } from '../audit/audit-events.repository.js';
import type { AuditEventPageDto, ListAuditEventsQueryDto } from '../audit/dto/audit-event.dto.js';
import { ApplicationsService } from './applications.service.js';

/**
 * The audit log as an operator reads it: the events of the applications they may see (or of one of them), newest
 * first, cursor-paged. It lives beside the applications because that is where the tenancy check is.
 */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly events: AuditEventsRepository,
  ) {}

  async list(operator: OperatorPrincipal, query: ListAuditEventsQueryDto): Promise<AuditEventPageDto> {
    const applicationIds = query.app_id
      ? [(await this.applications.getAccessible(operator, query.app_id)).id]
      : await this.applications.accessibleApplicationIds(operator);
    const rows = await this.events.list({
      applicationIds,
      actorId: query.app_id ? undefined : operator.operatorId,
      action: query.action,
      since: query.since,
      until: query.until,
      beforeId: query.cursor,
      limit: query.limit + 1,
    });
    const hasMore = rows.length > query.limit;
    const data = rows.slice(0, query.limit);
    return {
      data,
      pagination: { next_cursor: hasMore ? data[data.length - 1].id : null, has_more: hasMore },
    };
  }
}
