import { Injectable } from '@nestjs/common';
import { assertOperatorMayAct } from '../../common/auth/organization-roles.js';
import type { OperatorPrincipal } from '../../common/auth/principal.js';
import { badRequest } from '../../common/errors/app-error.js';
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
    if (query.organization_id) {
      if (query.app_id) throw badRequest('Give app_id or organization_id, not both.');
      assertOperatorMayAct({ ...operator, acting: 'admin' }, query.organization_id, 'Organization not found');
    }
    const applicationIds = query.app_id
      ? [(await this.applications.getAccessible(operator, query.app_id)).id]
      : query.organization_id
        ? []
        : await this.applications.accessibleApplicationIds(operator);
    const rows = await this.events.list({
      applicationIds,
      organizationId: query.organization_id,
      actorId: query.app_id || query.organization_id ? undefined : operator.operatorId,
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
