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
import { AppError } from '../../common/errors/app-error.js';
import { API_V1 } from '../../common/http/routes.js';
import { RateLimited } from '../../common/rate-limit/rate-limit.guard.js';
import { ApplicationsService } from '../apps/applications.service.js';
import {
  OAuthErrorCode,
  OAuthErrorDto,
  OAuthTokenDto,
  OAuthTokenResponseDto,
} from './dto/token-requests.dto.js';
import { RefreshTokensService } from './refresh-tokens.service.js';
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
  dto: OAuthTokenDto,
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
    private readonly refreshTokens: RefreshTokensService,
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
      '`client_credentials` with HTTP Basic app_id:app_secret → an app access token (scope `app`), accepted wherever app ' +
      'credentials are. `refresh_token` behaves like /token/refresh. Errors use the RFC 6749 §5.2 shape.',
  })
  @ApiResponse({ status: 400, description: 'RFC 6749 §5.2 error.', type: OAuthErrorDto })
  @ApiResponse({ status: 401, description: '`invalid_client`.', type: OAuthErrorDto })
  async token(@Req() request: FastifyRequest, @Body() dto: OAuthTokenDto): Promise<OAuthTokenResponseDto> {
    if (dto.grant_type === 'refresh_token') {
      if (!dto.refresh_token) throw new OAuthError('invalid_request', 'refresh_token is required');
      const { kind: _kind, userId: _userId, ...pair } = await this.refreshTokens.rotate(dto.refresh_token);
      return pair;
    }
    const credentials = clientCredentials(request, dto);
    if (!credentials)
      throw new OAuthError('invalid_client', 'Client authentication is required (HTTP Basic)');
    const app = await this.applications.verifyCredentials(credentials.id, credentials.secret, 'app_token');
    if (!app) throw new OAuthError('invalid_client', 'Invalid client credentials');
    return this.sdkTokens.appToken(app);
  }
}
