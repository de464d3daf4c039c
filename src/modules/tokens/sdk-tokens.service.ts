import { Injectable } from '@nestjs/common';
import { organizationsActingIn } from '../../common/auth/organization-roles.js';
import type { AppPrincipal, OperatorPrincipal, Principal } from '../../common/auth/principal.js';
import { CredentialEvents } from '../../common/auth/credential-events.js';
import { hashSecret } from '../../common/crypto/secrets.js';
import { AppError, notFound, unauthorized } from '../../common/errors/app-error.js';
import { Transactions } from '../../database/transactions.js';
import { ApplicationsService } from '../apps/applications.service.js';
import { AuditService } from '../audit/audit.service.js';
import { UsersService } from '../users/users.service.js';
import { AccessTokensService } from './access-tokens.service.js';
import type { IntrospectionResponseDto, OAuthTokenResponseDto } from './dto/token-requests.dto.js';
import { RefreshTokensRepository } from './refresh-tokens.repository.js';
import { INVALID_REFRESH_TOKEN, RefreshTokensService, TokenPair } from './refresh-tokens.service.js';
import { TokenGrantsService } from './token-grants.service.js';

const INACTIVE: IntrospectionResponseDto = { active: false };
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** Minting, introspecting and revoking the tokens integrators hand to the mobile SDK. */
@Injectable()
export class SdkTokensService {
  constructor(
    private readonly users: UsersService,
    private readonly applications: ApplicationsService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly refreshTokenRows: RefreshTokensRepository,
    private readonly accessTokens: AccessTokensService,
    private readonly grants: TokenGrantsService,
    private readonly audit: AuditService,
    private readonly events: CredentialEvents,
    private readonly db: Transactions,
  ) {}

  /** A new refresh family for the user (one per pairing) and its first token pair. */
  async mint(principal: Principal, userId: string): Promise<TokenPair> {
    const tenancy =
      principal.kind === 'operator'
        ? { organizationIds: organizationsActingIn(principal) }
        : { applicationId: principal.applicationId };
    const pair = await this.refreshTokens.startUserSession(userId, tenancy, {
      action: 'token.minted',
      actor: principal,
    });
    if (!pair) {
      // Outside the tenancy: 404, or 403 for a member of the user's organization whose role is too low.
      if (principal.kind === 'operator') await this.users.getOwnership(principal, userId);
      throw notFound(`User with ID: ${userId} not found.`);
    }
    return pair;
  }

  /** OAuth2 client_credentials: an app-scoped access token, usable wherever app credentials are. */
  async appToken(app: AppPrincipal): Promise<OAuthTokenResponseDto> {
    const issued = await this.accessTokens.issue(app.applicationId, 'app', { app_id: app.appId });
    return { access_token: issued.token, token_type: 'bearer', expires_in: issued.expiresIn, scope: 'app' };
  }

  /** RFC 7662: `active:false` for anything expired, revoked, unknown, or not issued for the calling application. */
  async introspect(caller: AppPrincipal, token: string): Promise<IntrospectionResponseDto> {
    if (token.startsWith('rt-')) {
      const row = await this.refreshTokenRows.describe(hashSecret(token));
      const now = Date.now();
      const active =
        row !== null &&
        row.kind === 'sdk' &&
        row.applicationId === caller.applicationId &&
        !row.familyRevokedAt &&
        !row.rotatedAt &&
        row.expiresAt.getTime() > now &&
        row.familyExpiresAt.getTime() > now;
      if (!active) return INACTIVE;
      return {
        active: true,
        sub: row.userId!,
        app_id: row.appId!,
        client_id: row.appId!,
        scope: 'sdk',
        exp: seconds(row.expiresAt),
        iat: seconds(row.createdAt),
        token_type: 'refresh_token',
      };
    }
    try {
      const claims = await this.accessTokens.verify(token);
      const principal = await this.grants.principalFor(claims);
      if (principal.kind === 'operator' || principal.applicationId !== caller.applicationId) return INACTIVE;
      return {
        active: true,
        sub: claims.sub,
        app_id: principal.appId,
        client_id: principal.appId,
        scope: claims.scope,
        exp: claims.exp,
        iat: claims.iat,
        token_type: 'access_token',
      };
    } catch (error) {
      if (error instanceof AppError) return INACTIVE;
      throw error;
    }
  }

  /**
   * RFC 6749 §6: the refresh grant of an authenticated client. A token issued to another application (or to an
   * operator) is refused like an unknown one, before anything rotates, so its owner's session is untouched.
   */
  async refreshForClient(caller: AppPrincipal, presented: string): Promise<TokenPair> {
    const row = await this.refreshTokenRows.describe(hashSecret(presented));
    if (!row || row.kind !== 'sdk' || row.applicationId !== caller.applicationId)
      throw unauthorized(INVALID_REFRESH_TOKEN);
    const { kind: _kind, userId: _userId, ...pair } = await this.refreshTokens.rotate(presented);
    return pair;
  }

  /**
   * RFC 7009: revokes the session behind a refresh token or an SDK access token issued to the calling application.
   * Tokens that are unknown, already dead or another application's are left alone and still answered 200.
   */
  async revokeForClient(caller: AppPrincipal, token: string): Promise<void> {
    if (token.startsWith('rt-')) {
      const row = await this.refreshTokenRows.describe(hashSecret(token));
      if (row?.kind === 'sdk' && row.applicationId === caller.applicationId)
        await this.refreshTokens.revoke(token);
      return;
    }
    let claims;
    try {
      claims = await this.accessTokens.verify(token);
    } catch (error) {
      if (error instanceof AppError) return;
      throw error;
    }
    if (claims.scope !== 'sdk' || claims.app_id !== caller.appId || !claims.fid) return;
    await this.refreshTokens.revokeFamilyOf(claims.sub, claims.fid, caller);
  }

  /** Ends every session of the application: refresh families revoked, access tokens issued so far rejected. */
  async revokeApplicationSessions(operator: OperatorPrincipal, appId: string): Promise<void> {
    const application = await this.applications.getAccessible(operator, appId);
    await this.db.run(async () => {
      const families = await this.refreshTokenRows.revokeApplicationSessions(application.id);
      await this.audit.record({
        action: 'application.sessions_revoked',
        actor: operator,
        applicationId: application.id,
        details: { families_revoked: families },
      });
    });
    await this.events.changed();
  }

  /** Signs the user out of every device. */
  async revokeUserSessions(principal: Principal, userId: string): Promise<void> {
    const user = await this.users.getOwnership(principal, userId);
    await this.db.run(async () => {
      const families = await this.refreshTokenRows.revokeFamiliesOfUser(userId, 'revoked');
      await this.audit.record({
        action: 'token.family_revoked',
        actor: principal,
        applicationId: user.applicationId,
        userId,
        details: { families_revoked: families },
      });
    });
    await this.events.changed();
  }
}
