import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { JobQueue, QUEUES } from './job-queue.js';
import { DeliverJob, FanoutJob, WebhookDispatcher } from './webhook-dispatcher.js';

/** Parallel deliveries per fetch: one slow receiver must not hold back the others. */
const DELIVERY_BATCH = 25;
/** Independent delivery loops per process. */
const DELIVERY_LOOPS = 2;

/** Starts the queue workers in this process when WEBHOOKS_WORKER_ENABLED (the API by default; `npm run worker`). */
@Injectable()
export class WebhookWorkers implements OnApplicationBootstrap {
  private readonly logger = new Logger(WebhookWorkers.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: JobQueue,
    private readonly dispatcher: WebhookDispatcher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.webhooks.workerEnabled) return;
    await this.queue.work<FanoutJob>(QUEUES.fanout, 50, (job) => this.dispatcher.fanOut(job));
    for (let i = 0; i < DELIVERY_LOOPS; i++)
      await this.queue.work<DeliverJob>(QUEUES.deliver, DELIVERY_BATCH, (job) =>
        this.dispatcher.deliver(job),
      );
    await this.queue.work(QUEUES.prune, 1, () => this.dispatcher.prune());
    await this.queue.schedule(QUEUES.prune, '17 3 * * *');
    this.logger.log('webhook workers started');
  }
}
