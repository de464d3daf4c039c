import { Injectable } from '@nestjs/common';
import { Transactions } from '../../database/transactions.js';
import { SsoLoginAttempt } from './sso-login-attempt.entity.js';

@Injectable()
export class SsoLoginAttemptsRepository {
  constructor(private readonly db: Transactions) {}

  /** Stores an attempt and drops expired ones (there are few: one per sign-in started). */
  async create(attempt: Pick<SsoLoginAttempt, 'idHash' | 'state' | 'mode' | 'expiresAt'>): Promise<void> {
    await this.db.manager.query('DELETE FROM sso_login_attempts WHERE expires_at < now()');
    await this.db.manager
      .getRepository(SsoLoginAttempt)
      .insert({ ...attempt, state: attempt.state as object });
  }

  /** The attempt, used up: a callback can complete it at most once. */
  async take(idHash: Buffer): Promise<Pick<SsoLoginAttempt, 'state' | 'mode'> | null> {
    const rows: Pick<SsoLoginAttempt, 'state' | 'mode'>[] = await this.db.manager.query(
      // Through a CTE: TypeORM answers a bare DELETE … RETURNING with [rows, count].
      `WITH taken AS (DELETE FROM sso_login_attempts WHERE id_hash = $1 RETURNING state, mode, expires_at)
       SELECT state, mode FROM taken WHERE expires_at > now()`,
      [idHash],
    );
    return rows[0] ?? null;
  }
}
