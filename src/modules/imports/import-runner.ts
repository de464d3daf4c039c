import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { access, rm } from 'node:fs/promises';
import { readAhead } from '../../common/async/read-ahead.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { Transactions } from '../../database/transactions.js';
import { NormalizationService } from '../normalization/normalization.service.js';
import { QUEUES, JobQueue } from '../webhooks/job-queue.js';
import { mergeSummaryDays, summaryDaysOf, type PendingSummaryDays } from '../webhooks/summary-days.js';
import { WebhookOutbox } from '../webhooks/webhook-outbox.js';
import { ExportFormatError, readAppleHealthExport, type ExportChunk } from './apple-health/export-reader.js';
import type { Import } from './import.entity.js';
import { groupByType, ImportTally } from './import-chunks.js';
import { totalsOf } from './import-view.js';
import { ImportsRepository } from './imports.repository.js';
import { spoolPath } from './upload-spool.js';

export interface ImportJob {
  userId: string;
  importId: string;
}

/** A worker renews its lease with every chunk; one that stops for this long is taken for dead. */
export const IMPORT_LEASE_SECONDS = 120;
/** A file that stopped its worker this many times fails rather than stopping the next one too. */
export const MAX_IMPORT_ATTEMPTS = 5;
const KEEP_REJECTIONS = 100;

export type RunOutcome = 'completed' | 'failed' | 'cancelled' | 'not-claimed' | 'released' | 'taken-over';

/**
 * Parses one import, chunk by chunk. Each chunk is one transaction: its rows, its counts, its place in the file and
 * the lease renewal commit together, so a worker that dies resumes after the last whole chunk, and a cancelled
 * import keeps whole chunks only. The export's ids are deterministic, so a chunk that is parsed twice stores nothing
 * twice.
 */
