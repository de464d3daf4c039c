import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../../common/auth/principal.js';
import { unavailable } from '../../../common/http/request-body.js';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { Transactions } from '../../../database/transactions.js';
import { AuditService } from '../../audit/audit.service.js';
import { UsersService } from '../../users/users.service.js';
import { EXPORT_TABLES, ExportRepository } from './export.repository.js';

/** Rows per keyset page: bounds memory (one page in flight) while keeping round trips few. */
const PAGE_ROWS = 2000;
const BUSY_RETRY_AFTER_SECONDS = 30;

/** Where NDJSON lines go; `write` resolves when the consumer can take more (backpressure). */
export interface LineSink {
  start(): void;
  /** Rejects when the consumer went away or took nothing for `stallTimeoutMs`. */
  write(chunk: string): Promise<void>;
  end(): void;
}

export const EXPORT_FORMAT = 'wearbridge-export/1';

@Injectable()
export class ExportService {
  private running = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly exports: ExportRepository,
    private readonly audit: AuditService,
    private readonly db: Transactions,
  ) {}

  get stallTimeoutMs(): number {
    return this.config.exports.stallTimeoutMs;
  }

  /**
   * Streams everything stored about the user as NDJSON: a header line, the profile, then every per-user table, one
   * `{"type", "data"}` line per row. One REPEATABLE READ transaction makes it a consistent snapshot; keyset pages
   * keep memory constant. At most EXPORT_MAX_CONCURRENT run per process, each holding one pooled connection; a
   * stalled reader makes `write` reject, which rolls the snapshot back and frees it.
   */
  async export(principal: Principal, userId: string, sink: LineSink): Promise<void> {
    const owner = await this.users.getOwnership(principal, userId);
    if (this.running >= this.config.exports.maxConcurrent)
      throw unavailable('Too many exports are running; retry later.', BUSY_RETRY_AFTER_SECONDS);
    this.running++;
    try {
      await this.db.run(async () => {
        await this.exports.extendStatementTimeout(this.config.database.exportStatementTimeoutMs);
        const counts = await this.exports.counts(userId);
        // Audited and committed on its own before the first byte leaves: a disclosure is never unrecorded.
        await this.db.runSeparately(() =>
          this.audit.record({
            action: 'user.exported',
            actor: principal,
            applicationId: owner.applicationId,
            userId,
            details: { format: EXPORT_FORMAT, rows: counts },
          }),
        );
        const profile = await this.exports.profile(userId);
        sink.start();
        await sink.write(
          `${JSON.stringify({ type: 'export', data: { format: EXPORT_FORMAT, user_id: userId, exported_at: new Date().toISOString() } })}\n`,
        );
        await sink.write(`${JSON.stringify({ type: 'profile', data: profile })}\n`);
        for (const table of EXPORT_TABLES) {
          let after: string[] | null = null;
          for (;;) {
            const rows = await this.exports.page(table, userId, after, PAGE_ROWS);
            if (rows.length === 0) break;
            // One write per page: lines are already JSON text from Postgres, nothing is parsed here.
            await sink.write(rows.map((r) => `{"type":"${table.type}","data":${r.line}}\n`).join(''));
            if (rows.length < PAGE_ROWS) break;
            after = rows[rows.length - 1]!.key;
          }
        }
      }, 'REPEATABLE READ');
    } finally {
      this.running--;
    }
    sink.end();
  }
}
