import { Controller, Get, Header, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../common/auth/auth.decorator.js';
import { ApiProblems } from '../../common/http/api-problems.decorator.js';
import { API_V1 } from '../../common/http/routes.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import {
  readCookies,
  setSessionCookies,
  setSsoCookie,
  clearSsoCookie,
  SSO_COOKIE,
} from '../auth/session-cookies.js';
import { TokenResponseDto } from '../tokens/dto/token-response.dto.js';
import { SsoAuthorizationDto, SsoLoginQueryDto } from './dto/sso.dto.js';
import { SsoService } from './sso.service.js';

@ApiTags('auth')
@Controller(`${API_V1}/auth/oidc`)
export class SsoController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sso: SsoService,
  ) {}

  @Get('login')
  @Public()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Start operator single sign-on: redirects to the identity provider (authorization code + PKCE)',
    description:
      '`mode=cookie` (default) ends in a browser session; `mode=token` makes the callback answer with a token pair. ' +
      'With `Accept: application/json` the authorization URL comes as JSON instead of a redirect.',
  })
  @ApiOkResponse({ type: SsoAuthorizationDto, description: 'With Accept: application/json.' })
  @ApiResponse({ status: 302, description: 'To the identity provider; sets the __Host-wb_sso cookie.' })
  @ApiProblems(400, 404)
  async login(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() query: SsoLoginQueryDto,
  ): Promise<SsoAuthorizationDto | undefined> {
    const { location, attemptId } = await this.sso.begin(request, query.mode ?? 'cookie');
    setSsoCookie(reply, attemptId, this.sso.attemptTtlSeconds);
    if (/application\/json/i.test(request.headers.accept ?? '')) return { authorization_url: location };
    reply.redirect(location, 302);
    return undefined;
  }

  @Get('callback')
  @Public()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Where the identity provider returns: checks state, nonce and PKCE, then signs the operator in',
  })
  @ApiProduces('application/json')
  @ApiOkResponse({ type: TokenResponseDto, description: 'A sign-in started with mode=token.' })
  @ApiResponse({ status: 302, description: 'Session cookies set; on to OIDC_POST_LOGIN_URL (mode=cookie).' })
  @ApiProblems(401, 403, 404)
  async callback(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenResponseDto | undefined> {
    clearSsoCookie(reply);
    const { pair, mode } = await this.sso.signIn(request, readCookies(request)[SSO_COOKIE]);
    if (mode === 'token') return pair;
    setSessionCookies(reply, this.config, pair);
    reply.redirect(this.config.oidc!.postLoginUrl, 302);
    return undefined;
  }
}
