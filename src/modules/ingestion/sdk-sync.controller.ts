import { Body, Controller, Get, Headers, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, CurrentPrincipal } from '../../common/auth/auth.decorator.js';
import type { Principal } from '../../common/auth/principal.js';
import { ApiProblems } from '../../common/http/api-problems.decorator.js';
import { API_V1 } from '../../common/http/routes.js';
import { uuidPipe } from '../../common/http/uuid.js';
import { SyncLogsRequestDto, SyncLogsResultDto, SyncRequestDto } from './dto/sync-request.dto.js';
import { SyncResultDto } from './dto/sync-result.dto.js';
import { IngestionService } from './ingestion.service.js';
import { SyncLogsService } from './sync-logs.service.js';

export const REPLAYED_HEADER = 'Idempotent-Replayed';

@ApiTags('sdk')
@Controller(`${API_V1}/sdk/users`)
export class SdkSyncController {
  constructor(
    private readonly ingestion: IngestionService,
    private readonly telemetry: SyncLogsService,
  ) {}

  @Post(':user_id/sync')
  @Auth('sdk', 'app')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Push a batch from a mobile Sync SDK',
    description:
      'Open Wearables envelope. Accepts gzip/deflate/br bodies and chunked transfer up to SYNC_BODY_LIMIT_BYTES ' +
      'decoded. Invalid items are skipped and reported; the rest is committed before the 202. The same ' +
      '`Idempotency-Key`, or the same body for the same user, answers the first result again with ' +
      '`Idempotent-Replayed: true`. Overload and per-user limits answer 503 with Retry-After.',
  })
  @ApiBody({ type: SyncRequestDto })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Replays the first result when repeated.',
  })
  @ApiAcceptedResponse({ type: SyncResultDto })
  @ApiProblems(400, 403, 404, 413, 503)
  async sync(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<SyncResultDto> {
    const { batch, replayed } = await this.ingestion.sync(
      principal,
      userId,
      { stream: request.raw, headers: request.headers },
      { idempotencyKey, requestId: request.id },
    );
    response.header(REPLAYED_HEADER, String(replayed));
    return SyncResultDto.from(batch);
  }

  @Get(':user_id/sync/:batch_id')
  @Auth('sdk', 'app', 'operator')
  @ApiOperation({ summary: 'The stored result of a sync push' })
  @ApiOkResponse({ type: SyncResultDto })
  @ApiProblems(400, 403, 404)
  async batch(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
    @Param('batch_id', uuidPipe) batchId: string,
  ): Promise<SyncResultDto> {
    return SyncResultDto.from(await this.ingestion.getBatch(principal, userId, batchId));
  }

  @Post(':user_id/logs')
  @Auth('sdk', 'app')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Sync telemetry from a mobile Sync SDK',
    description:
      'Stored per user as sent; unknown event types, batteryLevel −1 and ms timestamps are accepted.',
  })
  @ApiBody({ type: SyncLogsRequestDto })
  @ApiAcceptedResponse({ type: SyncLogsResultDto })
  @ApiProblems(400, 403, 404)
  async logs(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
    // Not a DTO: telemetry is taken as sent, so no validation pipe may strip or refuse fields.
    @Body() body: unknown,
  ): Promise<SyncLogsResultDto> {
    const { userId: id, stored, dropped } = await this.telemetry.store(principal, userId, body);
    return SyncLogsResultDto.of(id, stored, dropped);
  }
}
