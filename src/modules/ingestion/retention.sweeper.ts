import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { SyncBatchesRepository } from './sync-batches.repository.js';
import { SyncLogsRepository } from './sync-logs.repository.js';

const SWEEP_INTERVAL_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 3600 * 1000;

/**
 * Expires raw sync bodies and telemetry past their retention, hourly, in every process (the deletes are idempotent,
 * so several processes sweeping at once only repeat work). Journal rows stay: they are small and answer replays.
 */
@Injectable()
export class RetentionSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RetentionSweeper.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly batches: SyncBatchesRepository,
    private readonly logs: SyncLogsRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async sweep(now = Date.now()): Promise<{ payloads: number; events: number }> {
    const { rawBodyRetentionDays, telemetryRetentionDays } = this.config.ingestion;
    try {
      const payloads =
        rawBodyRetentionDays > 0
          ? await this.batches.deleteExpiredPayloads(new Date(now - rawBodyRetentionDays * DAY_MS))
          : 0;
      const events =
        telemetryRetentionDays > 0
          ? await this.logs.deleteOlderThan(new Date(now - telemetryRetentionDays * DAY_MS))
          : 0;
      return { payloads, events };
    } catch (error) {
      this.logger.warn({ err: error }, 'retention sweep failed; next run in an hour');
      return { payloads: 0, events: 0 };
    }
  }
}
