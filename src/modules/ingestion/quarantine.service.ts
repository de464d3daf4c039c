import { Injectable } from '@nestjs/common';
import { Transactions } from '../../database/transactions.js';
import { WebhookOutbox } from '../webhooks/webhook-outbox.js';
import type { BatchOutcome, SyncBatchRecord } from './sync-batches.repository.js';
import { SyncBatchesRepository } from './sync-batches.repository.js';
import type { QuarantineReason } from './sync-envelope.js';

/** Nothing in the batch could be stored although it had items: every item was rejected. */
export function isNothingUsable(outcome: BatchOutcome, itemCount: number): boolean {
  return (
    itemCount > 0 && outcome.inserted + outcome.updated + outcome.duplicate === 0 && outcome.rejected > 0
  );
}

/**
 * The one place where a batch enters and leaves quarantine. Both calls run inside the caller's batch transaction,
 * so the journal row, its kept body and the `sync.quarantined` webhook event commit together or not at all.
 */
@Injectable()
export class QuarantineService {
  constructor(
    private readonly journal: SyncBatchesRepository,
    private readonly webhooks: WebhookOutbox,
    private readonly db: Transactions,
  ) {}

  /** The batch is acknowledged but not normalized; its raw body is exempt from the retention sweep from now on. */
  async quarantine(
    user: { id: string; applicationId: string },
    batchId: string,
    provider: string | null,
    reason: QuarantineReason,
    detail: string,
  ): Promise<SyncBatchRecord> {
    const record = await this.journal.markQuarantined(user.id, batchId, reason, detail);
    await this.webhooks.record(this.db.manager, user.applicationId, 'sync.quarantined', {
      user_id: user.id,
      batch_id: batchId,
      provider,
      reason,
    });
    return record;
  }

  /** A replay normalized the batch after a fix: it takes the replay's counts and leaves quarantine. */
  async release(
    userId: string,
    batchId: string,
    provider: string,
    itemCount: number,
    outcome: BatchOutcome,
  ): Promise<SyncBatchRecord> {
    return this.journal.releaseQuarantine(userId, batchId, provider, itemCount, outcome);
  }
}
