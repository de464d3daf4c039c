import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppError } from '../errors/app-error.js';
import { RateLimitCountersRepository, type WindowCounts } from './rate-limit-counters.repository.js';

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
 * Sliding one-minute windows counted in PostgreSQL, so every API process on the same database shares them. The
 * estimate weighs the previous minute by how much of it still overlaps the last 60 s, so a burst that straddles
 * a minute boundary cannot pass twice the limit. One statement counts all of a request's buckets.
 */
@Injectable()
export class RateLimiter {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly counters: RateLimitCountersRepository,
  ) {}

  async consume(buckets: RateLimitBucket[]): Promise<void> {
    if (!this.config.rateLimits.enabled || buckets.length === 0) return;
    const nowSeconds = Date.now() / 1000;
    const windowStart = Math.floor(nowSeconds / WINDOW_SECONDS) * WINDOW_SECONDS;
    const rows = await this.counters.bump(
      buckets.map((b) => b.key),
      windowStart,
      WINDOW_SECONDS,
    );
    if (Math.random() < SWEEP_PROBABILITY) await this.counters.sweepOlderThanMinutes(10);
    const limits = new Map(buckets.map((b) => [b.key, b.limit]));
    const retryAfter = Math.max(
      0,
      ...rows.map((row) => secondsUntilAllowed(row, limits.get(row.key)!, nowSeconds - windowStart)),
    );
    if (retryAfter > 0) {
      throw new AppError('rate_limited', `Too many requests; retry in ${retryAfter} s.`, {
        headers: { 'Retry-After': String(retryAfter) },
      });
    }
  }
}

/**
 * 0 when this request is within the limit, otherwise whole seconds until one more request would be. The previous
 * window's weight decays linearly through the current one; a current window at its limit waits for the next,
 * where its own count becomes the decaying one.
 */
export function secondsUntilAllowed(
  counts: Pick<WindowCounts, 'current' | 'previous'>,
  limit: number,
  secondsIntoWindow: number,
): number {
  const { current, previous } = counts;
  const overlap = 1 - secondsIntoWindow / WINDOW_SECONDS;
  if (current + previous * overlap <= limit) return 0;
  // One more request fits once `current + 1 + previous * overlap <= limit`.
  const overlapAllowingOneMore = (count: number, decaying: number) =>
    decaying > 0 ? (limit - count - 1) / decaying : 1;
  if (current + 1 <= limit) {
    const waitFraction = overlap - overlapAllowingOneMore(current, previous);
    return Math.max(1, Math.ceil(waitFraction * WINDOW_SECONDS));
  }
  const nextWindowWait = Math.max(0, 1 - overlapAllowingOneMore(0, current));
  return Math.max(1, Math.ceil(WINDOW_SECONDS - secondsIntoWindow + nextWindowWait * WINDOW_SECONDS));
}
