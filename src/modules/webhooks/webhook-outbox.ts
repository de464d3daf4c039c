import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { Transactions } from '../../database/transactions.js';
import { EVENT_TYPES, type WebhookEventData, type WebhookEventType } from './event-catalogue.js';
import { JobQueue, QUEUES } from './job-queue.js';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import type { BatchTouched } from '../normalization/batch-touched.js';
import { type PendingSummaryDays, summaryDaysOf } from './summary-days.js';

type Counts = WebhookEventData['sync.completed']['counts'];

export interface StoredBatch {
  userId: string;
  applicationId: string;
  batchId: string;
  provider: string;
  /** Normalization's counts (extra fields are left out of the event). */
  counts: Counts;
  touched: BatchTouched;
  /** What the batch did to the user's connection of this provider (see ConnectionsService.openForBatch). */
  connection: 'created' | 'reactivated' | null;
}

const collection = ({ received, inserted, updated, duplicate, rejected }: Counts['records']) => ({
  received,
  inserted,
  updated,
  duplicate,
  rejected,
});

const countsOf = (counts: Counts): Counts => ({
  records: collection(counts.records),
  sleep: collection(counts.sleep),
  workouts: collection(counts.workouts),
  deleted: {
    received: counts.deleted.received,
    applied: counts.deleted.applied,
    rejected: counts.deleted.rejected,
  },
});

/**
 * The transactional outbox. Every call takes the EntityManager of the caller's transaction: the event row and the job
 * that fans it out commit with the change that caused them, or not at all. Nothing here talks to a receiver.
 */
@Injectable()
export class WebhookOutbox {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Transactions,
    private readonly events: WebhookDeliveriesRepository,
    private readonly queue: JobQueue,
  ) {}

  /** Records one event for the application's subscribed endpoints (a no-op when none takes `type`). */
  async record<T extends WebhookEventType>(
    manager: EntityManager,
    applicationId: string,
    type: T,
    data: WebhookEventData[T],
  ): Promise<void> {
    await this.within(manager, async () => {
      const id = await this.events.insertEvent(applicationId, type, data);
      if (id) await this.queue.sendInTransaction(manager, [{ name: QUEUES.fanout, data: { eventId: id } }]);
    });
  }

  /**
   * Adds changed local days to the user's pending summary.updated; the first change of a window schedules its
   * fan-out WEBHOOKS_SUMMARY_WINDOW_SECONDS later, and later changes merge into the same event until then.
   */
  async recordSummaryChange(
    manager: EntityManager,
    applicationId: string,
    userId: string,
    days: PendingSummaryDays,
  ): Promise<void> {
    if (Object.keys(days).length === 0) return;
    await this.within(manager, async () => {
      const event = await this.events.mergeSummaryChange(applicationId, userId, days);
      if (!event?.started) return;
      const startAfter = new Date(Date.now() + this.config.webhooks.summaryWindowSeconds * 1000);
      await this.queue.sendInTransaction(manager, [
        { name: QUEUES.fanout, data: { eventId: event.id }, startAfter },
      ]);
    });
  }

  /** The events of one stored sync batch: sync.completed, connection.created when it opened or reopened one, summary.updated. */
  async recordBatchStored(manager: EntityManager, batch: StoredBatch): Promise<void> {
    await this.within(manager, async () => {
      const subscribed = await this.events.subscribedTypes(batch.applicationId, EVENT_TYPES);
      if (subscribed.size === 0) return;
      const { userId, applicationId, touched } = batch;
      if (subscribed.has('sync.completed'))
        await this.record(manager, applicationId, 'sync.completed', {
          user_id: userId,
          batch_id: batch.batchId,
          provider: batch.provider,
          counts: countsOf(batch.counts),
          metrics: touched.metrics,
          time_range: touched.timeRange,
        });
      if (subscribed.has('connection.created') && batch.connection)
        await this.record(manager, applicationId, 'connection.created', {
          user_id: userId,
          provider: batch.provider,
          reactivated: batch.connection === 'reactivated',
        });
      if (subscribed.has('summary.updated') && touched.changed)
        await this.recordSummaryChange(manager, applicationId, userId, summaryDaysOf(touched));
    });
  }

  /** Runs the repository calls on the caller's manager, whichever transaction context this call came from. */
  private within<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
    if (!manager.queryRunner?.isTransactionActive)
      throw new Error("WebhookOutbox records inside a transaction: pass that transaction's EntityManager");
    return this.db.runWith(manager, work);
  }
}
