import { Injectable, OnModuleInit } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-custom';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { OperatorPrincipal } from '../../../common/auth/principal.js';
import { AppError, unauthorized } from '../../../common/errors/app-error.js';
import { AccessTokensService } from '../../tokens/access-tokens.service.js';
import { TokenGrantsService } from '../../tokens/token-grants.service.js';
import { ACCESS_COOKIE, CSRF_HEADER, CSRF_REFUSED, readCookies, SAFE_METHODS } from '../session-cookies.js';
import type { Refusal } from './bearer-tokens.js';
import { STRATEGY } from './credentials.js';
import { PassportAuthenticator } from './passport-authenticator.js';

function sameHash(csrfToken: string, expected: string): boolean {
  const actual = createHash('sha256').update(csrfToken).digest();
  const wanted = Buffer.from(expected, 'base64url');
  return wanted.length === actual.length && timingSafeEqual(actual, wanted);
}

/**
 * An operator's browser session: the access token in the httpOnly session cookie. Anything but GET, HEAD and OPTIONS
 * must also carry the session's CSRF token, whose hash the (signed) access token holds.
 */
@Injectable()
export class OperatorSessionStrategy
  extends PassportStrategy(Strategy, STRATEGY.operatorSession)
  implements OnModuleInit
{
  constructor(
    private readonly accessTokens: AccessTokensService,
    private readonly grants: TokenGrantsService,
    private readonly authenticator: PassportAuthenticator,
  ) {
    super();
  }

  onModuleInit(): void {
    this.authenticator.register(STRATEGY.operatorSession, this);
  }

  async validate(request: FastifyRequest): Promise<OperatorPrincipal | false | [false, Refusal]> {
    const token = readCookies(request)[ACCESS_COOKIE];
    if (!token) return false;
    let claims;
    try {
      claims = await this.accessTokens.verify(token);
    } catch (error) {
      if (error instanceof AppError) return [false, error];
      throw error;
    }
    if (claims.scope !== 'operator' || !claims.cst) return [false, unauthorized('Invalid session cookie')];
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameHash(sent, claims.cst))
        throw new AppError('forbidden', CSRF_REFUSED);
    }
    try {
      return (await this.grants.principalFor(claims)) as OperatorPrincipal;
    } catch (error) {
      if (error instanceof AppError) return [false, error];
      throw error;
    }
  }
}
