import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { once } from 'node:events';
import { Auth, CurrentPrincipal } from '../../common/auth/auth.decorator.js';
import type { Principal } from '../../common/auth/principal.js';
import { ApiProblems } from '../../common/http/api-problems.decorator.js';
import { API_V1 } from '../../common/http/routes.js';
import { uuidPipe } from '../../common/http/uuid.js';
import { ExportService, type LineSink } from './export.service.js';

/**
 * The HTTP response as a line sink: headers go out with the first line, writes wait for the socket to drain. Until
 * then the reply is Fastify's, so a refusal (unknown user…) is still an ordinary problem document.
 */
function responseSink(reply: FastifyReply, userId: string): LineSink {
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
      if (!response.write(chunk)) await Promise.race([once(response, 'drain'), once(response, 'close')]);
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
      'SDK telemetry. A consistent snapshot; memory stays constant whatever the volume.',
  })
  @ApiOkResponse({ content: { 'application/x-ndjson': { schema: { type: 'string' } } } })
  @ApiProblems(400, 404)
  async export(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    try {
      await this.exports.export(principal, userId, responseSink(reply, userId));
    } catch (error) {
      // Once lines are out, a problem document can no longer be sent: cut the stream so the client sees it failed.
      if (!reply.raw.headersSent) throw error;
      reply.raw.destroy();
    }
  }
}
