import { Controller, Delete, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiConsumes,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, CurrentPrincipal } from '../../common/auth/auth.decorator.js';
import type { Principal } from '../../common/auth/principal.js';
import { ApiProblems } from '../../common/http/api-problems.decorator.js';
import { ReadsOwnBody } from '../../common/http/request-body.js';
import { API_V1 } from '../../common/http/routes.js';
import { uuidPipe } from '../../common/http/uuid.js';
import { ImportDto, ImportPageDto, ListImportsQueryDto } from './dto/import.dto.js';
import { fileNameOf, IMPORT_CONTENT_TYPES, ImportsService } from './imports.service.js';

@ApiTags('imports')
@Controller(`${API_V1}/users/:user_id/imports`)
@Auth('sdk', 'app', 'operator')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post('apple-health')
  @ReadsOwnBody()
  @ApiOperation({
    summary: 'Upload an Apple Health export (export.zip or export.xml) to import in the background',
    description:
      'The raw file is the body (chunked transfer and `Content-Encoding: gzip` accepted) up to IMPORT_MAX_BYTES. ' +
      '202 once it is stored and queued; poll GET …/imports/{id} for progress. The same file again for the same ' +
      'user answers 200 with the existing import (unless that one failed or was cancelled). See docs/imports.md.',
  })
  @ApiConsumes(...IMPORT_CONTENT_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiHeader({
    name: 'Content-Disposition',
    required: false,
    description: '`attachment; filename="export.zip"` names the import.',
  })
  @ApiAcceptedResponse({ type: ImportDto, description: 'Stored and queued.' })
  @ApiOkResponse({ type: ImportDto, description: 'This file was already imported for the user.' })
  @ApiProblems(400, 404, 408, 413, 415)
  async uploadAppleHealth(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<ImportDto> {
    const { view, created } = await this.imports.uploadAppleHealth(
      principal,
      userId,
      { stream: request.raw, headers: request.headers },
      {
        contentType: request.headers['content-type'],
        fileName: fileNameOf(request.headers['content-disposition']),
      },
    );
    response.status(created ? 202 : 200);
    return view;
  }

  @Get()
  @ApiOperation({ summary: "The user's imports, newest first" })
  @ApiOkResponse({ type: ImportPageDto })
  @ApiProblems(400, 404)
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
    @Query() query: ListImportsQueryDto,
  ): Promise<ImportPageDto> {
    return this.imports.list(principal, userId, query);
  }

  @Get(':import_id')
  @ApiOperation({ summary: 'One import: phase, bytes parsed, counts per type, first rejections, time left' })
  @ApiOkResponse({ type: ImportDto })
  @ApiProblems(400, 404)
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
    @Param('import_id', uuidPipe) importId: string,
  ): Promise<ImportDto> {
    return this.imports.get(principal, userId, importId);
  }

  @Delete(':import_id')
  @ApiOperation({
    summary: 'Cancel an import',
    description:
      'It stops after the chunk in progress; what was stored stays (each chunk is whole). 409 once it has ended.',
  })
  @ApiOkResponse({ type: ImportDto, description: 'Cancelled.' })
  @ApiProblems(400, 404, 409)
  cancel(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
    @Param('import_id', uuidPipe) importId: string,
  ): Promise<ImportDto> {
    return this.imports.cancel(principal, userId, importId);
  }
}
