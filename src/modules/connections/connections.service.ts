import { Injectable } from '@nestjs/common';
import { CredentialEvents } from '../../common/auth/credential-events.js';
import type { Principal } from '../../common/auth/principal.js';
import { AppError, notFound } from '../../common/errors/app-error.js';
import { Transactions } from '../../database/transactions.js';
import { AuditService } from '../audit/audit.service.js';
import { canonicalProvider, echoable } from '../ingestion/sync-envelope.js';
import { RefreshTokensService } from '../tokens/refresh-tokens.service.js';
import { UsersService } from '../users/users.service.js';
import { WebhookOutbox } from '../webhooks/webhook-outbox.js';
import { ConnectionsRepository, type SyncSeen } from './connections.repository.js';
import type { ConnectionListDto } from './dto/connection.dto.js';

export const SDK_SIGN_OUT = 'sdk_sign_out';
/** An operator or the application's own credentials ended the connection. */
export const OPERATOR_REVOKED = 'operator';

/** On-device provider connections: what the first sync creates, sign-out revokes and the next sync re-activates. */
@Injectable()
export class ConnectionsService {
  constructor(
    private readonly connections: ConnectionsRepository,
    private readonly users: UsersService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly audit: AuditService,
    private readonly events: CredentialEvents,
    private readonly db: Transactions,
    private readonly webhooks: WebhookOutbox,
  ) {}

  /** Inside the batch transaction, so `connection.created` commits with the batch that opened the connection. */
  openForBatch(userId: string, provider: string): Promise<'created' | 'reactivated' | null> {
    return this.connections.openForBatch(userId, provider);
  }

  /** Called by ingestion after a batch committed. */
  async recordSync(seen: SyncSeen): Promise<void> {
    await this.connections.recordSync(seen);
  }

  /**
   * The app signed the user out (iOS ≥ 0.15 `signOut()`), or its backend or an operator ended the connection: the SDK
   * sessions that synced this provider end (refresh families revoked, their access tokens refused at once), the
   * connection is revoked, and an audit event and `connection.revoked` record it. Idempotent: signing out again
   * changes nothing and still succeeds.
   */
  async signOut(principal: Principal, userId: string, providerParam: string): Promise<void> {
    const id = userId.toLowerCase();
    if (principal.kind === 'sdk' && principal.userId.toLowerCase() !== id)
      throw new AppError('forbidden', 'Token does not match user_id');
    const provider = canonicalProvider(providerParam);
    if (!provider) {
      if (principal.kind === 'sdk')
        throw new AppError('forbidden', 'SDK tokens cannot disconnect this provider');
      throw notFound(`Connection ${echoable(providerParam)} not found.`);
    }
    const user = await this.users.getOwnership(principal, id);
    const reason = principal.kind === 'sdk' ? SDK_SIGN_OUT : OPERATOR_REVOKED;
    const changed = await this.db.run(() =>
      this.revokeConnection(principal, user.id, user.applicationId, provider, reason),
    );
    if (changed) await this.events.changed();
  }

  /** The one place where a connection is revoked, inside the sign-out transaction. */
  private async revokeConnection(
    principal: Principal,
    userId: string,
    applicationId: string,
    provider: string,
    reason: typeof SDK_SIGN_OUT | typeof OPERATOR_REVOKED,
  ): Promise<boolean> {
    const connection = await this.connections.getForUpdate(userId, provider);
    const families = [...(connection?.sessionFamilyIds ?? [])];
    if (principal.kind === 'sdk' && principal.familyId) families.push(principal.familyId);
    const familiesRevoked = await this.refreshTokens.endUserSessions(userId, families, reason);
    const wasActive = connection?.status === 'active';
    if (wasActive) await this.connections.markRevoked(userId, provider, reason);
    if (!wasActive && familiesRevoked === 0) return false;
    await this.audit.record({
      action: 'connection.revoked',
      actor: principal,
      applicationId,
      userId,
      subjectId: provider,
      details: { provider, reason, families_revoked: familiesRevoked },
    });
    if (wasActive)
      await this.webhooks.record(this.db.manager, applicationId, 'connection.revoked', {
        user_id: userId,
        provider,
        reason,
      });
    return true;
  }

  async list(principal: Principal, userId: string): Promise<ConnectionListDto> {
    const id = userId.toLowerCase();
    if (principal.kind === 'sdk' && principal.userId.toLowerCase() !== id)
      throw new AppError('forbidden', 'Token does not match user_id');
    const user = await this.users.getOwnership(principal, id);
    const [rows, sources] = await Promise.all([
      this.connections.list(user.id),
      this.connections.dataSources(user.id),
    ]);
    const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);
    const items = rows.map((c) => ({
      user_id: user.id,
      provider: c.provider,
      status: c.status as 'active' | 'revoked',
      revoked_reason: c.revokedReason,
      revoked_at: iso(c.revokedAt),
      first_sync_at: iso(c.firstSyncAt),
      last_sync_at: iso(c.lastSyncAt),
      sdk_version: c.sdkVersion,
      sdk_platform: c.sdkPlatform,
      user_agent: c.userAgent,
      data_sources: sources
        .filter((s) => s.provider === c.provider)
        .map((s) => ({
          id: s.id,
          app_id: s.app_id,
          app_name: s.app_name,
          device_name: s.device_name,
          device_model: s.device_model,
          device_type: s.device_type,
          last_sdk_version: s.last_sdk_version,
          last_sdk_platform: s.last_sdk_platform,
          last_batch_at: iso(s.last_batch_at),
        })),
    }));
    return { items, total: items.length };
  }
}