@Injectable()
export class ImportRunner implements OnModuleDestroy {
  private readonly logger = new Logger(ImportRunner.name);
  private stopping = false;
  /** Items per chunk (the iOS SDK's batch size); tests use small chunks to stop between them. */
  chunkItems = 2000;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Transactions,
    private readonly imports: ImportsRepository,
    private readonly normalization: NormalizationService,
    private readonly webhooks: WebhookOutbox,
    private readonly queue: JobQueue,
  ) {}

  /** Shutting down: running imports stop after their current chunk and hand their lease back. */
  onModuleDestroy(): void {
    this.stopping = true;
  }

  async run(job: ImportJob): Promise<RunOutcome> {
    const leaseToken = randomUUID();
    const held = await this.imports.claim(job.userId, job.importId, leaseToken, IMPORT_LEASE_SECONDS);
    if (!held) return 'not-claimed';
    const file = spoolPath(this.config.imports.dir, held.id);
    if (held.attempts > MAX_IMPORT_ATTEMPTS)
      return this.fail(
        held,
        leaseToken,
        file,
        `The import stopped its worker ${MAX_IMPORT_ATTEMPTS} times; see the server log.`,
      );
    if (
      !(await access(file).then(
        () => true,
        () => false,
      ))
    )
      return this.fail(
        held,
        leaseToken,
        file,
        'The uploaded file is no longer in IMPORT_DIR; upload it again.',
      );

    const counts = structuredClone(held.counts);
    let index = 0;
    try {
      // The next chunk is parsed while this one is written: the parser and PostgreSQL each have a core.
      for await (const chunk of readAhead(readAppleHealthExport(file, { chunkSize: this.chunkItems }))) {
        index++;
        if (index <= held.chunksDone) continue;
        if (this.stopping) {
          await this.imports.releaseLease(held.userId, held.id, leaseToken);
          return 'released';
        }
        if (!(await this.storeChunk(held, leaseToken, chunk, index, counts)))
          return (await this.imports.get(held.userId, held.id))?.status === 'cancelled'
            ? 'cancelled'
            : 'taken-over';
      }
    } catch (error) {
      if (!(error instanceof ExportFormatError)) throw error;
      return this.fail(held, leaseToken, file, error.message, counts);
    }
    return this.complete(held, leaseToken, file, counts);
  }

  private storeChunk(
    held: Import,
    leaseToken: string,
    chunk: ExportChunk,
    index: number,
    counts: Import['counts'],
  ): Promise<boolean> {
    const tally = new ImportTally(structuredClone(counts));
    return this.db.run(async () => {
      if (!(await this.imports.lockHeld(held.userId, held.id, leaseToken))) return false;
      tally.addRead(chunk);
      const changedDays: PendingSummaryDays = {};
      for (const group of groupByType(chunk.data)) {
        const result = await this.normalization.normalizeBatch({
          userId: held.userId,
          applicationId: held.applicationId,
          // Rows from an import name it as their batch: there is no sync batch behind them.
          batchId: held.id,
          provider: 'apple',
          data: group.data,
          skipHeldByOtherSources: true,
          idsPinTheirInterval: true,
        });
        tally.addNormalized(group, result);
        if (result.touched.changed) mergeSummaryDays(changedDays, summaryDaysOf(result.touched));
      }
      // One pending summary change per chunk, not one per type in it.
      await this.webhooks.recordSummaryChange(this.db.manager, held.applicationId, held.userId, changedDays);
      await this.imports.recordChunk(
        held.userId,
        held.id,
        {
          counts: tally.counts,
          newRejections: tally.rejections,
          newRejectionCount: tally.rejectionCount,
          bytesRead: chunk.bytesRead,
          chunksDone: index,
        },
        KEEP_REJECTIONS,
        IMPORT_LEASE_SECONDS,
      );
      Object.assign(counts, tally.counts);
      return true;
    });
  }

  private async complete(
    held: Import,
    leaseToken: string,
    file: string,
    counts: Import['counts'],
  ): Promise<RunOutcome> {
    const done = await this.db.run(async () => {
      const finished = await this.imports.finish(held.userId, held.id, 'completed', null, leaseToken);
      if (finished)
        await this.webhooks.record(this.db.manager, held.applicationId, 'import.completed', {
          user_id: held.userId,
          import_id: held.id,
          kind: held.kind,
          totals: totalsOf(counts),
        });
      return finished;
    });
    if (!done) return 'cancelled';
    await rm(file, { force: true });
    this.logger.log({ importId: held.id, userId: held.userId, ...totalsOf(counts) }, 'import completed');
    return 'completed';
  }

  private async fail(
    held: Import,
    leaseToken: string,
    file: string,
    reason: string,
    counts: Import['counts'] = held.counts,
  ): Promise<RunOutcome> {
    await this.db.run(async () => {
      const failed = await this.imports.finish(held.userId, held.id, 'failed', reason, leaseToken);
      if (failed)
        await this.webhooks.record(this.db.manager, held.applicationId, 'import.failed', {
          user_id: held.userId,
          import_id: held.id,
          kind: held.kind,
          error: reason,
          totals: totalsOf(counts),
        });
    });
    await rm(file, { force: true });
    this.logger.warn({ importId: held.id, userId: held.userId, reason }, 'import failed');
    return 'failed';
  }

  /**
   * The sweep: fails uploads whose request died, and queues again the imports no live worker holds (their process
   * stopped, or their job was lost). A job for an import that is in fact held does nothing: claiming is atomic.
   */
  async sweep(): Promise<number> {
    for (const upload of await this.imports.failAbandonedUploads())
      await rm(spoolPath(this.config.imports.dir, upload.id), { force: true });
    const unattended = await this.imports.findUnattended(100);
    if (unattended.length === 0) return 0;
    await this.db.run(() =>
      this.queue.sendInTransaction(
        this.db.manager,
        unattended.map((i) => ({
          name: QUEUES.importRun,
          data: { userId: i.userId, importId: i.id } satisfies ImportJob,
          singletonKey: i.id,
        })),
      ),
    );
    return unattended.length;
  }
}
