import { collectGarbageIfWorthwhile } from '../../common/memory/collect-garbage.js';
import { parseSyncBody, SPLIT_BODY_MIN_BYTES } from './large-body.js';
import type { SegmentedBody } from './segmented-body.js';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
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
import { mayEscapeUnstorableText } from '../../common/http/storable-text.js';
import { requireUuid } from '../../common/http/uuid.js';
import {
  bodyProgress,
  IncomingBody,
  RawBody,
  readBody,
  UndecodableBody,
} from '../../common/http/request-body.js';
import type { BatchSource } from './sync-batch.entity.js';
import { ConnectionsService } from '../connections/connections.service.js';
import { isNothingUsable, QuarantineService } from './quarantine.service.js';
import { type ClientHeaders, SyncBatchesRepository, SyncBatchRecord } from './sync-batches.repository.js';
import { EnvelopeProblem, ParsedBatch, parseSyncEnvelope } from './sync-envelope.js';
import { countRefused, outcomeOf } from './sync-result.js';

const gzip = promisify(zlib.gzip);
/** Level 1: bodies are JSON (compresses ~8× even so) and compression must not slow the hot path. */
const STORED_GZIP_LEVEL = 1;

export interface PushMeta {
  idempotencyKey?: string;
  /** The request's id (the caller's X-Request-Id when sane, else generated). */
  requestId?: string;
  /** True when `requestId` came from the caller's X-Request-Id, so a repeat within the window replays. */
  clientRequestId?: boolean;
  client?: ClientHeaders;
}

const NO_CLIENT: ClientHeaders = { sdkVersion: null, platform: null, userAgent: null };

export interface SyncOutcome {
  batch: SyncBatchRecord;
  /** True when an earlier identical push answered (Idempotency-Key or same body). */
  replayed: boolean;
}

export interface TargetUser {
  id: string;
  applicationId: string;
}

/** The journal's provider for a batch whose envelope named no usable provider. */
export const UNKNOWN_PROVIDER = 'unknown';

function idempotencyKeyOf(value: string | undefined): string | null {
  const key = value?.trim();
  if (!key) return null;
  if (key.length > 255) throw new AppError('bad_request', 'Idempotency-Key must be at most 255 characters.');
  return key;
}

/** What the journal records about a body, whether or not the body itself could be read. */
interface BodyFacts {
  sha256: Buffer;
  bodyBytes: number;
  wireBytes: number;
  encoding: string;
}

const EMPTY_BODY = Buffer.alloc(0);

