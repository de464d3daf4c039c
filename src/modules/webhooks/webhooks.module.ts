import { Module } from '@nestjs/common';
import { AppsModule } from '../apps/apps.module.js';
import { JobQueue } from './job-queue.js';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import { WebhookDispatcher } from './webhook-dispatcher.js';
import { WebhookEndpointsRepository } from './webhook-endpoints.repository.js';
import { WebhookOutbox } from './webhook-outbox.js';
import { WebhookSecrets } from './webhook-secrets.js';
import { WebhookWorkers } from './webhook-workers.js';
import { WebhooksController } from './webhooks.controller.js';
import { WebhooksService } from './webhooks.service.js';

/** Webhook endpoints, the transactional outbox other modules record events into, and the delivery workers. */
@Module({
  imports: [AppsModule],
  controllers: [WebhooksController],
  providers: [
    JobQueue,
    WebhookDeliveriesRepository,
    WebhookDispatcher,
    WebhookEndpointsRepository,
    WebhookOutbox,
    WebhookSecrets,
    WebhookWorkers,
    WebhooksService,
  ],
  exports: [JobQueue, WebhookOutbox],
})
export class WebhooksModule {}
