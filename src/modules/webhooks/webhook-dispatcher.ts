import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { Transactions } from '../../database/transactions.js';
import { AuditService } from '../audit/audit.service.js';
import { type SendResult, isSuccess, sendWebhook } from './http-sender.js';
import { JobQueue, QUEUES } from './job-queue.js';
import { nextAttemptAt } from './retry-schedule.js';
import { signedHeaders } from './signing.js';
import { type PendingSummaryDays, summaryDaysPayload } from './summary-days.js';
import { type DeliveryTarget, WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import type { DeliveryState } from './webhook-delivery.entity.js';
import { WebhookEndpointsRepository } from './webhook-endpoints.repository.js';
import { WebhookSecrets } from './webhook-secrets.js';

export interface FanoutJob {
  eventId: string;
}

export interface DeliverJob {
  deliveryId: string;
  /** The attempt this job makes; a job whose attempt was already made (a duplicate, a stale retry) does nothing. */
  attempt: number;
}

/** The worker side: fan-out of committed events, one HTTP attempt per job, the retry schedule, disabling. */
@Injectable()
export class WebhookDispatcher {
  private readonly logger = new Logger(WebhookDispatcher.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Transactions,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly endpoints: WebhookEndpointsRepository,
    private readonly secrets: WebhookSecrets,
    private readonly audit: AuditService,
    private readonly queue: JobQueue,
  ) {}

  async fanOut({ eventId }: FanoutJob): Promise<void> {
    await this.db.run(async () => {
      const event = await this.deliveries.lockPendingEvent(eventId);
      if (!event) return;
      const data =
        event.type === 'summary.updated'
          ? { user_id: event.data.user_id, days: summaryDaysPayload(event.data.days as PendingSummaryDays) }
          : event.data;
      const ids = await this.deliveries.fanOut(event, data);
      await this.queue.sendInTransaction(
        this.db.manager,
        ids.map((deliveryId) => ({ name: QUEUES.deliver, data: { deliveryId, attempt: 1 } })),
      );
    });
  }

  async deliver({ deliveryId, attempt }: DeliverJob): Promise<void> {
    const target = await this.deliveries.target(deliveryId);
    if (!target || target.state !== 'pending' || target.attemptCount !== attempt - 1) return;
    if (!target.enabled) {
      await this.deliveries.cancel(deliveryId);
      return;
    }
    const sealed = await this.endpoints.sealedSecrets(target.endpointId);
    if (!sealed) return;
    const now = new Date();
    const body = JSON.stringify({
      type: target.type,
      timestamp: new Date(target.occurredAt).toISOString(),
      data: target.data,
    });
    const headers = signedHeaders(
      this.secrets.signingSecrets(sealed, now),
      `msg_${target.eventId.replaceAll('-', '')}`,
      Math.floor(now.getTime() / 1000),
      body,
    );
    const result = await sendWebhook({
      url: target.url,
      headers,
      body,
      timeoutMs: this.config.webhooks.timeoutSeconds * 1000,
      policy: {
        requireHttps: this.config.webhooks.requireHttps,
        allowPrivateNetworks: this.config.webhooks.allowPrivateNetworks,
      },
    });
    await this.settle(target, attempt, now, result);
  }

  private async settle(target: DeliveryTarget, attempt: number, attemptedAt: Date, result: SendResult) {
    const { webhooks } = this.config;
    await this.db.run(async () => {
      const succeeded = isSuccess(result);
      let state: DeliveryState = succeeded ? 'succeeded' : 'pending';
      let next: Date | null = null;
      let disable = false;
      let failingSince: Date | null = null;
      if (succeeded) await this.endpoints.markSucceeded(target.endpointId);
      else {
        const streak = await this.endpoints.markFailed(
          target.endpointId,
          webhooks.disableAfterFailingSeconds,
        );
        disable = streak.overdue;
        failingSince = streak.failingSince;
        next = disable
          ? null
          : nextAttemptAt(attempt, webhooks.retryScheduleSeconds, webhooks.retryJitter, new Date());
        if (disable) state = 'cancelled';
        else if (!next) state = 'failed';
      }
      const recorded = await this.deliveries.recordAttempt(
        target.deliveryId,
        attempt,
        {
          attemptedAt,
          statusCode: result.statusCode,
          latencyMs: result.latencyMs,
          error: result.error,
          responseExcerpt: result.responseExcerpt,
          responseContentType: result.responseContentType,
        },
        { state, nextAttemptAt: next },
      );
      if (!recorded) return;
      if (disable) await this.disable(target, failingSince);
      if (next)
        await this.queue.sendInTransaction(this.db.manager, [
          {
            name: QUEUES.deliver,
            data: { deliveryId: target.deliveryId, attempt: attempt + 1 },
            startAfter: next,
          },
        ]);
    });
  }

  private async disable(target: DeliveryTarget, failingSince: Date | null): Promise<void> {
    await this.endpoints.disableForFailing(target.endpointId);
    await this.deliveries.cancelPending(target.endpointId);
    await this.deliveries.insertDirectEvent(
      target.applicationId,
      target.endpointId,
      'webhook.disabled',
      {
        endpoint_id: target.endpointId,
        reason: 'failing',
        failing_since: failingSince?.toISOString() ?? null,
      },
      'notice',
    );
    await this.audit.record({
      action: 'webhook.disabled',
      applicationId: target.applicationId,
      subjectId: target.endpointId,
      details: { reason: 'failing', failing_since: failingSince?.toISOString() ?? null },
    });
    this.logger.warn({ endpointId: target.endpointId }, 'webhook endpoint disabled after failing too long');
  }

  async prune(): Promise<void> {
    const removed = await this.deliveries.pruneEvents(this.config.webhooks.eventRetentionDays);
    if (removed > 0) this.logger.log({ removed }, 'old webhook events removed');
  }
}
