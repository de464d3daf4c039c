import { Controller, Get, Headers, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiExtraModels, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { API_KEY_SHORT_SCHEME, Public } from '../../common/auth/auth.decorator.js';
import { ApiProblems } from '../../common/http/api-problems.decorator.js';
import {
  TutorialSummaryDto,
  TutorialSummaryEntryDto,
  TutorialSummaryQueryDto,
  TutorialSyncRequestDto,
  TutorialSyncResultDto,
} from './dto/tutorial.dto.js';
import { TutorialService } from './tutorial.service.js';
import { ReadsOwnBody } from '../../common/http/request-body.js';

/** Authenticated by the service (X-API-Key, with the tutorial's own 401 message), hence @Public for the guard. */
@ApiTags('tutorial')
@ApiExtraModels(TutorialSummaryEntryDto)
@ApiSecurity(API_KEY_SHORT_SCHEME)
@Public()
@Controller('health')
export class TutorialController {
  constructor(private readonly tutorial: TutorialService) {}

  @Post('sync')
  @ReadsOwnBody()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Push HealthKit readings (classic tutorial contract)',
    description:
      '`userId` is your external_user_id; `dataType` a HealthKit short name. Invalid readings are skipped.',
  })
  @ApiBody({ type: TutorialSyncRequestDto })
  @ApiOkResponse({ type: TutorialSyncResultDto })
  @ApiProblems(400, 401, 413, 503)
  async sync(
    @Headers('x-api-key') apiKey: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Req() request: FastifyRequest,
  ): Promise<TutorialSyncResultDto> {
    const { batch } = await this.tutorial.sync(
      apiKey ?? (request.headers['x-open-wearables-api-key'] as string | undefined),
      { stream: request.raw, headers: request.headers },
      { idempotencyKey, requestId: request.id },
    );
    return TutorialSyncResultDto.from(batch);
  }

  @Get('summary/:userId')
  @ApiOperation({ summary: 'Latest stored readings of a user by data type (classic tutorial contract)' })
  @ApiOkResponse({ type: TutorialSummaryDto })
  @ApiProblems(400, 401)
  async summary(
    @Headers('x-api-key') apiKey: string | undefined,
    @Param('userId') userId: string,
    @Query() query: TutorialSummaryQueryDto,
  ): Promise<TutorialSummaryDto> {
    return this.tutorial.summary(apiKey, userId, query.limit);
  }
}
