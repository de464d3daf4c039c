import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { conflict } from '../../common/errors/app-error.js';
import { Transactions } from '../../database/transactions.js';
import { User } from './user.entity.js';
import type { UserView } from './dto/user.dto.js';

export interface UserFilter {
  applicationIds: string[];
  search?: string;
  email?: string;
  externalUserId?: string;
}

export interface UserPageRequest {
  sortBy: 'created_at' | 'email' | 'first_name' | 'last_name' | 'last_synced_at';
  sortOrder: 'asc' | 'desc';
  offset: number;
  limit: number;
}

export interface UserOwnership {
  id: string;
  applicationId: string;
  appId: string;
  organizationId: string;
}

export type UserFields = Partial<Pick<User, 'firstName' | 'lastName' | 'email' | 'externalUserId'>>;

const SELECT_VIEW = `
  SELECT u.id, u.application_id AS "applicationId", u.first_name AS "firstName", u.last_name AS "lastName",
         u.email, u.external_user_id AS "externalUserId", u.last_synced_at AS "lastSyncedAt",
         u.last_synced_provider AS "lastSyncedProvider", u.created_at AS "createdAt", u.updated_at AS "updatedAt",
         a.app_id AS "appId", a.organization_id AS "organizationId",
         EXISTS (SELECT 1 FROM refresh_token_families f
                  WHERE f.user_id = u.id AND f.revoked_at IS NULL AND f.expires_at > now()) AS "hasActiveConnection"
    FROM users u JOIN applications a ON a.id = u.application_id`;

const EMAIL_CONSTRAINT = 'uq_users_application_id_email';
/** Names and emails sort the way people read them, whatever the database collation. */
const TEXT_SORT_FIELDS = new Set(['email', 'first_name', 'last_name']);

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Turns the (application, email) unique violation into the peer's 409 message. */
function rethrowDuplicateEmail(error: unknown): never {
  if (
    error instanceof QueryFailedError &&
    (error.driverError as { constraint?: string }).constraint === EMAIL_CONSTRAINT
  ) {
    throw conflict('User with this email already exists.');
  }
  throw error;
}

@Injectable()
export class UsersRepository {
  constructor(private readonly db: Transactions) {}

  async getView(id: string): Promise<UserView | null> {
    const rows: UserView[] = await this.db.manager.query(`${SELECT_VIEW} WHERE u.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Who owns the user: enough for tenancy checks on hot paths (token minting), without the full view. */
  async getOwnership(id: string): Promise<UserOwnership | null> {
    const rows: UserOwnership[] = await this.db.manager.query(
      `SELECT u.id, u.application_id AS "applicationId", a.app_id AS "appId", a.organization_id AS "organizationId"
         FROM users u JOIN applications a ON a.id = u.application_id
        WHERE u.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Inserts unless the external id exists in the application; `created` says which happened. */
  async createOrGet(applicationId: string, fields: UserFields): Promise<{ id: string; created: boolean }> {
    try {
      const inserted: { id: string }[] = await this.db.manager.query(
        `INSERT INTO users (application_id, first_name, last_name, email, external_user_id)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (application_id, external_user_id) DO NOTHING
         RETURNING id`,
        [
          applicationId,
          fields.firstName ?? null,
          fields.lastName ?? null,
          fields.email ?? null,
          fields.externalUserId ?? null,
        ],
      );
      if (inserted.length > 0) return { id: inserted[0].id, created: true };
    } catch (error) {
      rethrowDuplicateEmail(error);
    }
    const [existing]: { id: string }[] = await this.db.manager.query(
      'SELECT id FROM users WHERE application_id = $1 AND external_user_id = $2',
      [applicationId, fields.externalUserId],
    );
    return { id: existing.id, created: false };
  }

  async page(filter: UserFilter, page: UserPageRequest): Promise<{ items: UserView[]; total: number }> {
    if (filter.applicationIds.length === 0) return { items: [], total: 0 };
    const conditions = ['u.application_id = ANY($1::uuid[])'];
    const params: unknown[] = [filter.applicationIds];
    const add = (sql: (placeholder: string) => string, value: unknown) => {
      params.push(value);
      conditions.push(sql(`$${params.length}`));
    };
    if (filter.search) {
      add(
        (p) => `(u.email ILIKE ${p} OR u.first_name ILIKE ${p} OR u.last_name ILIKE ${p})`,
        `%${escapeLike(filter.search)}%`,
      );
    }
    if (filter.email) add((p) => `u.email = lower(${p})`, filter.email);
    if (filter.externalUserId) add((p) => `u.external_user_id = ${p}`, filter.externalUserId);
    const where = conditions.join(' AND ');
    const direction = page.sortOrder === 'asc' ? 'ASC' : 'DESC';
    const [{ total }] = await this.db.manager.query(
      `SELECT count(*)::int AS total FROM users u WHERE ${where}`,
      params,
    );
    const items: UserView[] = await this.db.manager.query(
      `${SELECT_VIEW} WHERE ${where}
        ORDER BY ${TEXT_SORT_FIELDS.has(page.sortBy) ? `lower(u.${page.sortBy})` : `u.${page.sortBy}`} ${direction} NULLS LAST,
                 u.id ${direction}
        LIMIT ${page.limit} OFFSET ${page.offset}`,
      params,
    );
    return { items, total };
  }

  async update(id: string, fields: UserFields): Promise<void> {
    if (Object.keys(fields).length === 0) return;
    try {
      await this.db.manager.getRepository(User).update({ id }, fields);
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === '23505' &&
        (error.driverError as { constraint?: string }).constraint !== EMAIL_CONSTRAINT
      ) {
        throw conflict('Another user of this application already has this external_user_id.');
      }
      rethrowDuplicateEmail(error);
    }
  }

  /** Every table holding the user's data references it with ON DELETE CASCADE. */
  async delete(id: string): Promise<void> {
    await this.db.manager.getRepository(User).delete({ id });
  }
}
