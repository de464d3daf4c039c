import { Inject, Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import type { Principal } from '../../common/auth/principal.js';
import { hashSecret } from '../../common/crypto/secrets.js';
import { notFound } from '../../common/errors/app-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { Transactions } from '../../database/transactions.js';
import { AuditService } from '../audit/audit.service.js';
import { UsersService } from '../users/users.service.js';
import type { InvitationCodeResponseDto, RedeemInvitationResponseDto } from './dto/token-requests.dto.js';
import { InvitationCodesRepository } from './invitation-codes.repository.js';
import { RefreshTokensService } from './refresh-tokens.service.js';

/** No I or O (read as 1 and 0), no 0 or 1: codes get typed by hand. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;

export function generateInvitationCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

function actorOf(principal: Principal): { kind: string; id: string | null } {
  if (principal.kind === 'operator') return { kind: 'operator', id: principal.operatorId };
  if (principal.kind === 'app') return { kind: 'app', id: principal.apiKeyId ?? principal.appId };
  return { kind: 'sdk', id: principal.userId };
}

@Injectable()
export class InvitationCodesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly codes: InvitationCodesRepository,
    private readonly users: UsersService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly audit: AuditService,
    private readonly db: Transactions,
  ) {}

  async create(principal: Principal, userId: string): Promise<InvitationCodeResponseDto> {
    const user = await this.users.getOwnership(principal, userId);
    const code = generateInvitationCode();
    const expiresAt = new Date(Date.now() + this.config.invitationCodeTtlDays * 24 * 3600 * 1000);
    return this.db.run(async () => {
      const created = await this.codes.replaceForUser(
        userId,
        hashSecret(code),
        expiresAt,
        actorOf(principal),
      );
      await this.audit.record({
        action: 'invitation.created',
        actor: principal,
        applicationId: user.applicationId,
        userId,
        subjectId: created.id,
      });
      return {
        id: created.id,
        code,
        user_id: userId,
        expires_at: created.expiresAt,
        created_at: created.createdAt,
      };
    });
  }

  async redeem(code: string): Promise<RedeemInvitationResponseDto> {
    return this.db.run(async () => {
      const redeemed = await this.codes.redeem(hashSecret(code.toUpperCase()));
      if (!redeemed) throw notFound('Invalid or expired invitation code');
      const { familyId: _familyId, ...pair } = await this.refreshTokens.startFamily(
        { kind: 'sdk', origin: 'invitation', userId: redeemed.userId, applicationId: redeemed.applicationId },
        redeemed.appId,
        {
          action: 'invitation.redeemed',
          actor: { kind: 'anonymous' },
          applicationId: redeemed.applicationId,
          userId: redeemed.userId,
        },
      );
      return { ...pair, user_id: redeemed.userId };
    });
  }
}
