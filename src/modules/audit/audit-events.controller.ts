import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal } from '../../common/auth/auth.decorator.js';
import type { OperatorPrincipal } from '../../common/auth/principal.js';
import { assertOperatorMayAct } from '../../common/auth/organization-roles.js';
import { badRequest } from '../../common/errors/app-error.js';
import { ApiProblems } from '../../common/http/api-problems.decorator.js';
import { API_V1 } from '../../common/http/routes.js';
import { ApplicationsService } from '../apps/applications.service.js';
import { AuditEventsRepository } from './audit-events.repository.js';
import { AuditEventPageDto, ListAuditEventsQueryDto } from './dto/audit-event.dto.js';

@ApiTags('audit')
@Auth('operator')
@Controller(`${API_V1}/audit-events`)
export class AuditEventsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly events: AuditEventsRepository,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      "Credential and data-lifecycle events of the operator's applications, or of one organization (admin), newest first",
  })
  @ApiProblems(400, 404)
  async list(
    @CurrentPrincipal() operator: OperatorPrincipal,
    @Query() query: ListAuditEventsQueryDto,
  ): Promise<AuditEventPageDto> {
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
