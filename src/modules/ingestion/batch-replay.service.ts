import { Injectable } from '@nestjs/common';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Principal } from '../../common/auth/principal.js';
import { notFound } from '../../common/errors/app-error.js';
import { Transactions } from '../../database/transactions.js';
import { NormalizationService } from '../normalization/normalization.service.js';
import { IngestionService } from './ingestion.service.js';
import { isNothingUsable, QuarantineService } from './quarantine.service.js';
import {
  type BatchOutcome,
  type ReplayCandidate,
  type ReplayFilter,
  SyncBatchesRepository,
  SyncBatchRecord,
} from './sync-batches.repository.js';
import { EnvelopeProblem, ParsedBatch, parseJsonBody, parseSyncEnvelope } from './sync-envelope.js';
import { outcomeOf } from './sync-result.js';
import { parseTutorialBody } from './tutorial-readings.js';

const gunzip = promisify(zlib.gunzip);

export interface RenormalizeReport {
  batches: number;
  replayed: number;
  skippedNoPayload: number;
  failed: number;
  /** Quarantined batches that replayed but are still quarantined (the mapping still cannot use them). */
  stillQuarantined: number;
  /** Quarantined batches released by this replay. */
  released: number;
}

/**
 * Replays journaled raw bodies through the current mappings (`npm run cli -- renormalize`, and the operator's replay
 * of one batch): a mapping fix repairs stored data, and a quarantined batch the fix makes usable is released.
 */
@Injectable()
export class BatchReplayService {
  constructor(
    private readonly db: Transactions,
    private readonly ingestion: IngestionService,
    private readonly normalization: NormalizationService,
    private readonly journal: SyncBatchesRepository,
    private readonly quarantine: QuarantineService,
  ) {}

  /**
   * Replays journaled raw bodies through the current mappings, oldest first, one transaction per batch. Upserts on
   * natural keys make a replay idempotent: fixed rows are updated, unchanged ones count as duplicates. A quarantined
   * batch whose body now parses and yields something is released from quarantine; otherwise it stays quarantined.
   */
  async renormalize(
    filter: ReplayFilter,
    onBatch: (line: string) => void = () => undefined,
  ): Promise<RenormalizeReport> {
    const report: RenormalizeReport = {
      batches: 0,
      replayed: 0,
      skippedNoPayload: 0,
      failed: 0,
      stillQuarantined: 0,
      released: 0,
    };
    let after: { receivedAtKey: string; userId: string; id: string } | null = null;
    for (let page = 0; page < 1_000_000; page++) {
      const batches = await this.journal.pageForReplay(filter, after, 100);
      if (batches.length === 0) break;
      for (const candidate of batches) {
        report.batches++;
        onBatch(await this.replayOne(candidate, report));
      }
      const last = batches[batches.length - 1];
      after = { receivedAtKey: last.receivedAtKey, userId: last.userId, id: last.id };
    }
    return report;
  }

  /** The operator endpoint: replays one batch of a user (quarantined or not) and answers its journal row. */
  async replayBatch(principal: Principal, userId: string, batchId: string): Promise<SyncBatchRecord> {
    const user = await this.ingestion.resolveUser(principal, userId);
    const report = await this.renormalize({ userId: user.id, batchId });
    if (report.batches === 0) throw notFound(`Batch with ID: ${batchId} not found.`);
    return (await this.journal.get(user.id, batchId))!;
  }

  private async replayOne(candidate: ReplayCandidate, report: RenormalizeReport): Promise<string> {
    const compressed = await this.journal.getPayload(candidate.userId, candidate.id);
    if (!compressed) {
      report.skippedNoPayload++;
      return `${candidate.id} skipped: raw body ${candidate.status === 'quarantined' ? 'not kept' : 'past retention'}`;
    }
    try {
      let batch: ParsedBatch;
      try {
        const json = parseJsonBody(await gunzip(compressed));
        batch = candidate.source === 'tutorial' ? parseTutorialBody(json).batch : parseSyncEnvelope(json);
      } catch (error) {
        if (candidate.status !== 'quarantined' || !(error instanceof EnvelopeProblem)) throw error;
        report.stillQuarantined++;
        return `${candidate.id} still quarantined: ${error.reason}: ${error.detail}`;
      }
      const outcome = await this.db.run(async () => {
        const result = await this.normalization.normalizeBatch({
          userId: candidate.userId,
          applicationId: candidate.applicationId,
          batchId: candidate.id,
          provider: batch.provider,
          data: batch.data,
        });
        const outcome: BatchOutcome = outcomeOf(result, result.rejections, {});
        if (candidate.status === 'quarantined') {
          if (isNothingUsable(outcome, batch.itemCount) || batch.itemCount === 0) return null;
          await this.quarantine.release(
            candidate.userId,
            candidate.id,
            batch.provider,
            batch.itemCount,
            outcome,
          );
        } else {
          await this.journal.recordRenormalized(candidate.userId, candidate.id, {
            inserted: outcome.inserted,
            updated: outcome.updated,
            duplicate: outcome.duplicate,
            rejected: outcome.rejected,
          });
        }
        return outcome;
      });
      if (!outcome) {
        report.stillQuarantined++;
        return `${candidate.id} still quarantined: nothing usable`;
      }
      report.replayed++;
      if (candidate.status === 'quarantined') report.released++;
      return (
        `${candidate.id} ${candidate.status === 'quarantined' ? 'released' : 'replayed'}: ${outcome.inserted} ` +
        `inserted, ${outcome.updated} updated, ${outcome.duplicate} unchanged, ${outcome.rejected} rejected`
      );
    } catch (error) {
      report.failed++;
      return `${candidate.id} failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}
