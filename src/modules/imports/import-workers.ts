import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { JobQueue, QUEUES } from '../webhooks/job-queue.js';
import { type ImportJob, ImportRunner } from './import-runner.js';

/**
 * Runs imports where the queue workers run (WEBHOOKS_WORKER_ENABLED: the API by default, `npm run worker`
 * processes otherwise). One import at a time per process: an import keeps a core and the database busy.
 */
@Injectable()
export class ImportWorkers implements OnApplicationBootstrap {
  private readonly logger = new Logger(ImportWorkers.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: JobQueue,
    private readonly runner: ImportRunner,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.webhooks.workerEnabled) return;
    await this.queue.work<ImportJob>(QUEUES.importRun, 1, async (job) => {
      await this.runner.run(job);
    });
    await this.queue.work(QUEUES.importSweep, 1, async () => {
      await this.runner.sweep();
    });
    await this.queue.schedule(QUEUES.importSweep, '* * * * *');
    this.logger.log('import workers started');
  }
}
