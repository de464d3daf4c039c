import { Injectable } from '@nestjs/common';
import { Transactions } from '../../database/transactions.js';
import type { AuditRow } from '../audit/audit.service.js';
import type { FamilyKind, FamilyOrigin } from './refresh-token-family.entity.js';

export interface NewFamily {
  kind: FamilyKind;
  origin: FamilyOrigin;
  userId?: string | null;
  applicationId?: string | null;
  operatorId?: string | null;
  expiresAt: Date;
}

/** A refresh token joined with its family and the public app id, as the rotation needs it. */
export interface LockedRefreshToken {
  id: string;
  familyId: string;
  expiresAt: Date;
  rotatedAt: Date | null;
  successorSeed: Buffer | null;
  successorJti: string | null;
  successorIssuedAt: number | null;
  kind: FamilyKind;
  userId: string | null;
  operatorId: string | null;
  applicationId: string | null;
  appId: string | null;
  familyExpiresAt: Date;
  familyRevokedAt: Date | null;
  /** Judged by the database clock when the row was locked: the family is neither revoked nor expired. */
  familyLive: boolean;
  /** Judged by the database clock: the token was rotated no longer than the grace window ago. */
  withinGrace: boolean;
}

@Injectable()
export class RefreshTokensRepository {
  constructor(private readonly db: Transactions) {}

  /** Creates the family, its first token and, when given, its audit event, in one statement. */
  async createFamily(
    family: NewFamily & { id: string },
    tokenHash: Buffer,
    tokenExpiresAt: Date,
    audit?: AuditRow,
  ): Promise<void> {
    await this.db.manager.query(
      `WITH family AS (
         INSERT INTO refresh_token_families (id, kind, origin, user_id, application_id, operator_id, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id),
       token AS (
         INSERT INTO refresh_tokens (family_id, token_hash, expires_at) SELECT id, $8, $9 FROM family)
       INSERT INTO audit_events (action, actor_type, actor_id, application_id, user_id, subject_id, client_ip, details)
       SELECT $10::varchar, $11::varchar, $12::varchar, $13::uuid, $14::uuid, $15::varchar, $16::varchar, $17::jsonb
         FROM family WHERE $10::varchar IS NOT NULL`,
      [
        family.id,
        family.kind,
        family.origin,
        family.userId ?? null,
        family.applicationId ?? null,
        family.operatorId ?? null,
        family.expiresAt,
        tokenHash,
        tokenExpiresAt,
        audit?.action ?? null,
        audit?.actorType ?? null,
        audit?.actorId ?? null,
        audit?.applicationId ?? null,
        audit?.userId ?? null,
        audit?.subjectId ?? null,
        audit?.clientIp ?? null,
        audit?.details ?? {},
      ],
    );
  }

  /**
   * The token-mint hot path in one round trip: checks the user is in the caller's tenancy (their application, or an
   * application of an organization where the operator may act: the rule of UsersService), then creates the family, its first token and the
   * audit event. Null when the user is not in the tenancy.
   */
  async createSdkFamilyInTenancy(input: {
    familyId: string;
    userId: string;
    tenancy: { applicationId: string } | { organizationIds: string[] };
    expiresAt: Date;
    tokenHash: Buffer;
    tokenExpiresAt: Date;
    audit: Pick<AuditRow, 'action' | 'actorType' | 'actorId'>;
  }): Promise<{ applicationId: string; appId: string } | null> {
    const rows: { applicationId: string; appId: string }[] = await this.db.manager.query(
      `WITH owner AS (
         SELECT u.id AS user_id, u.application_id, a.app_id
           FROM users u JOIN applications a ON a.id = u.application_id
          WHERE u.id = $1 AND ($2::uuid IS NOT NULL OR $3::uuid[] IS NOT NULL)
            AND ($2::uuid IS NULL OR u.application_id = $2) AND ($3::uuid[] IS NULL OR a.organization_id = ANY($3))),
       family AS (
         INSERT INTO refresh_token_families (id, kind, origin, user_id, application_id, expires_at)
         SELECT $4, 'sdk', 'mint', user_id, application_id, $5 FROM owner RETURNING id),
       token AS (
         INSERT INTO refresh_tokens (family_id, token_hash, expires_at) SELECT id, $6, $7 FROM family),
       audit AS (
         INSERT INTO audit_events (action, actor_type, actor_id, application_id, user_id, subject_id)
         SELECT $8, $9, $10, application_id, user_id, $4 FROM owner)
       SELECT application_id AS "applicationId", app_id AS "appId" FROM owner`,
      [
        input.userId,
        'applicationId' in input.tenancy ? input.tenancy.applicationId : null,
        'organizationIds' in input.tenancy ? input.tenancy.organizationIds : null,
        input.familyId,
        input.expiresAt,
        input.tokenHash,
        input.tokenExpiresAt,
        input.audit.action,
        input.audit.actorType,
        input.audit.actorId,
      ],
    );
    return rows[0] ?? null;
  }

