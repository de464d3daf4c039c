import { Injectable } from '@nestjs/common';
import { AppError, unauthorized } from '../../common/errors/app-error.js';
import type { TokenPair } from '../tokens/refresh-tokens.service.js';
import { OperatorSessionsService } from '../tokens/operator-sessions.service.js';
import type { LoginDto, OperatorResponseDto } from './dto/login.dto.js';
import { OperatorsService } from './operators.service.js';

export const WRONG_CREDENTIALS = 'Incorrect email or password';
export const SSO_ONLY =
  'Password login is disabled for your organization: sign in with single sign-on (GET /api/v1/auth/oidc/login).';

/** Password logins (token or browser session) and the logged-in operator's profile. */
@Injectable()
export class OperatorLoginService {
  constructor(
    private readonly operators: OperatorsService,
    private readonly sessions: OperatorSessionsService,
  ) {}

  /** `cookieSession`: the tokens go into browser cookies, the access token bound to the CSRF token. */
  async login(dto: LoginDto, cookieSession = false): Promise<TokenPair> {
    return this.sessions.start(await this.checkedOperatorId(dto), cookieSession);
  }

  refreshBrowserSession(refreshToken: string): Promise<TokenPair> {
    return this.sessions.refreshCookieSession(refreshToken);
  }

  endBrowserSession(refreshToken: string): Promise<void> {
    return this.sessions.end(refreshToken);
  }

  async profile(operatorId: string): Promise<OperatorResponseDto> {
    const operator = await this.operators.getById(operatorId);
    if (!operator) throw unauthorized('Operator no longer exists');
    return {
      id: operator.id,
      email: operator.email,
      created_at: operator.createdAt,
      last_login_at: operator.lastLoginAt,
    };
  }

  private async checkedOperatorId(dto: LoginDto): Promise<string> {
    const email = (dto.email ?? dto.username)!;
    const operator = await this.operators.verifyPassword(email, dto.password);
    if (!operator) {
      await this.sessions.recordFailedLogin(email);
      throw unauthorized(WRONG_CREDENTIALS);
    }
    if (await this.operators.passwordLoginDisabled(operator.id)) throw new AppError('forbidden', SSO_ONLY);
    return operator.id;
  }
}
