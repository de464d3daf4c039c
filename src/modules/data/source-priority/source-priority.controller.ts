import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal } from '../../../common/auth/auth.decorator.js';
import type { Principal } from '../../../common/auth/principal.js';
import { ApiProblems } from '../../../common/http/api-problems.decorator.js';
import { API_V1 } from '../../../common/http/routes.js';
import { PutSourcePriorityDto, SourcePriorityDto } from './source-priority.dto.js';
import { SourcePriorityService } from './source-priority.service.js';

@ApiTags('summaries')
@Auth('operator', 'app')
@Controller(`${API_V1}/applications/:app_id/source-priority`)
export class SourcePriorityController {
  constructor(private readonly priorities: SourcePriorityService) {}

  @Get()
  @ApiOperation({ summary: "The source priority daily summaries apply to this application's users" })
  @ApiProblems(404)
  get(@CurrentPrincipal() principal: Principal, @Param('app_id') appId: string): Promise<SourcePriorityDto> {
    return this.priorities.get(principal, appId);
  }

  @Put()
  @ApiOperation({
    summary: 'Override the source priority of daily summaries',
    description: 'Lists are best first; values left out keep their default order after the listed ones.',
  })
  @ApiProblems(400, 404)
  put(
    @CurrentPrincipal() principal: Principal,
    @Param('app_id') appId: string,
    @Body() dto: PutSourcePriorityDto,
  ): Promise<SourcePriorityDto> {
    return this.priorities.put(principal, appId, dto);
  }
}
