import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal } from '../../common/auth/auth.decorator.js';
import type { Principal } from '../../common/auth/principal.js';
import { ApiProblems } from '../../common/http/api-problems.decorator.js';
import { API_V1 } from '../../common/http/routes.js';
import { uuidPipe } from '../../common/http/uuid.js';
import { ApiKeysService, ApiKeyView } from './api-keys.service.js';
import {
  ApiKeyResponseDto,
  ApiKeyWithSecretResponseDto,
  CreateApiKeyDto,
  UpdateApiKeyDto,
} from './dto/api-key.dto.js';

const view = ({ key, appId }: ApiKeyView) => ApiKeyResponseDto.from(key, appId);

@ApiTags('api-keys')
@Auth('operator', 'app')
@Controller(`${API_V1}/developer/api-keys`)
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Post()
  @ApiOperation({ summary: 'Create an API key for one application; the key is shown only in this response' })
  @ApiProblems(400, 404)
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: CreateApiKeyDto,
  ): Promise<ApiKeyWithSecretResponseDto> {
    const created = await this.keys.create(principal, dto.name, dto.app_id);
    return { ...view(created), key: created.secret };
  }

  @Get()
  @ApiOperation({ summary: 'List API keys (prefix only) of the applications the caller can see' })
  @ApiQuery({ name: 'app_id', required: false })
  @ApiProblems(404)
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query('app_id') appId?: string,
  ): Promise<ApiKeyResponseDto[]> {
    return (await this.keys.list(principal, appId)).map(view);
  }

  @Patch(':key_id')
  @ApiOperation({ summary: 'Rename an API key' })
  @ApiProblems(400, 404)
  async rename(
    @CurrentPrincipal() principal: Principal,
    @Param('key_id', uuidPipe) id: string,
    @Body() dto: UpdateApiKeyDto,
  ): Promise<ApiKeyResponseDto> {
    return view(await this.keys.rename(principal, id, dto.name));
  }

  @Post(':key_id/rotate')
  @ApiOperation({ summary: 'Replace the key (same id and name); the old key stops working at once' })
  @ApiProblems(400, 404)
  async rotate(
    @CurrentPrincipal() principal: Principal,
    @Param('key_id', uuidPipe) id: string,
  ): Promise<ApiKeyWithSecretResponseDto> {
    const rotated = await this.keys.rotate(principal, id);
    return { ...view(rotated), key: rotated.secret };
  }

  @Delete(':key_id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an API key' })
  @ApiProblems(400, 404)
  async delete(
    @CurrentPrincipal() principal: Principal,
    @Param('key_id', uuidPipe) id: string,
  ): Promise<void> {
    await this.keys.delete(principal, id);
  }
}
