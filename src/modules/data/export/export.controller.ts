import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { ServerResponse } from 'node:http';
import { Auth, CurrentPrincipal } from '../../../common/auth/auth.decorator.js';
import type { Principal } from '../../../common/auth/principal.js';
import { ApiProblems } from '../../../common/http/api-problems.decorator.js';
import { API_V1 } from '../../../common/http/routes.js';
import { uuidPipe } from '../../../common/http/uuid.js';
import { ExportService, type LineSink } from './export.service.js';

/** Resolves when the socket can take more; rejects when it closed or took nothing for `stallMs`. */
function drained(response: ServerResponse, stallMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      clearTimeout(timer);
      response.off('drain', onDrain);
      response.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error('export client went away'));
    const timer = setTimeout(() => done(new Error(`export client read nothing for ${stallMs} ms`)), stallMs);
    response.on('drain', onDrain);
    response.on('close', onClose);
  });
}

/**
 * The HTTP response as a line sink: headers go out with the first line, writes wait for the socket to drain, at most
 * `stallMs`. Until then the reply is Fastify's, so a refusal (unknown user, busy…) is still an ordinary problem.
 */
function responseSink(reply: FastifyReply, userId: string, stallMs: number): LineSink {
  const response = reply.raw;
  return {
    start() {
      reply.hijack();
      response.writeHead(200, {
        'Content-Type': 'application/x-ndjson; charset=utf-8',
        'Content-Disposition': `attachment; filename="wearbridge-export-${userId}.ndjson"`,
        'Cache-Control': 'no-store',
      });
    },
    async write(chunk: string) {
      if (response.destroyed) throw new Error('export client went away');
      if (!response.write(chunk)) await drained(response, stallMs);
    },
    end() {
      response.end();
    },
  };
}

@ApiTags('users')
@Auth('operator', 'app')
@Controller(`${API_V1}/users/:user_id/export`)
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  @Get()
  @ApiOperation({
    summary: 'Export everything stored about the user (GDPR art. 20)',
    description:
      'NDJSON stream, one `{"type", "data"}` object per line: export header, profile, data sources, samples, raw ' +
      'records of unknown types, sleep stages and sessions, workouts, sync batches (journal, without raw bodies), ' +
      'SDK telemetry. A consistent snapshot; memory stays constant whatever the volume. At most ' +
      '`EXPORT_MAX_CONCURRENT` exports run per process (503 with `Retry-After` beyond); a client that reads nothing ' +
      'for `EXPORT_STALL_TIMEOUT_SECONDS` is cut off. The `user.exported` audit event is committed before the first byte.',
  })
  @ApiOkResponse({ content: { 'application/x-ndjson': { schema: { type: 'string' } } } })
  @ApiProblems(400, 404, 503)
  async export(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    try {
      await this.exports.export(principal, userId, responseSink(reply, userId, this.exports.stallTimeoutMs));
    } catch (error) {
      // Once lines are out, a problem document can no longer be sent: cut the stream so the client sees it failed.
      if (!reply.raw.headersSent) throw error;
      reply.raw.destroy();
    }
  }
}
