import { Injectable } from '@nestjs/common';
import { unauthorized } from '../../common/errors/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { RefreshTokensService, TokenPair } from './refresh-tokens.service.js';

/** Operator logins: a refresh family per login, through the same machinery as SDK sessions. */
@Injectable()
export class OperatorSessionsService {
  constructor(
    private readonly refreshTokens: RefreshTokensService,
    private readonly audit: AuditService,
  ) {}

  /** `cookieSession`: the access token is bound to the session's CSRF token (see session-cookies.ts). */
  async start(
    operatorId: string,
    cookieSession = false,
    origin: 'login' | 'sso' = 'login',
  ): Promise<TokenPair> {
    const { familyId: _familyId, ...pair } = await this.refreshTokens.startFamily(
      { kind: 'operator', origin, operatorId },
      undefined,
      undefined,
      cookieSession,
    );
    return pair;
  }

  /** Rotates a cookie session's refresh token; the same rules as for phones (grace window, reuse detection). */
  async refreshCookieSession(refreshToken: string): Promise<TokenPair> {
    const { kind, userId: _userId, ...pair } = await this.refreshTokens.rotate(refreshToken, true);
    if (kind !== 'operator') throw unauthorized('Invalid refresh token');
    return pair;
  }

  async end(refreshToken: string): Promise<void> {
    await this.refreshTokens.revoke(refreshToken);
  }

  async recordFailedLogin(email: string): Promise<void> {
    await this.audit.record({
      action: 'operator.login_failed',
      actor: { kind: 'anonymous' },
      details: { email },
    });
  }
}
