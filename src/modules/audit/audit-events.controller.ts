import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal } from '../../common/auth/auth.decorator.js';
import type { OperatorPrincipal } from '../../common/auth/principal.js';
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
    summary: "Credential and data-lifecycle events of the operator's applications, newest first",
  })
  @ApiProblems(400, 404)
  async list(
    @CurrentPrincipal() operator: OperatorPrincipal,
    @Query() query: ListAuditEventsQueryDto,
  ): Promise<AuditEventPageDto> {
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