  /**
   * One statement: lock the presented token, rotate it if it is still unrotated and alive (storing the successor's
   * seed and hash), and return its state. A concurrent refresh of the same token waits on the row lock and then
   * reads the first one's rotation, so both answer with the same successor. `rotatedNow` says whether this call
   * rotated; the row shows the state before it did.
   */
  async rotateByHash(
    tokenHash: Buffer,
    successor: { seed: Buffer; jti: string; issuedAt: number; tokenHash: Buffer; idleExpiresAt: Date },
    graceSeconds: number,
  ): Promise<{ row: LockedRefreshToken; rotatedNow: boolean } | null> {
    const rows: (LockedRefreshToken & { rotatedNow: boolean })[] = await this.db.manager.query(
      `WITH current AS (
         SELECT t.id, t.family_id, t.expires_at, t.rotated_at, t.successor_seed, t.successor_jti, t.successor_issued_at,
                f.kind, f.user_id, f.operator_id, f.application_id, a.app_id,
                f.expires_at AS family_expires_at, f.revoked_at AS family_revoked_at
           FROM refresh_tokens t
           JOIN refresh_token_families f ON f.id = t.family_id
           LEFT JOIN applications a ON a.id = f.application_id
          WHERE t.token_hash = $1
            FOR UPDATE OF t),
       rotated AS (
         UPDATE refresh_tokens t
            SET rotated_at = now(), successor_seed = $2, successor_jti = $3, successor_issued_at = $4
           FROM current c
          WHERE t.id = c.id AND c.rotated_at IS NULL AND c.expires_at > now()
            AND c.family_revoked_at IS NULL AND c.family_expires_at > now()
         RETURNING t.id),
       successor AS (
         INSERT INTO refresh_tokens (family_id, token_hash, expires_at)
         SELECT c.family_id, $5, LEAST($6::timestamptz, c.family_expires_at) FROM current c WHERE EXISTS (SELECT 1 FROM rotated))
       SELECT c.id, c.family_id AS "familyId", c.expires_at AS "expiresAt", c.rotated_at AS "rotatedAt",
              c.successor_seed AS "successorSeed", c.successor_jti AS "successorJti",
              c.successor_issued_at AS "successorIssuedAt", c.kind, c.user_id AS "userId", c.operator_id AS "operatorId",
              c.application_id AS "applicationId", c.app_id AS "appId", c.family_expires_at AS "familyExpiresAt",
              c.family_revoked_at AS "familyRevokedAt", EXISTS (SELECT 1 FROM rotated) AS "rotatedNow",
              (c.family_revoked_at IS NULL AND c.family_expires_at > now()) AS "familyLive",
              COALESCE(now() - c.rotated_at <= make_interval(secs => $7), false) AS "withinGrace"
         FROM current c`,
      [
        tokenHash,
        successor.seed,
        successor.jti,
        successor.issuedAt,
        successor.tokenHash,
        successor.idleExpiresAt,
        graceSeconds,
      ],
    );
    if (rows.length === 0) return null;
    const { rotatedNow, ...row } = rows[0];
    return { row, rotatedNow };
  }

