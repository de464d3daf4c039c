import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal.js';
import { Transactions } from '../../database/transactions.js';
import { AuditActorType, AuditEvent } from './audit-event.entity.js';

export type AuditAction =
  | 'operator.created'
  | 'operator.login_failed'
  | 'application.created'
  | 'application.deleted'
  | 'application.secret_rotated'
  | 'application.sessions_revoked'
  | 'api_key.created'
  | 'api_key.rotated'
  | 'api_key.deleted'
  | 'user.created'
  | 'user.deleted'
  | 'user.exported'
  | 'token.minted'
  | 'token.family_revoked'
  | 'token.reuse_detected'
  | 'invitation.created'
  | 'invitation.redeemed'
  | 'webhook.created'
  | 'webhook.deleted'
  | 'webhook.secret_rotated'
  | 'webhook.disabled'
  | 'connection.revoked'
  | 'organization.created'
  | 'organization.updated'
  | 'organization.member_invited'
  | 'organization.invitation_revoked'
  | 'organization.member_joined'
  | 'organization.member_role_changed'
  | 'organization.member_removed'
  | 'organization.ownership_transferred'
  | 'operator.sso_login'
  | 'operator.sso_login_refused'
  | 'import.created'
  | 'import.cancelled';

export interface AuditEntry {
  action: AuditAction;
  actor?: Principal | { kind: 'system' | 'anonymous'; id?: string };
  applicationId?: string | null;
  userId?: string | null;
  organizationId?: string | null;
  subjectId?: string | null;
  clientIp?: string | null;
  details?: Record<string, unknown>;
}

function actorOf(actor: AuditEntry['actor']): { type: AuditActorType; id: string | null } {
  if (!actor) return { type: 'system', id: null };
  switch (actor.kind) {
    case 'operator':
      return { type: 'operator', id: actor.operatorId };
    case 'app':
      return { type: 'app', id: actor.apiKeyId ?? actor.appId };
    case 'sdk':
      return { type: 'sdk', id: actor.userId };
    default:
      return { type: actor.kind, id: actor.id ?? null };
  }
}

/** An audit event as stored, for statements that write it together with the change it records. */
export interface AuditRow {
  action: AuditAction;
  actorType: AuditActorType;
  actorId: string | null;
  applicationId: string | null;
  userId: string | null;
  organizationId: string | null;
  subjectId: string | null;
  clientIp: string | null;
  details: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(private readonly db: Transactions) {}

  /** Written inside the caller's transaction when there is one, so the event commits with the change it records. */
  async record(entry: AuditEntry): Promise<void> {
    const row = this.row(entry);
    await this.db.manager.insert(AuditEvent, { ...row, details: row.details as object });
  }

  row(entry: AuditEntry): AuditRow {
    const actor = actorOf(entry.actor);
    return {
      action: entry.action,
      actorType: actor.type,
      actorId: actor.id,
      applicationId: entry.applicationId ?? null,
      userId: entry.userId ?? null,
      organizationId: entry.organizationId ?? null,
      subjectId: entry.subjectId ?? null,
      clientIp: entry.clientIp ?? null,
      details: entry.details ?? {},
    };
  }
}
