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
import type { IncomingHttpHeaders } from 'node:http';
import { Auth, CurrentPrincipal } from '../../common/auth/auth.decorator.js';
import type { Principal } from '../../common/auth/principal.js';
import { ApiProblems, ApiQuarantinesOversizedBodies } from '../../common/http/api-problems.decorator.js';
import { API_V1 } from '../../common/http/routes.js';
import { uuidPipe } from '../../common/http/uuid.js';
import { SyncLogsRequestDto, SyncLogsResultDto, SyncRequestDto } from './dto/sync-request.dto.js';
import { SyncResultDto } from './dto/sync-result.dto.js';
import { BatchReplayService } from './batch-replay.service.js';
import { IngestionService } from './ingestion.service.js';
import type { ClientHeaders } from './sync-batches.repository.js';
import { SyncLogsService } from './sync-logs.service.js';
import { ReadsOwnBody } from '../../common/http/request-body.js';

export const REPLAYED_HEADER = 'Idempotent-Replayed';

function headerValue(value: string | string[] | undefined, max: number): string | null {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text ? text.slice(0, max) : null;
}

/** What the SDK says about itself (iOS ≥ 0.14 sends these on every request). */
export function clientHeaders(headers: IncomingHttpHeaders): ClientHeaders {
  return {
    sdkVersion: headerValue(headers['x-open-wearables-sdk-version'], 64),
    platform: headerValue(headers['x-open-wearables-sdk-platform'], 32)?.toLowerCase() ?? null,
    userAgent: headerValue(headers['user-agent'], 255),
  };
}

@ApiTags('sdk')
@Controller(`${API_V1}/sdk/users`)
export class SdkSyncController {
  constructor(
    private readonly ingestion: IngestionService,
    private readonly replays: BatchReplayService,
    private readonly telemetry: SyncLogsService,
  ) {}

  @Post(':user_id/sync')
  @ReadsOwnBody()
  @Auth('sdk', 'app')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Push a batch from a mobile Sync SDK',
    description:
      'Open Wearables envelope. Accepts gzip/deflate/br bodies and chunked transfer up to SYNC_BODY_LIMIT_BYTES ' +
      'decoded. Invalid items are skipped and reported; the rest is committed before the 202. A body that cannot ' +
      'be used as a whole (broken JSON or envelope, unknown provider, nothing storable, over the size limit) is ' +
      'still 202, with `status: quarantined` and the reason: its raw body is kept for a replay. The same ' +
      '`Idempotency-Key`, the same body, or the same `X-Request-Id` within INGEST_REQUEST_ID_REPLAY_SECONDS ' +
      'answers the first result again with `Idempotent-Replayed: true`. A token of another user is 401. Overload ' +
      'and per-user limits answer 503 with Retry-After. See docs/sdk-compatibility.md.',
  })
  @ApiBody({ type: SyncRequestDto })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Replays the first result when repeated.',
  })
  @ApiHeader({
    name: 'X-Request-Id',
    required: false,
    description: 'Repeated within the window (the SDK 401 retry), replays the first result.',
  })
  @ApiAcceptedResponse({ type: SyncResultDto })
  @ApiProblems(400, 401, 404, 415, 503)
  @ApiQuarantinesOversizedBodies()
  async sync(
    @CurrentPrincipal() principal: Principal,
    // Checked after the token: an SDK token for another id is 401 (the SDK re-authenticates), never a looping 400.
    @Param('user_id') userId: string,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<SyncResultDto> {
    const { batch, replayed } = await this.ingestion.sync(
      principal,
      userId,
      { stream: request.raw, headers: request.headers },
      {
        idempotencyKey,
        requestId: request.id,
        clientRequestId: request.headers['x-request-id'] === request.id,
        client: clientHeaders(request.headers),
      },
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

  @Post(':user_id/sync/:batch_id/replay')
  @Auth('operator')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Replay one journaled batch through the current mappings (releases it from quarantine when it now works)',
  })
  @ApiOkResponse({ type: SyncResultDto })
  @ApiProblems(400, 404)
  async replay(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
    @Param('batch_id', uuidPipe) batchId: string,
  ): Promise<SyncResultDto> {
    return SyncResultDto.from(await this.replays.replayBatch(principal, userId, batchId));
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
