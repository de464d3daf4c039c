import { Injectable } from '@nestjs/common';
import { Transactions } from '../../database/transactions.js';

export interface WindowCounts {
  key: string;
  current: number;
  previous: number;
}

/** Per-minute counters in the UNLOGGED `rate_limit_counters` table, shared by every process on the database. */
@Injectable()
export class RateLimitCountersRepository {
  constructor(private readonly db: Transactions) {}

  /** Adds one to each key's current window and reads the window before it, in one statement. */
  async bump(keys: string[], windowStartSeconds: number, windowSeconds: number): Promise<WindowCounts[]> {
    return this.db.manager.query(
      `WITH bumped AS (
         INSERT INTO rate_limit_counters (key, window_start, count)
         SELECT key, to_timestamp($2), 1 FROM unnest($1::text[]) AS key
         ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_counters.count + 1
         RETURNING key, count
       )
       SELECT bumped.key, bumped.count AS current, coalesce(previous.count, 0) AS previous
       FROM bumped
       LEFT JOIN rate_limit_counters previous
         ON previous.key = bumped.key AND previous.window_start = to_timestamp($2 - $3::int)`,
      [keys, windowStartSeconds, windowSeconds],
    );
  }

  /**
   * Adds `amount` to the key's window unless that passes `limit`; an empty window admits any amount (or a batch larger
   * than the whole limit could never pass). False when refused.
   */
  async addWithin(key: string, windowStartSeconds: number, amount: number, limit: number): Promise<boolean> {
    const rows: unknown[] = await this.db.manager.query(
      `INSERT INTO rate_limit_counters AS c (key, window_start, count) VALUES ($1, to_timestamp($2), $3)
       ON CONFLICT (key, window_start) DO UPDATE SET count = c.count + EXCLUDED.count
        WHERE c.count = 0 OR c.count + EXCLUDED.count <= $4
       RETURNING count`,
      [key, windowStartSeconds, amount, limit],
    );
    return rows.length > 0;
  }

  async subtract(key: string, windowStartSeconds: number, amount: number): Promise<void> {
    await this.db.manager.query(
      `UPDATE rate_limit_counters SET count = greatest(count - $3, 0)
        WHERE key = $1 AND window_start = to_timestamp($2)`,
      [key, windowStartSeconds, amount],
    );
  }

  async sweepOlderThanMinutes(minutes: number): Promise<void> {
    await this.db.manager.query(
      `DELETE FROM rate_limit_counters WHERE window_start < now() - make_interval(mins => $1)`,
      [minutes],
    );
  }
}
