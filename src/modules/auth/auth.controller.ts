import { Body, Controller, Get, Header, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, CurrentPrincipal, Public } from '../../common/auth/auth.decorator.js';
import type { OperatorPrincipal } from '../../common/auth/principal.js';
import { ApiProblems } from '../../common/http/api-problems.decorator.js';
import { API_V1 } from '../../common/http/routes.js';
import { RateLimited } from '../../common/rate-limit/rate-limit.guard.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { TokenResponseDto } from '../tokens/dto/token-response.dto.js';
import type { TokenPair } from '../tokens/refresh-tokens.service.js';
import { LoginDto, OperatorResponseDto, SessionResponseDto } from './dto/login.dto.js';
import { OperatorLoginService } from './operator-login.service.js';
import { clearSessionCookies, sessionRefreshToken, setSessionCookies } from './session-cookies.js';

@ApiTags('auth')
@Controller(`${API_V1}/auth`)
export class AuthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logins: OperatorLoginService,
  ) {}

  @Post('login')
  @Public()
  @RateLimited('login')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiOperation({
    summary: 'Operator login: JSON {email,password} or the OAuth2 password form (username, password)',
  })
  @ApiProblems(400, 401, 403)
  async login(@Body() dto: LoginDto): Promise<TokenResponseDto> {
    return this.logins.login(dto);
  }

  @Post('session')
  @Public()
  @RateLimited('login')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiOperation({
    summary:
      'Operator login for a browser: the session goes into httpOnly cookies; the CSRF token is returned',
  })
  @ApiProblems(400, 401, 403)
  async startSession(
    @Body() dto: LoginDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponseDto> {
    return this.cookieSession(reply, await this.logins.login(dto, true));
  }

  @Post('session/refresh')
  @Public()
  @RateLimited('refresh')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: "Rotate the browser session's cookies (needs X-CSRF-Token), as phones rotate tokens",
  })
  @ApiProblems(401, 403)
  async refreshSession(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponseDto> {
    const pair = await this.logins.refreshBrowserSession(sessionRefreshToken(request)).catch((error) => {
      clearSessionCookies(reply, this.config);
      throw error;
    });
    return this.cookieSession(reply, pair);
  }

  @Post('session/logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({
    summary: 'End the browser session (needs X-CSRF-Token): refresh family revoked, cookies cleared',
  })
  @ApiProblems(401, 403)
  async endSession(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.logins.endBrowserSession(sessionRefreshToken(request));
    clearSessionCookies(reply, this.config);
  }

  @Get('me')
  @Auth('operator')
  @ApiOperation({ summary: 'The logged-in operator' })
  me(@CurrentPrincipal() principal: OperatorPrincipal): Promise<OperatorResponseDto> {
    return this.logins.profile(principal.operatorId);
  }

  /** Transport only: the pair goes into cookies and the page gets the CSRF token it must echo. */
  private cookieSession(reply: FastifyReply, pair: TokenPair): SessionResponseDto {
    return {
      token_type: 'cookie',
      csrf_token: setSessionCookies(reply, this.config, pair),
      expires_in: pair.expires_in,
    };
  }
}
