import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal } from '../../common/auth/auth.decorator.js';
import type { OperatorPrincipal } from '../../common/auth/principal.js';
import { ApiProblems } from '../../common/http/api-problems.decorator.js';
import { API_V1 } from '../../common/http/routes.js';
import { AuditEventPageDto, ListAuditEventsQueryDto } from '../audit/dto/audit-event.dto.js';
import { AuditLogService } from './audit-log.service.js';

@ApiTags('audit')
@Auth('operator')
@Controller(`${API_V1}/audit-events`)
export class AuditEventsController {
  constructor(private readonly auditLog: AuditLogService) {}

  @Get()
  @ApiOperation({
    summary:
      "Credential and data-lifecycle events of the operator's applications, or of one organization (admin), newest first",
  })
  @ApiProblems(400, 404)
  list(
    @CurrentPrincipal() operator: OperatorPrincipal,
    @Query() query: ListAuditEventsQueryDto,
  ): Promise<AuditEventPageDto> {
    return this.auditLog.list(operator, query);
  }
}
