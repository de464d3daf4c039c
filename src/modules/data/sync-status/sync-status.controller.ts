import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal } from '../../../common/auth/auth.decorator.js';
import type { Principal } from '../../../common/auth/principal.js';
import { ApiProblems } from '../../../common/http/api-problems.decorator.js';
import { API_V1 } from '../../../common/http/routes.js';
import { uuidPipe } from '../../../common/http/uuid.js';
import {
  BatchesQueryDto,
  BatchPageDto,
  DataSourceListDto,
  SyncSessionListDto,
  SyncSessionsQueryDto,
  SyncStatusDto,
} from './sync-status.dto.js';
import { SyncStatusService } from './sync-status.service.js';

@ApiTags('data')
@Auth('operator', 'app')
@Controller(`${API_V1}/users/:user_id`)
export class SyncStatusController {
  constructor(private readonly status: SyncStatusService) {}

  @Get('data-sources')
  @ApiOperation({
    summary: "The user's data sources with their rank under the application's source priority",
  })
  @ApiProblems(400, 404)
  dataSources(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
  ): Promise<DataSourceListDto> {
    return this.status.dataSources(principal, userId);
  }

  @Get('sync/status')
  @ApiOperation({
    summary: 'Sync health: last batch per provider, lag per metric, recent SDK telemetry, the latest session',
  })
  @ApiProblems(400, 404)
  syncStatus(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
  ): Promise<SyncStatusDto> {
    return this.status.syncStatus(principal, userId);
  }

  @Get('sync/sessions')
  @ApiOperation({
    summary: 'Sync sessions (syncSessionId): batches, items, rejections, errors and whether each finished',
  })
  @ApiProblems(400, 404)
  sessions(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
    @Query() query: SyncSessionsQueryDto,
  ): Promise<SyncSessionListDto> {
    return this.status.sessions(principal, userId, query);
  }

  @Get('sync/batches')
  @ApiOperation({ summary: 'Journaled sync batches of the user, newest first' })
  @ApiProblems(400, 404)
  batches(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
    @Query() query: BatchesQueryDto,
  ): Promise<BatchPageDto> {
    return this.status.batches(principal, userId, query);
  }
}
