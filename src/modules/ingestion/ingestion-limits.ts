import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { RateLimitCountersRepository } from '../../common/rate-limit/rate-limit-counters.repository.js';
import { ByteBudget, RETRY_AFTER_SECONDS, unavailable } from '../../common/http/request-body.js';
import { workingSetOf, workingSetWithin } from './ingestion-memory.js';

const WINDOW_SECONDS = 60;

/**
 * Per-user fairness on the sync path. Every refusal is 503 + Retry-After, never 429 or another 4xx: iOS drops a chunk
 * answered with any 4xx, while a 5xx makes both SDKs re-send it later.
 *
 * - concurrent requests: counted in this process only (a load balancer spreads one user's requests rarely, and an
 *   in-process gate needs no round trip); with N processes a user may have N × the limit in flight;
 * - items per minute: a fixed window in `rate_limit_counters`, shared by every process on the database;
 * - bodies in flight: one budget for the whole process, each body counted by the memory it takes, so that together
 *   they stay under INGEST_MEMORY_CEILING_BYTES (see ingestion-memory.ts).
 */
@Injectable()
export class IngestionLimits {
  private readonly inFlight = new Map<string, number>();
  readonly bytes: ByteBudget;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly counters: RateLimitCountersRepository,
  ) {
    // INGEST_MAX_INFLIGHT_BYTES counts decoded bytes as they are; by default bodies count the memory they take.
    const override = config.ingestion.maxInflightBytes;
    this.bytes =
      override !== undefined && override !== null
        ? new ByteBudget(override)
        : new ByteBudget(
            workingSetWithin(config.ingestion.memoryCeilingBytes, process.memoryUsage.rss()),
            workingSetOf,
          );
  }

  /** Sync requests of this user in flight in this process. */
  activeSyncs(userId: string): number {
    return this.inFlight.get(userId) ?? 0;
  }

  async withUserSlot<T>(userId: string, work: () => Promise<T>): Promise<T> {
    const max = this.config.ingestion.userMaxConcurrent;
    const current = this.inFlight.get(userId) ?? 0;
    if (max > 0 && current >= max)
      throw unavailable(`Too many concurrent sync requests for this user (limit ${max}); retry later.`);
    this.inFlight.set(userId, current + 1);
    try {
      return await work();
    } finally {
      const left = (this.inFlight.get(userId) ?? 1) - 1;
      if (left > 0) this.inFlight.set(userId, left);
      else this.inFlight.delete(userId);
    }
  }

  /**
   * Adds a batch's items to the user's current window unless that would pass the limit. A batch larger than the whole
   * limit is still admitted into an empty window, or it could never be stored. Returns the refund for a batch that
   * then fails, so a failure the SDK will retry does not count twice.
   */
  async consumeItems(userId: string, items: number): Promise<() => Promise<void>> {
    const limit = this.config.ingestion.userItemsPerMinute;
    const noRefund = async () => undefined;
    if (limit <= 0 || items === 0) return noRefund;
    const nowSeconds = Date.now() / 1000;
    const windowStart = Math.floor(nowSeconds / WINDOW_SECONDS) * WINDOW_SECONDS;
    const key = `ingest:items:${userId}`;
    if (!(await this.counters.addWithin(key, windowStart, items, limit))) {
      const retryAfter = Math.max(RETRY_AFTER_SECONDS, Math.ceil(windowStart + WINDOW_SECONDS - nowSeconds));
      throw unavailable(
        `This user has pushed more than ${limit} items in the last minute; retry later.`,
        retryAfter,
      );
    }
    return () => this.counters.subtract(key, windowStart, items).catch(() => undefined);
  }
}