function factsOf(raw: RawBody): BodyFacts {
  return {
    sha256: raw.sha256,
    bodyBytes: raw.bytes.length,
    wireBytes: raw.wireBytes,
    encoding: raw.encoding,
  };
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
    private readonly quarantine: QuarantineService,
    private readonly connections: ConnectionsService,
  ) {}

  /**
   * SDK tokens act for one user only; other callers see users of their tenancy only (404). On the sync path a token
   * of another user is 401, not upstream's 403: newer SDKs re-send a 403 forever, while a 401 makes them refresh,
   * retry once and, refused again, hand the app `onAuthError` so it signs the user in properly.
   */
  async resolveUser(
    principal: Principal,
    userId: string,
    mismatch: 'forbidden' | 'unauthorized' = 'forbidden',
  ): Promise<TargetUser> {
    const id = userId.toLowerCase();
    if (principal.kind === 'sdk' && principal.userId.toLowerCase() !== id)
      throw mismatch === 'forbidden'
        ? new AppError('forbidden', 'Token does not match user_id')
        : new AppError('unauthorized', 'Token does not match user_id', {
            headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
          });
    const user = await this.users.getAccessible(principal, requireUuid(id));
    return { id: user.id, applicationId: user.applicationId };
  }

  async sync(principal: Principal, userId: string, body: IncomingBody, meta: PushMeta): Promise<SyncOutcome> {
    const user = await this.resolveUser(principal, userId, 'unauthorized');
    const repeated = await this.repeatedRequest(user.id, meta);
    if (repeated) {
      body.stream.resume(); // the first attempt's answer stands; the re-sent body is not read again
      return { batch: repeated, replayed: true };
    }
    const outcome = await this.limits.withUserSlot(user.id, () =>
      this.push(user, 'sdk', body, meta, parseSyncEnvelope),
    );
    if (!outcome.replayed) await this.afterCommit(principal, user, outcome.batch, meta);
    return outcome;
  }

  /** iOS ≥ 0.14 re-sends with the same X-Request-Id after refreshing on a 401: the first result answers again. */
  private async repeatedRequest(userId: string, meta: PushMeta): Promise<SyncBatchRecord | null> {
    const window = this.config.ingestion.requestIdReplaySeconds;
    if (!meta.clientRequestId || !meta.requestId || window === 0) return null;
    return this.journal.findByRequestId(
      userId,
      meta.requestId.slice(0, 128),
      new Date(Date.now() - window * 1000),
    );
  }

  /** Bookkeeping that must not hold the batch transaction: the connection and the data sources' last SDK. */
  private async afterCommit(
    principal: Principal,
    user: TargetUser,
    batch: SyncBatchRecord,
    meta: PushMeta,
  ): Promise<void> {
    const client = meta.client ?? NO_CLIENT;
    try {
      if (batch.provider !== UNKNOWN_PROVIDER)
        await this.connections.recordSync({
          userId: user.id,
          provider: batch.provider,
          familyId: principal.kind === 'sdk' ? principal.familyId : null,
          sdkVersion: client.sdkVersion ?? batch.sdkVersion,
          sdkPlatform: client.platform,
          userAgent: client.userAgent,
        });
    } catch (error) {
      this.logger.warn({ err: error, userId: user.id }, 'connection not updated');
    }
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
    this.limits.bytes.release(raw.hold);
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

    const wholeGzip = () =>
      raw.gzipWire ? Promise.resolve(raw.gzipWire) : gzip(raw.bytes, { level: STORED_GZIP_LEVEL });
    // Compression runs on the libuv pool while the main thread parses; a body that may be split (large-body.ts) is
    // compressed after the split, span by span, so that its decoded bytes can go before it is normalized.
    const mayBeSplit = parsed === undefined && raw.bytes.length >= SPLIT_BODY_MIN_BYTES;
    let stored = mayBeSplit ? undefined : wholeGzip();
    stored?.catch(() => undefined);
    let start = performance.now();
    let batch: ParsedBatch;
    let segmented: SegmentedBody | null = null;
    try {
      if (parsed === undefined) ({ batch, segmented } = parseSyncBody(raw.bytes, parse));
      else batch = parse(parsed);
    } catch (error) {
      // Re-sending cannot fix a broken envelope, and newer SDKs re-send every non-2xx: keep it and move the phone on.
      if (source !== 'sdk' || !(error instanceof EnvelopeProblem)) throw error;
      return this.quarantineBody(user, source, factsOf(raw), meta, key, await (stored ?? wholeGzip()), error);
    }
    if (!stored) {
      const split: SegmentedBody | null = segmented;
      stored = split
        ? split.compress(STORED_GZIP_LEVEL).then((payload) => raw.gzipWire ?? payload)
        : wholeGzip();
      stored.catch(() => undefined);
    }
    timings.parse_ms = sinceMs(start);
    const refund = await this.limits.consumeItems(user.id, batch.itemCount);
    const payload = await stored.catch(async (error: unknown) => {
      await refund();
      throw error;
    });

    const facts = factsOf(raw);
    const textKnownStorable = parsed === undefined && !mayEscapeUnstorableText(raw.bytes);
    const decodedBytes = raw.bytes.length;
    // Journaled (compressed) and parsed: nothing after this needs the decoded bytes, and a large body is the biggest
    // single allocation of its request while it is normalized.
    raw.bytes = EMPTY_BODY;
    // A split body's decoded bytes are unreachable now (its items read from the compressed spans): free them before
    // the first pass allocates, not whenever V8 next counts the memory outside its heap.
    if (segmented) collectGarbageIfWorthwhile(decodedBytes);

    const batchId = randomUUID();
    start = performance.now();
    let dataSourceIds: string[] = [];
    const result = await this.transaction(refund, async () => {
      const opened = await this.journal.open({
        ...this.journalFields(user, source, facts, meta, key),
        id: batchId,
        provider: batch.provider,
        sdkVersion: batch.sdkVersion,
        syncTimestamp: batch.syncTimestamp,
        syncSessionId: batch.syncSessionId,
        syncType: batch.syncType,
        itemCount: batch.itemCount,
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
        textKnownStorable,
      });
      dataSourceIds = normalized.dataSourceIds;
      timings.normalize_ms = sinceMs(start);
      countRefused(normalized, batch.refusedBeforeNormalization ?? 0);
      const rejections = batch.mapRejections
        ? batch.mapRejections(normalized.rejections)
        : normalized.rejections;
      const outcome = outcomeOf(normalized, rejections, timings);
      const completed = await this.journal.complete(user.id, batchId, outcome);
      if (source === 'sdk' && isNothingUsable(outcome, batch.itemCount))
        return this.quarantine.quarantine(
          user,
          batchId,
          batch.provider,
          'nothing_usable',
          `None of the ${batch.itemCount} item(s) could be stored; see rejections.`,
        );
      await this.webhooks.recordBatchStored(this.db.manager, {
        userId: user.id,
        applicationId: user.applicationId,
        batchId,
        provider: batch.provider,
        counts: normalized,
        touched: normalized.touched,
        connection: await this.connections.openForBatch(user.id, batch.provider),
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
    await this.normalization
      .recordSourceClient(user.id, dataSourceIds, meta.client ?? NO_CLIENT)
      .catch((error: unknown) =>
        this.logger.warn({ err: error, userId: user.id }, 'data source SDK not updated'),
      );
    return { batch: result, replayed: false };
  }

  private journalFields(
    user: TargetUser,
    source: BatchSource,
    raw: BodyFacts,
    meta: PushMeta,
    key: string | null,
  ) {
    return {
      userId: user.id,
      applicationId: user.applicationId,
      source,
      idempotencyKey: key,
      bodySha256: raw.sha256,
      bodyBytes: raw.bodyBytes,
      wireBytes: raw.wireBytes,
      contentEncoding: raw.encoding,
      requestId: meta.requestId?.slice(0, 128) ?? null,
      client: meta.client ?? NO_CLIENT,
      receivedAt: new Date(),
    };
  }

  /**
   * Journals a body whose envelope cannot be used, with its raw body kept and exempt from the retention sweep, and
   * answers 2xx so the phone moves on. `payload` null: the body could not be held (over the size limit).
   */
  private async quarantineBody(
    user: TargetUser,
    source: BatchSource,
    raw: BodyFacts,
    meta: PushMeta,
    key: string | null,
    payload: Buffer | null,
    problem: EnvelopeProblem,
  ): Promise<SyncOutcome> {
    const batchId = randomUUID();
    const result = await this.db.run(async () => {
      const opened = await this.journal.open({
        ...this.journalFields(user, source, raw, meta, key),
        id: batchId,
        provider: UNKNOWN_PROVIDER,
        sdkVersion: null,
        syncTimestamp: null,
        syncSessionId: null,
        syncType: null,
        itemCount: 0,
        payload,
      });
      if (!opened) return null;
      return this.quarantine.quarantine(user, batchId, null, problem.reason, problem.detail);
    });
    if (result) return { batch: result, replayed: false };
    const winner = this.pickPrior(await this.journal.findPrior(user.id, raw.sha256, key), raw.sha256, key);
    if (!winner) throw new AppError('unavailable', 'A concurrent identical batch is still being stored.');
    return { batch: winner, replayed: true };
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
    let raw: RawBody;
    try {
      raw = await this.readBody(body);
    } catch (error) {
      if (source !== 'sdk' || !(error instanceof AppError)) throw error;
      if (error.code === 'payload_too_large')
        return this.quarantineUnheld(user, source, body, meta, 'body_too_large', error);
      if (error instanceof UndecodableBody) {
        body.stream.resume();
        return this.quarantineUnheld(user, source, body, meta, 'undecodable_body', error);
      }
      throw error;
    }
    try {
      return await this.journalBody(user, source, raw, meta, undefined, parse, { read_ms: sinceMs(start) });
    } finally {
      this.releaseBody(raw);
    }
  }

  /**
   * A body past SYNC_BODY_LIMIT_BYTES cannot be held, and one that cannot be decoded is no use to hold; the SDK would
   * send the very same chunk forever on a 413, 400 or 415. It is journaled as quarantined without its body (the
   * quarantines a replay cannot repair), so the loss is visible in the batch list and sync status instead of a phone
   * looping.
   */
  private async quarantineUnheld(
    user: TargetUser,
    source: BatchSource,
    body: IncomingBody,
    meta: PushMeta,
    reason: 'body_too_large' | 'undecodable_body',
    error: AppError,
  ): Promise<SyncOutcome> {
    const declared = Number(body.headers['content-length']);
    const marker = createHash('sha256').update(`${reason}:${randomUUID()}`).digest();
    return this.quarantineBody(
      user,
      source,
      {
        sha256: marker,
        bodyBytes: 0,
        wireBytes: Number.isFinite(declared) ? declared : 0,
        encoding: 'identity',
      },
      meta,
      idempotencyKeyOf(meta.idempotencyKey),
      null,
      new EnvelopeProblem(reason, `${error.detail} The body was not kept.`),
    );
  }
}
