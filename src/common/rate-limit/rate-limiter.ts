import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { Transactions } from '../../database/transactions.js';
import { AppError } from '../errors/app-error.js';

export interface RateLimitBucket {
  /** What is counted: `login:ip:1.2.3.4`, `mint:app:app_…`. Long or secret parts are hashed by `bucketKey`. */
  key: string;
  limit: number;
}

const WINDOW_SECONDS = 60;
/** Old windows are swept by the occasional request instead of a scheduler. */
const SWEEP_PROBABILITY = 0.002;

export function bucketKey(scope: string, kind: string, value: string): string {
  // Credentials (emails, tokens) are only ever stored hashed; addresses stay readable for operators.
  const safe =
    kind !== 'credential' && value.length <= 64 ? value : createHash('sha256').update(value).digest('hex');
  return `${scope}:${kind}:${safe}`;
}

/**
 * Fixed one-minute windows counted in PostgreSQL, so every API process on the same database shares them. One
 * statement counts all of a request's buckets.
 */
@Injectable()
export class RateLimiter {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Transactions,
  ) {}

  async consume(buckets: RateLimitBucket[]): Promise<void> {
    if (!this.config.rateLimits.enabled || buckets.length === 0) return;
    const nowSeconds = Date.now() / 1000;
    const windowStart = Math.floor(nowSeconds / WINDOW_SECONDS) * WINDOW_SECONDS;
    const rows: { key: string; count: number }[] = await this.db.manager.query(
      `INSERT INTO rate_limit_counters (key, window_start, count)
       SELECT key, to_timestamp($2), 1 FROM unnest($1::text[]) AS key
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_counters.count + 1
       RETURNING key, count`,
      [buckets.map((b) => b.key), windowStart],
    );
    if (Math.random() < SWEEP_PROBABILITY) {
      await this.db.manager.query(
        `DELETE FROM rate_limit_counters WHERE window_start < now() - interval '10 minutes'`,
      );
    }
    const limits = new Map(buckets.map((b) => [b.key, b.limit]));
    if (rows.some((row) => row.count > limits.get(row.key)!)) {
      const retryAfter = Math.max(1, Math.ceil(windowStart + WINDOW_SECONDS - nowSeconds));
      throw new AppError('rate_limited', `Too many requests; retry in ${retryAfter} s.`, {
        headers: { 'Retry-After': String(retryAfter) },
      });
    }
  }
}
