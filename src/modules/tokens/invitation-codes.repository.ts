import { Injectable } from '@nestjs/common';
import { Transactions } from '../../database/transactions.js';

export interface CreatedInvitation {
  id: string;
  createdAt: Date;
  expiresAt: Date;
}

@Injectable()
export class InvitationCodesRepository {
  constructor(private readonly db: Transactions) {}

  /** Revokes the user's still-usable codes and stores the new one, in one statement. */
  async replaceForUser(
    userId: string,
    codeHash: Buffer,
    expiresAt: Date,
    createdBy: { kind: string; id: string | null },
  ): Promise<CreatedInvitation> {
    const [row] = await this.db.manager.query(
      `WITH revoked AS (
         UPDATE invitation_codes SET revoked_at = now()
          WHERE user_id = $1 AND redeemed_at IS NULL AND revoked_at IS NULL)
       INSERT INTO invitation_codes (user_id, code_hash, expires_at, created_by_kind, created_by_id)
       VALUES ($1, $2, $3, $4, $5)
       RETURNING id, created_at AS "createdAt", expires_at AS "expiresAt"`,
      [userId, codeHash, expiresAt, createdBy.kind, createdBy.id],
    );
    return row;
  }

  /** Single use even under concurrent redeems: only one UPDATE can match the still-open row. */
  async redeem(codeHash: Buffer): Promise<{ userId: string; applicationId: string; appId: string } | null> {
    // TypeORM answers UPDATE … RETURNING with [rows, affected].
    const [[row]] = await this.db.manager.query(
      `UPDATE invitation_codes c SET redeemed_at = now()
         FROM users u JOIN applications a ON a.id = u.application_id
        WHERE c.code_hash = $1 AND c.redeemed_at IS NULL AND c.revoked_at IS NULL AND c.expires_at > now()
          AND u.id = c.user_id
       RETURNING c.user_id AS "userId", u.application_id AS "applicationId", a.app_id AS "appId"`,
      [codeHash],
    );
    return row ?? null;
  }
}
