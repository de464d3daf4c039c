import {
  ArgumentsHost,
  Body,
  Catch,
  Controller,
  ExceptionFilter,
  Header,
  HttpCode,
  Post,
  Req,
  UseFilters,
} from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { parseBasicAuthorization } from '../../common/auth/basic-credentials.js';
import { Public } from '../../common/auth/auth.decorator.js';
import type { AppPrincipal } from '../../common/auth/principal.js';
import { AppError } from '../../common/errors/app-error.js';
import { DATABASE_RETRY_AFTER_SECONDS } from '../../common/errors/problem.filter.js';
import { buildProblem, sendProblem } from '../../common/errors/problem.js';
import { isTransientDatabaseError } from '../../database/transient-errors.js';
import { API_V1 } from '../../common/http/routes.js';
import { RateLimited } from '../../common/rate-limit/rate-limit.guard.js';
import { ApplicationsService } from '../apps/applications.service.js';
import {
  IntrospectionResponseDto,
  OAuthErrorCode,
  OAuthErrorDto,
  OAuthTokenDto,
  OAuthTokenParameterDto,
  OAuthTokenResponseDto,
} from './dto/token-requests.dto.js';
import { SdkTokensService } from './sdk-tokens.service.js';

class OAuthError extends Error {
  constructor(
    readonly error: OAuthErrorCode,
    readonly description: string,
  ) {
    super(description);
  }
}

/** RFC 6749 §5.2 error bodies instead of problem+json: OAuth client libraries parse `error`. */
@Catch()
class OAuthErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse<FastifyReply>();
    let error: OAuthErrorCode = 'invalid_request';
    let description: string;
    let status = 400;
    if (exception instanceof OAuthError) {
      ({ error, description } = exception);
      if (error === 'invalid_client') {
        status = 401;
        response.header('WWW-Authenticate', 'Basic realm="wearbridge"');
      }
    } else if (exception instanceof AppError) {
      description = exception.detail;
      if (exception.code === 'rate_limited') {
        status = 429;
        error = 'slow_down';
        for (const [name, value] of Object.entries(exception.options.headers ?? {}))
          response.header(name, value);
      } else if (exception.code === 'unauthorized') {
        error = 'invalid_grant';
      } else if (exception.code === 'validation_failed' && /unsupported_grant_type/.test(exception.detail)) {
        error = 'unsupported_grant_type';
        description = 'grant_type must be client_credentials or refresh_token';
      }
    } else if (isTransientDatabaseError(exception)) {
      // Like every other route during a database outage: problem+json 503, the client comes back later.
      return sendProblem(
        response,
        buildProblem('unavailable', 503, 'The service is temporarily unavailable; retry later.'),
        { 'Retry-After': DATABASE_RETRY_AFTER_SECONDS },
      );
    } else {
      throw exception;
    }
    void response
      .code(status)
      .header('Cache-Control', 'no-store')
      .send({ error, error_description: description });
  }
}

function clientCredentials(
  request: FastifyRequest,
  dto: { client_id?: string; client_secret?: string },
): { id: string; secret: string } | undefined {
  const basic = parseBasicAuthorization(request.headers.authorization);
  if (basic.kind === 'malformed') throw new OAuthError('invalid_client', basic.reason);
  if (basic.kind === 'credentials') return basic.credentials;
  if (dto.client_id && dto.client_secret) return { id: dto.client_id, secret: dto.client_secret };
  return undefined;
}

@ApiTags('tokens')
@Controller(`${API_V1}/oauth`)
@UseFilters(OAuthErrorFilter)
export class OAuthController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly sdkTokens: SdkTokensService,
  ) {}

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
    const app = await this.authenticateClient(request, dto);
    if (dto.grant_type === 'refresh_token') {
      if (!dto.refresh_token) throw new OAuthError('invalid_request', 'refresh_token is required');
      return this.sdkTokens.refreshForClient(app, dto.refresh_token);
    }
    return this.sdkTokens.appToken(app);
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
    const app = await this.authenticateClient(request, dto);
    await this.sdkTokens.revokeForClient(app, dto.token);
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
    const app = await this.authenticateClient(request, dto);
    return this.sdkTokens.introspect(app, dto.token);
  }

  /** `client_secret_basic` or `client_secret_post` (RFC 6749 §2.3.1); anything else is `invalid_client`. */
  private async authenticateClient(
    request: FastifyRequest,
    dto: { client_id?: string; client_secret?: string },
  ): Promise<AppPrincipal> {
    const credentials = clientCredentials(request, dto);
    if (!credentials)
      throw new OAuthError(
        'invalid_client',
        'Client authentication is required (client_secret_basic or client_secret_post)',
      );
    const app = await this.applications.verifyCredentials(credentials.id, credentials.secret, 'app_token');
    if (!app) throw new OAuthError('invalid_client', 'Invalid client credentials');
    return app;
  }
}
