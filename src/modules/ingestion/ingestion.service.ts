import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Principal } from '../../common/auth/principal.js';
import { AppError, notFound } from '../../common/errors/app-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { Transactions } from '../../database/transactions.js';
import { NormalizationService } from '../normalization/normalization.service.js';
import { UsersService } from '../users/users.service.js';
import { WebhookOutbox } from '../webhooks/webhook-outbox.js';
import { IngestionLimits } from './ingestion-limits.js';
import { bodyProgress, IncomingBody, RawBody, readBody } from '../../common/http/request-body.js';
import type { BatchSource } from './sync-batch.entity.js';
import { SyncBatchesRepository, SyncBatchRecord } from './sync-batches.repository.js';
import { ParsedBatch, parseJsonBody, parseSyncEnvelope } from './sync-envelope.js';
import { parseTutorialBody } from './tutorial-readings.js';
import { countRefused, outcomeOf } from './sync-result.js';

const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);
/** Level 1: bodies are JSON (compresses ~8× even so) and compression must not slow the hot path. */
const STORED_GZIP_LEVEL = 1;

export interface PushMeta {
  idempotencyKey?: string;
  requestId?: string;
}

export interface SyncOutcome {
  batch: SyncBatchRecord;
  /** True when an earlier identical push answered (Idempotency-Key or same body). */
  replayed: boolean;
}

export interface TargetUser {
  id: string;
  applicationId: string;
}

export interface RenormalizeReport {
  batches: number;
  replayed: number;
  skippedNoPayload: number;
  failed: number;
}

function idempotencyKeyOf(value: string | undefined): string | null {
  const key = value?.trim();
  if (!key) return null;
  if (key.length > 255) throw new AppError('bad_request', 'Idempotency-Key must be at most 255 characters.');
  return key;
}

function sinceMs(start: number): number {
  return Math.round(performance.now() - start);
}

/**
 * The ingestion pipeline: read (bounded, hashed) → replay check → parse → limits → one transaction holding the journal
 * row, the compressed body and every normalized row. Nothing is acknowledged before that transaction commits.
 */
@Injectable()
export class IngestionService {
  private readonly logger = new Logger(IngestionService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Transactions,
    private readonly users: UsersService,
    private readonly normalization: NormalizationService,
    private readonly journal: SyncBatchesRepository,
    private readonly limits: IngestionLimits,
    private readonly webhooks: WebhookOutbox,
  ) {}

  /** SDK tokens act for one user only (403, as upstream); other callers see users of their tenancy only (404). */
  async resolveUser(principal: Principal, userId: string): Promise<TargetUser> {
    const id = userId.toLowerCase();
    if (principal.kind === 'sdk' && principal.userId.toLowerCase() !== id)
      throw new AppError('forbidden', 'Token does not match user_id');
    const user = await this.users.getAccessible(principal, id);
    return { id: user.id, applicationId: user.applicationId };
  }

  async sync(principal: Principal, userId: string, body: IncomingBody, meta: PushMeta): Promise<SyncOutcome> {
    const user = await this.resolveUser(principal, userId);
    return this.limits.withUserSlot(user.id, () => this.push(user, 'sdk', body, meta, parseSyncEnvelope));
  }

  async getBatch(principal: Principal, userId: string, batchId: string): Promise<SyncBatchRecord> {
    const user = await this.resolveUser(principal, userId);
    const batch = await this.journal.get(user.id, batchId);
    if (!batch) throw notFound(`Batch with ID: ${batchId} not found.`);
    return batch;
  }

  /** Reads a body for a source whose user is only known from the body (the tutorial contract). */
  async readBody(body: IncomingBody): Promise<RawBody> {
    return readBody(body, {
      limit: this.config.http.syncBodyLimitBytes,
      budget: this.limits.bytes,
      tooLargeAdvice: '; split the batch into smaller requests',
      progress: bodyProgress(this.config),
    });
  }

  releaseBody(raw: RawBody): void {
    this.limits.bytes.release(raw.bytes.length);
  }

