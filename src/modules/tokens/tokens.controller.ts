import { Body, Controller, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AcceptsBodyAppCredentials,
  Auth,
  CurrentPrincipal,
  Public,
} from '../../common/auth/auth.decorator.js';
import type { AppPrincipal, Principal } from '../../common/auth/principal.js';
import { ApiProblems } from '../../common/http/api-problems.decorator.js';
import { API_V1 } from '../../common/http/routes.js';
import { uuidPipe } from '../../common/http/uuid.js';
import { RateLimited } from '../../common/rate-limit/rate-limit.guard.js';
import {
  IntrospectionResponseDto,
  IntrospectTokenDto,
  MintTokenDto,
  RefreshTokenDto,
  RevokeTokenDto,
} from './dto/token-requests.dto.js';
import { TokenResponseDto } from './dto/token-response.dto.js';
import { RefreshTokensService } from './refresh-tokens.service.js';
import { SdkTokensService } from './sdk-tokens.service.js';

@ApiTags('tokens')
@Controller(API_V1)
export class TokensController {
  constructor(
    private readonly sdkTokens: SdkTokensService,
    private readonly refreshTokens: RefreshTokensService,
  ) {}

  @Post('users/:user_id/token')
  @Auth('operator', 'app')
  @AcceptsBodyAppCredentials()
  @RateLimited('mint')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Mint a user access token and refresh token for the mobile SDK',
    description:
      'App credentials as `{app_id, app_secret}` in the body (Open Wearables contract), HTTP Basic, an API key, an app ' +
      'access token or an operator token. Each call starts a new session (refresh-token family).',
  })
  @ApiProblems(400, 404)
  async mint(
    @CurrentPrincipal() principal: Principal,
    @Param('user_id', uuidPipe) userId: string,
    @Body() _credentials: MintTokenDto,
  ): Promise<TokenResponseDto> {
    return this.sdkTokens.mint(principal, userId);
  }

  @Post('token/refresh')
  @Public()
  @RateLimited('refresh')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Rotate a refresh token',
    description:
      'Returns a new pair. Presenting the just-rotated token again within the grace window returns the same pair; ' +
      'presenting it later revokes the whole session. 401 means the session is over (the SDK signs the user out).',
  })
  @ApiProblems(400, 401)
  refresh(@Body() dto: RefreshTokenDto): Promise<TokenResponseDto> {
    return this.refreshTokens
      .rotate(dto.refresh_token)
      .then(({ kind: _kind, userId: _userId, ...pair }) => pair);
  }

  @Post('token/revoke')
  @Public()
  @HttpCode(204)
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiOperation({
    summary: 'Revoke a refresh token and its whole session (RFC 7009; unknown tokens are not an error)',
  })
  @ApiProblems(400)
  async revoke(@Body() dto: RevokeTokenDto): Promise<void> {
    const token = dto.refresh_token ?? dto.token;
    if (token) await this.refreshTokens.revoke(token);
  }

  @Post('token/introspect')
  @Auth('app')
  @RateLimited('introspect')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiBody({ type: IntrospectTokenDto })
  @ApiOperation({ summary: "Introspect an access or refresh token of the caller's application (RFC 7662)" })
  @ApiProblems(400)
  introspect(
    @CurrentPrincipal() app: AppPrincipal,
    @Body() dto: IntrospectTokenDto,
  ): Promise<IntrospectionResponseDto> {
    return this.sdkTokens.introspect(app, dto.token);
  }
}
