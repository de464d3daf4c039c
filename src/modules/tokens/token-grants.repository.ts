import { Injectable } from '@nestjs/common';
import { Transactions } from '../../database/transactions.js';

export interface SdkGrantRow {
  application_id: string;
  app_id: string;
  sessions_revoked_at: Date | null;
  family_id: string | null;
}

export interface OperatorGrantRow {
  id: string;
  family_id: string | null;
  /** Organization id → the operator's role in it. */
  memberships: Record<string, string>;
}

export interface AppGrantRow {
  id: string;
  app_id: string;
  sessions_revoked_at: Date | null;
}

/** What stands behind an access token: the user, application, operator and refresh family it was issued for. */
@Injectable()
export class TokenGrantsRepository {
  constructor(private readonly db: Transactions) {}

  /** The user's application and, when the token names one, its live refresh family. */
  async sdkGrant(userId: string, familyId: string | null): Promise<SdkGrantRow | undefined> {
    const [row] = await this.db.manager.query(
      `SELECT u.application_id, a.app_id, a.sessions_revoked_at, f.id AS family_id
         FROM users u JOIN applications a ON a.id = u.application_id
         LEFT JOIN refresh_token_families f
           ON f.id = $2 AND f.user_id = u.id AND f.revoked_at IS NULL AND f.expires_at > now()
        WHERE u.id = $1`,
      [userId, familyId],
    );
    return row as SdkGrantRow | undefined;
  }

  async operatorGrant(operatorId: string, familyId: string | null): Promise<OperatorGrantRow | undefined> {
    const [row] = await this.db.manager.query(
      `SELECT o.id, f.id AS family_id,
              COALESCE((SELECT jsonb_object_agg(m.organization_id, m.role)
                          FROM organization_members m WHERE m.operator_id = o.id), '{}') AS memberships
         FROM operators o
         LEFT JOIN refresh_token_families f
           ON f.id = $2 AND f.operator_id = o.id AND f.revoked_at IS NULL AND f.expires_at > now()
        WHERE o.id = $1`,
      [operatorId, familyId],
    );
    return row as OperatorGrantRow | undefined;
  }

  async appGrant(applicationId: string): Promise<AppGrantRow | undefined> {
    const [row] = await this.db.manager.query(
      'SELECT id, app_id, sessions_revoked_at FROM applications WHERE id = $1',
      [applicationId],
    );
    return row as AppGrantRow | undefined;
  }
}
