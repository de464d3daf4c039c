import { Body, Controller, Header, HttpCode, Post, Req, UseFilters } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../../common/auth/auth.decorator.js';
import { API_V1 } from '../../common/http/routes.js';
import { RateLimited } from '../../common/rate-limit/rate-limit.guard.js';
import {
  IntrospectionResponseDto,
  OAuthErrorDto,
  OAuthTokenDto,
  OAuthTokenParameterDto,
  OAuthTokenResponseDto,
} from './dto/token-requests.dto.js';
import { OAuthErrorFilter } from './oauth-errors.js';
import { OAuthService } from './oauth.service.js';

@ApiTags('tokens')
@Controller(`${API_V1}/oauth`)
@UseFilters(OAuthErrorFilter)
export class OAuthController {
  constructor(private readonly oauth: OAuthService) {}

  @Post('token')
  @Public()
  // Above @RateLimited so that its problem+json 429 is replaced: this endpoint answers `slow_down` (RFC 6749).
  @ApiResponse({
    status: 429,
    description: 'The body is the RFC 6749 `slow_down` error.',
    type: OAuthErrorDto,
  })
  @RateLimited('refresh')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiOperation({
    summary: 'OAuth 2.0 token endpoint (RFC 6749)',
    description:
      '`client_credentials` → an app access token (scope `app`), accepted wherever app credentials are. ' +
      '`refresh_token` rotates a refresh token issued to the authenticating application (RFC 6749 §6), like ' +
      '/token/refresh. The client authenticates with `client_secret_basic` (HTTP Basic app_id:app_secret) or ' +
      '`client_secret_post`. Errors use the RFC 6749 §5.2 shape.',
  })
  @ApiResponse({ status: 400, description: 'RFC 6749 §5.2 error.', type: OAuthErrorDto })
  @ApiResponse({ status: 401, description: '`invalid_client`.', type: OAuthErrorDto })
  async token(@Req() request: FastifyRequest, @Body() dto: OAuthTokenDto): Promise<OAuthTokenResponseDto> {
    return this.oauth.token(request.headers.authorization, dto);
  }

  @Post('revoke')
  @Public()
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiOperation({
    summary: 'OAuth 2.0 token revocation (RFC 7009)',
    description:
      'The client authenticates with `client_secret_basic` or `client_secret_post`. A refresh token or SDK access ' +
      'token issued to it ends its session; any other token is left alone. Always 200 with an empty body once the ' +
      'client is authenticated (RFC 7009 §2.2). `POST /token/revoke` remains for the SDKs (204).',
  })
  @ApiResponse({ status: 200, description: 'Revoked, or nothing to revoke.' })
  @ApiResponse({ status: 400, description: 'RFC 6749 §5.2 error.', type: OAuthErrorDto })
  @ApiResponse({ status: 401, description: '`invalid_client`.', type: OAuthErrorDto })
  async revoke(@Req() request: FastifyRequest, @Body() dto: OAuthTokenParameterDto): Promise<void> {
    await this.oauth.revoke(request.headers.authorization, dto);
  }

  @Post('introspect')
  @Public()
  @ApiResponse({
    status: 429,
    description: 'The body is the RFC 6749 `slow_down` error.',
    type: OAuthErrorDto,
  })
  @RateLimited('introspect')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiOperation({
    summary: 'OAuth 2.0 token introspection (RFC 7662)',
    description:
      'The client authenticates with `client_secret_basic` or `client_secret_post`; only its own tokens are ' +
      '`active`.',
  })
  @ApiResponse({ status: 400, description: 'RFC 6749 §5.2 error.', type: OAuthErrorDto })
  @ApiResponse({ status: 401, description: '`invalid_client`.', type: OAuthErrorDto })
  async introspect(
    @Req() request: FastifyRequest,
    @Body() dto: OAuthTokenParameterDto,
  ): Promise<IntrospectionResponseDto> {
    return this.oauth.introspect(request.headers.authorization, dto);
  }
}
