import { Body, Controller, Get, Header, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal, Public } from '../../common/auth/auth.decorator.js';
import type { OperatorPrincipal } from '../../common/auth/principal.js';
import { AppError, unauthorized } from '../../common/errors/app-error.js';
import { ApiProblems } from '../../common/http/api-problems.decorator.js';
import { API_V1 } from '../../common/http/routes.js';
import { RateLimited } from '../../common/rate-limit/rate-limit.guard.js';
import { TokenResponseDto } from '../tokens/dto/token-response.dto.js';
import { OperatorSessionsService } from '../tokens/operator-sessions.service.js';
import { LoginDto, OperatorResponseDto, SessionResponseDto } from './dto/login.dto.js';
import {
  clearSessionCookies,
  CSRF_HEADER,
  REFRESH_COOKIE,
  readCookies,
  setSessionCookies,
} from './session-cookies.js';
import { csrfTokenFor } from '../tokens/refresh-tokens.service.js';
import { timingSafeEqual } from 'node:crypto';
import { OperatorsService } from './operators.service.js';
import { CSRF_REFUSED } from './strategies/operator-session.strategy.js';

export const WRONG_CREDENTIALS = 'Incorrect email or password';
export const SSO_ONLY =
  'Password login is disabled for your organization: sign in with single sign-on (GET /api/v1/auth/oidc/login).';

@ApiTags('auth')
@Controller(`${API_V1}/auth`)
export class AuthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly operators: OperatorsService,
    private readonly sessions: OperatorSessionsService,
  ) {}

  private async checkedLogin(dto: LoginDto): Promise<string> {
    const email = (dto.email ?? dto.username)!;
    const operator = await this.operators.verifyPassword(email, dto.password);
    if (!operator) {
      await this.sessions.recordFailedLogin(email);
      throw unauthorized(WRONG_CREDENTIALS);
    }
    if (await this.operators.passwordLoginDisabled(operator.id)) throw new AppError('forbidden', SSO_ONLY);
    return operator.id;
  }

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
    return this.sessions.start(await this.checkedLogin(dto));
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
    const pair = await this.sessions.start(await this.checkedLogin(dto), true);
    return {
      token_type: 'cookie',
      csrf_token: setSessionCookies(reply, this.config, pair),
      expires_in: pair.expires_in,
    };
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
    const refreshToken = this.sessionRefreshToken(request);
    try {
      const pair = await this.sessions.refreshCookieSession(refreshToken);
      return {
        token_type: 'cookie',
        csrf_token: setSessionCookies(reply, this.config, pair),
        expires_in: pair.expires_in,
      };
    } catch (error) {
      clearSessionCookies(reply, this.config);
      throw error;
    }
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
    await this.sessions.end(this.sessionRefreshToken(request));
    clearSessionCookies(reply, this.config);
  }

  /** The session's refresh cookie, once the request proves (X-CSRF-Token) it comes from the session's own page. */
  private sessionRefreshToken(request: FastifyRequest): string {
    const refreshToken = readCookies(request)[REFRESH_COOKIE];
    if (!refreshToken) throw unauthorized('No session cookie: sign in with POST /api/v1/auth/session');
    const sent = request.headers[CSRF_HEADER];
    const expected = Buffer.from(csrfTokenFor(refreshToken));
    const given = Buffer.from(typeof sent === 'string' ? sent : '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new AppError('forbidden', CSRF_REFUSED);
    return refreshToken;
  }

  @Get('me')
  @Auth('operator')
  @ApiOperation({ summary: 'The logged-in operator' })
  async me(@CurrentPrincipal() principal: OperatorPrincipal): Promise<OperatorResponseDto> {
    const operator = (await this.operators.getById(principal.operatorId))!;
    return {
      id: operator.id,
      email: operator.email,
      created_at: operator.createdAt,
      last_login_at: operator.lastLoginAt,
    };
  }
}
