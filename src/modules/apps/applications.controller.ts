import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal } from '../../common/auth/auth.decorator.js';
import type { OperatorPrincipal } from '../../common/auth/principal.js';
import { ApiProblems } from '../../common/http/api-problems.decorator.js';
import { API_V1 } from '../../common/http/routes.js';
import { ApplicationsService } from './applications.service.js';
import {
  ApplicationResponseDto,
  ApplicationWithSecretResponseDto,
  CreateApplicationDto,
  DeleteApplicationQueryDto,
  RotateSecretDto,
} from './dto/application.dto.js';

@ApiTags('applications')
@Auth('operator')
@Controller(`${API_V1}/applications`)
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Post()
  @ApiOperation({ summary: 'Register an application; the app_secret is shown only in this response' })
  @ApiProblems(400, 404)
  async create(
    @CurrentPrincipal() operator: OperatorPrincipal,
    @Body() dto: CreateApplicationDto,
  ): Promise<ApplicationWithSecretResponseDto> {
    const { application, secret } = await this.applications.create(operator, dto.name, dto.organization_id);
    return { ...ApplicationResponseDto.from(application), app_secret: secret };
  }

  @Get()
  @ApiOperation({ summary: "List the caller's applications, newest first (no secrets)" })
  async list(@CurrentPrincipal() operator: OperatorPrincipal): Promise<ApplicationResponseDto[]> {
    return (await this.applications.list(operator)).map(ApplicationResponseDto.from);
  }

  @Get(':app_id')
  @ApiOperation({ summary: 'Get one application' })
  @ApiProblems(404)
  async get(
    @CurrentPrincipal() operator: OperatorPrincipal,
    @Param('app_id') appId: string,
  ): Promise<ApplicationResponseDto> {
    return ApplicationResponseDto.from(await this.applications.getAccessible(operator, appId));
  }

  @Delete(':app_id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete an application; its secret, API keys and tokens stop working at once',
    description:
      'Answers 409 while the application has users unless `force=true`, which deletes them and all their data in the same transaction.',
  })
  @ApiProblems(400, 404, 409)
  async delete(
    @CurrentPrincipal() operator: OperatorPrincipal,
    @Param('app_id') appId: string,
    @Query() query: DeleteApplicationQueryDto,
  ): Promise<void> {
    await this.applications.delete(operator, appId, query.force ?? false);
  }

  @Post(':app_id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({ summary: 'Issue a new app_secret (shown once); the old one works for grace_seconds more' })
  @ApiProblems(400, 404)
  async rotateSecret(
    @CurrentPrincipal() operator: OperatorPrincipal,
    @Param('app_id') appId: string,
    @Body() dto: RotateSecretDto,
  ): Promise<ApplicationWithSecretResponseDto> {
    const { application, secret } = await this.applications.rotateSecret(
      operator,
      appId,
      dto.grace_seconds ?? 0,
    );
    return { ...ApplicationResponseDto.from(application), app_secret: secret };
  }
}