  /**
   * Journals and normalizes an already-read body. `parse` turns the decoded JSON into the batch; it runs only when no
   * earlier identical push exists.
   */
  async journalBody(
    user: TargetUser,
    source: BatchSource,
    raw: RawBody,
    meta: PushMeta,
    parsed: unknown,
    parse: (json: unknown) => ParsedBatch,
    timings: Record<string, number> = {},
  ): Promise<SyncOutcome> {
    const key = idempotencyKeyOf(meta.idempotencyKey);
    const prior = this.pickPrior(await this.journal.findPrior(user.id, raw.sha256, key), raw.sha256, key);
    if (prior) return { batch: prior, replayed: true };

    // Compression runs on the libuv pool while the main thread parses.
    const stored = raw.gzipWire
      ? Promise.resolve(raw.gzipWire)
      : gzip(raw.bytes, { level: STORED_GZIP_LEVEL });
    stored.catch(() => undefined);
    let start = performance.now();
    const batch = parse(parsed ?? parseJsonBody(raw.bytes));
    timings.parse_ms = sinceMs(start);
    const refund = await this.limits.consumeItems(user.id, batch.itemCount);
    const payload = await stored.catch(async (error: unknown) => {
      await refund();
      throw error;
    });

    const batchId = randomUUID();
    start = performance.now();
    const result = await this.transaction(refund, async () => {
      const opened = await this.journal.open({
        id: batchId,
        userId: user.id,
        applicationId: user.applicationId,
        source,
        provider: batch.provider,
        sdkVersion: batch.sdkVersion,
        syncTimestamp: batch.syncTimestamp,
        idempotencyKey: key,
        bodySha256: raw.sha256,
        bodyBytes: raw.bytes.length,
        wireBytes: raw.wireBytes,
        contentEncoding: raw.encoding,
        requestId: meta.requestId?.slice(0, 128) ?? null,
        itemCount: batch.itemCount,
        receivedAt: new Date(),
        payload,
      });
      // A concurrent twin committed first: answer with its result, normalize nothing.
      if (!opened) return null;
      const normalized = await this.normalization.normalizeBatch({
        userId: user.id,
        applicationId: user.applicationId,
        batchId,
        provider: batch.provider,
        data: batch.data,
      });
      timings.normalize_ms = sinceMs(start);
      countRefused(normalized, batch.refusedBeforeNormalization ?? 0);
      const rejections = batch.mapRejections
        ? batch.mapRejections(normalized.rejections)
        : normalized.rejections;
      const completed = await this.journal.complete(
        user.id,
        batchId,
        outcomeOf(normalized, rejections, timings),
      );
      await this.webhooks.recordBatchStored(this.db.manager, {
        userId: user.id,
        applicationId: user.applicationId,
        batchId,
        provider: batch.provider,
        counts: normalized,
        touched: normalized.touched,
      });
      return completed;
    });
    if (!result) {
      const winner = this.pickPrior(await this.journal.findPrior(user.id, raw.sha256, key), raw.sha256, key);
      if (!winner) throw new AppError('unavailable', 'A concurrent identical batch is still being stored.');
      return { batch: winner, replayed: true };
    }
    await this.journal
      .markUserSynced(user.id, batch.provider)
      .catch((error: unknown) =>
        this.logger.warn({ err: error, userId: user.id }, 'last_synced_at not updated'),
      );
    return { batch: result, replayed: false };
  }

  /** The batch transaction; a failed batch gives its items back to the per-minute budget (the SDK will re-send it). */
  private async transaction<T>(refund: () => Promise<void>, work: () => Promise<T>): Promise<T> {
    try {
      return await this.db.run(work);
    } catch (error) {
      await refund();
      throw error;
    }
  }

  /**
   * The same Idempotency-Key replays only the same body; reusing a key for another body is the client's bug, answered
   * 400 like every validation error here (the IETF draft's 422 does not exist in the peer's contract). Without a key,
   * the same body replays.
   */
  private pickPrior(rows: SyncBatchRecord[], sha256: Buffer, key: string | null): SyncBatchRecord | null {
    const byKey = key ? rows.find((r) => r.idempotencyKey === key) : undefined;
    if (byKey && !Buffer.from(byKey.bodySha256).equals(sha256))
      throw new AppError(
        'validation_failed',
        'This Idempotency-Key was already used with a different body.',
        {
          extensions: { batch_id: byKey.id },
        },
      );
    return byKey ?? rows.find((r) => Buffer.from(r.bodySha256).equals(sha256)) ?? null;
  }

  private async push(
    user: TargetUser,
    source: BatchSource,
    body: IncomingBody,
    meta: PushMeta,
    parse: (json: unknown) => ParsedBatch,
  ): Promise<SyncOutcome> {
    const start = performance.now();
    const raw = await this.readBody(body);
    try {
      return await this.journalBody(user, source, raw, meta, undefined, parse, { read_ms: sinceMs(start) });
    } finally {
      this.releaseBody(raw);
    }
  }

  /**
   * Replays journaled raw bodies through the current mappings, oldest first, one transaction per batch. Upserts on
   * natural keys make a replay idempotent: fixed rows are updated, unchanged ones count as duplicates.
   */
  async renormalize(
    filter: { userId?: string; since?: Date },
    onBatch: (line: string) => void = () => undefined,
  ): Promise<RenormalizeReport> {
    const report: RenormalizeReport = { batches: 0, replayed: 0, skippedNoPayload: 0, failed: 0 };
    let after: { receivedAtKey: string; userId: string; id: string } | null = null;
    for (let page = 0; page < 1_000_000; page++) {
      const batches = await this.journal.pageForReplay(filter, after, 100);
      if (batches.length === 0) break;
      for (const candidate of batches) {
        report.batches++;
        const compressed = await this.journal.getPayload(candidate.userId, candidate.id);
        if (!compressed) {
          report.skippedNoPayload++;
          onBatch(`${candidate.id} skipped: raw body past retention`);
          continue;
        }
        try {
          const json = parseJsonBody(await gunzip(compressed));
          const batch =
            candidate.source === 'tutorial' ? parseTutorialBody(json).batch : parseSyncEnvelope(json);
          const normalized = await this.db.run(async () => {
            const result = await this.normalization.normalizeBatch({
              userId: candidate.userId,
              applicationId: candidate.applicationId,
              batchId: candidate.id,
              provider: batch.provider,
              data: batch.data,
            });
            const outcome = outcomeOf(result, [], {});
            await this.journal.recordRenormalized(candidate.userId, candidate.id, {
              inserted: outcome.inserted,
              updated: outcome.updated,
              duplicate: outcome.duplicate,
              rejected: outcome.rejected,
            });
            return outcome;
          });
          report.replayed++;
          onBatch(
            `${candidate.id} replayed: ${normalized.inserted} inserted, ${normalized.updated} updated, ` +
              `${normalized.duplicate} unchanged, ${normalized.rejected} rejected`,
          );
        } catch (error) {
          report.failed++;
          onBatch(`${candidate.id} failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      const last = batches[batches.length - 1];
      after = { receivedAtKey: last.receivedAtKey, userId: last.userId, id: last.id };
    }
    return report;
  }
}
