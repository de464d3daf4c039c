import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal } from '../../../common/auth/auth.decorator.js';
import type { Principal } from '../../../common/auth/principal.js';
import { ApiProblems } from '../../../common/http/api-problems.decorator.js';
import { API_V1 } from '../../../common/http/routes.js';
import { uuidPipe } from '../../../common/http/uuid.js';
import {
  ActivitySummaryPageDto,
  BodySummaryPageDto,
  SleepSummaryPageDto,
  SummariesQueryDto,
} from './summaries.dto.js';
import { ActivitySummaryService } from './activity-summary.service.js';
import { BodySummaryService } from './body-summary.service.js';
import { SleepSummaryService } from './sleep-summary.service.js';

@ApiTags('summaries')
@Auth('operator', 'app')
@Controller(`${API_V1}/users/:user_id/summaries`)
export class SummariesController {
  constructor(
    private readonly activitySummaries: ActivitySummaryService,
    private readonly sleepSummaries: SleepSummaryService,
    private readonly bodySummaries: BodySummaryService,
  ) {}

  @Get('activity')
  @ApiOperation({
    summary: 'Daily activity per local day',
    description:
      'Steps, distance, floors, energy and exercise minutes from overlapping sources are counted once: per ' +
      '15-minute slice only the best-ranked source with data counts. Each figure lists the sources that counted.',
  })
  @ApiProblems(400, 404)
  activity(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
    @Query() query: SummariesQueryDto,
  ): Promise<ActivitySummaryPageDto> {
    return this.activitySummaries.activity(principal, userId, query);
  }

  @Get('sleep')
  @ApiOperation({
    summary: 'Nightly sleep per local day of waking: main sleep, naps, stages and night vitals',
  })
  @ApiProblems(400, 404)
  sleep(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
    @Query() query: SummariesQueryDto,
  ): Promise<SleepSummaryPageDto> {
    return this.sleepSummaries.sleep(principal, userId, query);
  }

  @Get('body')
  @ApiOperation({
    summary: 'Body measurements per local day: latest and averaged, from the best-ranked source',
  })
  @ApiProblems(400, 404)
  body(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
    @Query() query: SummariesQueryDto,
  ): Promise<BodySummaryPageDto> {
    return this.bodySummaries.body(principal, userId, query);
  }
}
