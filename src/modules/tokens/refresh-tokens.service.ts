import { Inject, Injectable } from '@nestjs/common';
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { CredentialEvents } from '../../common/auth/credential-events.js';
import type { AppPrincipal } from '../../common/auth/principal.js';
import { uuidV7 } from '../../common/crypto/uuid-v7.js';
import { generateSecret, hashSecret } from '../../common/crypto/secrets.js';
import { unauthorized } from '../../common/errors/app-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { Transactions } from '../../database/transactions.js';
import { AuditEntry, AuditService } from '../audit/audit.service.js';
import { AccessTokensService } from './access-tokens.service.js';
import { LockedRefreshToken, NewFamily, RefreshTokensRepository } from './refresh-tokens.repository.js';

export const INVALID_REFRESH_TOKEN = 'Invalid or revoked refresh token';
const REFRESH_PREFIX = 'rt-';

export interface TokenPair {
  access_token: string;
  token_type: 'bearer';
  refresh_token: string;
  expires_in: number;
}

export interface RotationResult extends TokenPair {
  kind: LockedRefreshToken['kind'];
  userId: string | null;
}

interface Successor {
  row: LockedRefreshToken;
  seed: Buffer;
  jti: string;
  issuedAt: number;
}

type Outcome = { successor: Successor } | { reuse: LockedRefreshToken } | { invalid: true };

/** The successor is derived, not stored: the same presented token and seed always give the same successor. */
function deriveSuccessor(presented: string, seed: Buffer): string {
  return REFRESH_PREFIX + createHmac('sha256', seed).update(presented).digest('hex');
}

/**
 * A cookie session's CSRF token, derived from its refresh token: a replayed rotation (same successor) gets the same
 * one, and the token (readable by the page's script) reveals nothing about the refresh token.
 */
export function csrfTokenFor(refreshToken: string): string {
  return createHash('sha256').update(`wearbridge-csrf:${refreshToken}`).digest('base64url');
}

/** What a cookie session's access token carries (`cst`) to bind it to its CSRF token. */
export function csrfTokenHash(csrfToken: string): string {
  return createHash('sha256').update(csrfToken).digest('base64url');
}