  async findFamilyIdByHash(
    tokenHash: Buffer,
  ): Promise<{ familyId: string; applicationId: string | null; userId: string | null } | null> {
    const rows = await this.db.manager.query(
      `SELECT f.id AS "familyId", f.application_id AS "applicationId", f.user_id AS "userId"
         FROM refresh_tokens t JOIN refresh_token_families f ON f.id = t.family_id
        WHERE t.token_hash = $1 AND f.revoked_at IS NULL`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async revokeFamily(familyId: string, reason: string): Promise<void> {
    await this.db.manager.query(
      'UPDATE refresh_token_families SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL',
      [familyId, reason],
    );
  }

  /** Revokes one live family of the user; false when there was none (unknown, another user's, already dead). */
  async revokeUserFamily(userId: string, familyId: string, reason: string): Promise<boolean> {
    const rows: unknown[] = await this.db.manager.query(
      `UPDATE refresh_token_families SET revoked_at = now(), revoked_reason = $3
        WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING 1`,
      [familyId, userId, reason],
    );
    return rows.length > 0;
  }

  /** Revokes every family of the application and stamps it so access tokens issued until now are rejected. */
  async revokeApplicationSessions(applicationId: string): Promise<number> {
    const [row] = await this.db.manager.query(
      `WITH stamped AS (UPDATE applications SET sessions_revoked_at = now() WHERE id = $1),
            revoked AS (UPDATE refresh_token_families SET revoked_at = now(), revoked_reason = 'sessions_revoked'
                         WHERE application_id = $1 AND revoked_at IS NULL RETURNING 1)
       SELECT count(*)::int AS count FROM revoked`,
      [applicationId],
    );
    return row.count;
  }

  async revokeFamiliesOfUser(userId: string, reason: string): Promise<number> {
    const [row] = await this.db.manager.query(
      `WITH revoked AS (UPDATE refresh_token_families SET revoked_at = now(), revoked_reason = $2
                         WHERE user_id = $1 AND revoked_at IS NULL RETURNING 1)
       SELECT count(*)::int AS count FROM revoked`,
      [userId, reason],
    );
    return row.count;
  }

  /** Ends the given sessions (families) of one user; families of other users are never touched. */
  async revokeFamiliesByIds(userId: string, familyIds: string[], reason: string): Promise<number> {
    if (familyIds.length === 0) return 0;
    const [row] = await this.db.manager.query(
      `WITH revoked AS (UPDATE refresh_token_families SET revoked_at = now(), revoked_reason = $3
                         WHERE user_id = $1 AND id = ANY($2::uuid[]) AND revoked_at IS NULL RETURNING 1)
       SELECT count(*)::int AS count FROM revoked`,
      [userId, familyIds, reason],
    );
    return row.count;
  }

  /** Read-only view of a refresh token for introspection. */
  async describe(tokenHash: Buffer): Promise<{
    kind: string;
    userId: string | null;
    applicationId: string | null;
    appId: string | null;
    createdAt: Date;
    expiresAt: Date;
    rotatedAt: Date | null;
    familyExpiresAt: Date;
    familyRevokedAt: Date | null;
  } | null> {
    const [row] = await this.db.manager.query(
      `SELECT f.kind, f.user_id AS "userId", f.application_id AS "applicationId", a.app_id AS "appId",
              t.created_at AS "createdAt", t.expires_at AS "expiresAt", t.rotated_at AS "rotatedAt",
              f.expires_at AS "familyExpiresAt", f.revoked_at AS "familyRevokedAt"
         FROM refresh_tokens t
         JOIN refresh_token_families f ON f.id = t.family_id
         LEFT JOIN applications a ON a.id = f.application_id
        WHERE t.token_hash = $1`,
      [tokenHash],
    );
    return row ?? null;
  }
}
