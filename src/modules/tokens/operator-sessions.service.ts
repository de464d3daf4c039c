import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { RefreshTokensService, TokenPair } from './refresh-tokens.service.js';

/** Operator logins: a refresh family per login, through the same machinery as SDK sessions. */
@Injectable()
export class OperatorSessionsService {
  constructor(
    private readonly refreshTokens: RefreshTokensService,
    private readonly audit: AuditService,
  ) {}

  async start(operatorId: string): Promise<TokenPair> {
    const { familyId: _familyId, ...pair } = await this.refreshTokens.startFamily({
      kind: 'operator',
      origin: 'login',
      operatorId,
    });
    return pair;
  }

  async recordFailedLogin(email: string): Promise<void> {
    await this.audit.record({
      action: 'operator.login_failed',
      actor: { kind: 'anonymous' },
      details: { email },
    });
  }
}