@Injectable()
export class RefreshTokensService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: RefreshTokensRepository,
    private readonly accessTokens: AccessTokensService,
    private readonly audit: AuditService,
    private readonly db: Transactions,
    private readonly events: CredentialEvents,
  ) {}

  private idleExpiry(familyExpiresAt: Date): Date {
    const idle = Date.now() + this.config.refreshTokens.idleTtlSeconds * 1000;
    return new Date(Math.min(idle, familyExpiresAt.getTime()));
  }

  private accessTokenFor(
    owner: {
      kind: 'sdk' | 'operator';
      userId?: string | null;
      operatorId?: string | null;
      appId?: string | null;
    },
    familyId: string,
    fixed?: { jti: string; iat: number },
    cookieRefreshToken?: string,
  ) {
    const subject = owner.kind === 'sdk' ? owner.userId! : owner.operatorId!;
    const claims: { app_id?: string; fid: string; cst?: string } =
      owner.kind === 'sdk' ? { app_id: owner.appId!, fid: familyId } : { fid: familyId };
    if (cookieRefreshToken) claims.cst = csrfTokenHash(csrfTokenFor(cookieRefreshToken));
    return this.accessTokens.issue(subject, owner.kind, claims, fixed);
  }

  /**
   * Starts a family (a login, a pairing) with its first refresh token and an access token bound to it. The token is
   * signed before the one statement that stores family, token and (optionally) the audit event, so no database
   * connection waits on cryptography.
   */
  async startFamily(
    family: Omit<NewFamily, 'expiresAt'>,
    appId?: string,
    audit?: AuditEntry,
    cookieSession = false,
  ): Promise<TokenPair & { familyId: string }> {
    const familyId = randomUUID();
    const refreshToken = generateSecret(REFRESH_PREFIX);
    const expiresAt = new Date(Date.now() + this.config.refreshTokens.absoluteTtlSeconds * 1000);
    const access = await this.accessTokenFor(
      { kind: family.kind, userId: family.userId, operatorId: family.operatorId, appId },
      familyId,
      undefined,
      cookieSession ? refreshToken : undefined,
    );
    await this.tokens.createFamily(
      { ...family, id: familyId, expiresAt },
      hashSecret(refreshToken),
      this.idleExpiry(expiresAt),
      audit && this.audit.row({ ...audit, subjectId: familyId }),
    );
    return {
      access_token: access.token,
      token_type: 'bearer',
      refresh_token: refreshToken,
      expires_in: access.expiresIn,
      familyId,
    };
  }

  /**
   * A new SDK session for a user in the caller's tenancy, stored in one statement; null when the user is not in it.
   * The access token is signed afterwards: nothing holds a connection while it is.
   */
  async startUserSession(
    userId: string,
    tenancy: { applicationId: string } | { organizationIds: string[] },
    audit: AuditEntry,
  ): Promise<TokenPair | null> {
    const familyId = randomUUID();
    const refreshToken = generateSecret(REFRESH_PREFIX);
    const expiresAt = new Date(Date.now() + this.config.refreshTokens.absoluteTtlSeconds * 1000);
    const owner = await this.tokens.createSdkFamilyInTenancy({
      familyId,
      userId,
      tenancy,
      expiresAt,
      tokenHash: hashSecret(refreshToken),
      tokenExpiresAt: this.idleExpiry(expiresAt),
      audit: this.audit.row(audit),
    });
    if (!owner) return null;
    const access = await this.accessTokenFor({ kind: 'sdk', userId, appId: owner.appId }, familyId);
    return {
      access_token: access.token,
      token_type: 'bearer',
      refresh_token: refreshToken,
      expires_in: access.expiresIn,
    };
  }

  /**
   * Rotation in one statement under a row lock (see `rotateByHash`). The just-rotated token presented again inside
   * the grace window returns the same successor pair; presented later it is reuse, and the whole family is revoked.
   * Everything random is drawn before the statement and the access token is signed after it.
   */
  async rotate(presented: string, cookieSession = false): Promise<RotationResult> {
    if (!presented.startsWith(REFRESH_PREFIX)) throw unauthorized(INVALID_REFRESH_TOKEN);
    const now = Date.now();
    const fresh = { seed: randomBytes(32), jti: uuidV7(now), issuedAt: Math.floor(now / 1000) };
    const result = await this.tokens.rotateByHash(
      hashSecret(presented),
      {
        ...fresh,
        tokenHash: hashSecret(deriveSuccessor(presented, fresh.seed)),
        idleExpiresAt: new Date(Date.now() + this.config.refreshTokens.idleTtlSeconds * 1000),
      },
      this.config.refreshTokens.graceSeconds,
    );
    const outcome = await this.judge(result, fresh);
    if ('successor' in outcome) {
      const { row, seed, jti, issuedAt } = outcome.successor;
      return this.successorPair(row, presented, seed, jti, issuedAt, cookieSession);
    }
    if ('reuse' in outcome) {
      await this.events.changed();
      await this.audit.record({
        action: 'token.reuse_detected',
        actor: { kind: 'anonymous' },
        applicationId: outcome.reuse.applicationId,
        userId: outcome.reuse.userId,
        subjectId: outcome.reuse.familyId,
      });
    }
    throw unauthorized(INVALID_REFRESH_TOKEN);
  }

  /** What a rotation attempt means: a (possibly replayed) successor, reuse of a rotated token, or a dead token. */
  private async judge(
    result: { row: LockedRefreshToken; rotatedNow: boolean } | null,
    fresh: Omit<Successor, 'row'>,
  ): Promise<Outcome> {
    if (!result) return { invalid: true };
    const { row, rotatedNow } = result;
    if (rotatedNow) return { successor: { row, ...fresh } };
    // Liveness and the grace window were judged in the statement, by the database clock: API hosts' clocks may drift.
    if (!row.familyLive) return { invalid: true };
    if (!row.rotatedAt) return { invalid: true }; // not rotated by this call, so it was expired
    if (!row.withinGrace) {
      await this.tokens.revokeFamily(row.familyId, 'reuse_detected');
      return { reuse: row };
    }
    return {
      successor: { row, seed: row.successorSeed!, jti: row.successorJti!, issuedAt: row.successorIssuedAt! },
    };
  }

  private async successorPair(
    row: LockedRefreshToken,
    presented: string,
    seed: Buffer,
    jti: string,
    iat: number,
    cookieSession: boolean,
  ) {
    const successor = deriveSuccessor(presented, seed);
    const access = await this.accessTokenFor(
      row,
      row.familyId,
      { jti, iat },
      cookieSession ? successor : undefined,
    );
    return {
      access_token: access.token,
      token_type: 'bearer' as const,
      refresh_token: successor,
      expires_in: access.expiresIn,
      kind: row.kind,
      userId: row.userId,
    };
  }

  /** Ends the user's family `familyId` (an access token's `fid`) on behalf of its application. */
  async revokeFamilyOf(userId: string, familyId: string, actor: AppPrincipal): Promise<void> {
    await this.db.run(async () => {
      const revoked = await this.tokens.revokeUserFamily(userId, familyId, 'revoked');
      if (!revoked) return;
      await this.audit.record({
        action: 'token.family_revoked',
        actor,
        applicationId: actor.applicationId,
        userId,
        subjectId: familyId,
      });
    });
    await this.events.changed();
  }

  /**
   * Ends these SDK sessions of the user inside the caller's transaction; the caller announces the change
   * (CredentialEvents) after commit so access tokens of those families are refused at once.
   */
  async endUserSessions(userId: string, familyIds: string[], reason: string): Promise<number> {
    return this.tokens.revokeFamiliesByIds(userId, [...new Set(familyIds)], reason);
  }

  /** RFC 7009: ends the token's family; unknown or already revoked tokens are not an error. */
  async revoke(presented: string): Promise<void> {
    const family = await this.tokens.findFamilyIdByHash(hashSecret(presented));
    if (!family) return;
    await this.db.run(async () => {
      await this.tokens.revokeFamily(family.familyId, 'revoked');
      await this.audit.record({
        action: 'token.family_revoked',
        applicationId: family.applicationId,
        userId: family.userId,
        subjectId: family.familyId,
      });
    });
    await this.events.changed();
  }
}
