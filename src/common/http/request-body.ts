import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Readable, Transform } from 'node:stream';
import zlib from 'node:zlib';
import type { AppConfig } from '../../config/app-config.js';
import { AppError } from '../errors/app-error.js';
import { collectYoungGarbage } from '../memory/collect-garbage.js';

/** Route config key of a route that streams its own body (see `ReadsOwnBody`); the general parsers leave it unread. */
export const READS_OWN_BODY = 'readsOwnBody';

/**
 * Marks a route whose handler reads the raw request stream itself (after authentication, with its own limits), so
 * the general body parsers must not consume it.
 */
export const ReadsOwnBody = () => RouteConfig({ [READS_OWN_BODY]: true });

export function readsItsOwnBody(request: Pick<FastifyRequest, 'routeOptions'>): boolean {
  const config = request.routeOptions?.config as unknown as Record<string, unknown> | undefined;
  return config?.[READS_OWN_BODY] === true;
}

export type ContentEncoding = 'identity' | 'gzip' | 'deflate' | 'br';

export interface IncomingBody {
  stream: Readable;
  headers: IncomingHttpHeaders;
}

export interface RawBody {
  /** The decoded body. */
  bytes: Buffer;
  sha256: Buffer;
  wireBytes: number;
  encoding: ContentEncoding;
  /** The body as received when it was gzip: stored as is instead of compressing again. */
  gzipWire: Buffer | null;
  /** Its share of the byte budget, given back with `ByteBudget.release` once the body is no longer needed. */
  hold: BudgetHold;
}

/** What one request holds of a ByteBudget. */
export class BudgetHold {
  bytes = 0;
}

/**
 * Process-wide ceiling on what in-flight request bodies cost (their decoded bytes, or the memory those take); past it the server is "overloaded" (503). The
 * request that has held budget longest may always grow (up to its own body limit): otherwise a body larger than the
 * capacity could never be stored, and several large bodies arriving together could each be cut off half-way, again
 * on every retry. With it, one of them always finishes.
 */
export class ByteBudget {
  private used = 0;
  /** In the order they first reserved: the first is the oldest. */
  private readonly holds = new Set<BudgetHold>();

  /** `cost`: what a body of so many decoded bytes counts against the capacity (by default, its bytes). */
  constructor(
    readonly capacity: number,
    private readonly cost: (decodedBytes: number) => number = (bytes) => bytes,
  ) {}

  /** Raises `hold` to the cost of a body of `decodedBytes`; false, reserving nothing more, when that does not fit. */
  tryHold(decodedBytes: number, hold: BudgetHold): boolean {
    const more = this.cost(decodedBytes) - hold.bytes;
    return more <= 0 || this.tryReserve(more, hold);
  }

  tryReserve(bytes: number, hold: BudgetHold): boolean {
    if (this.used + bytes > this.capacity && !this.isOldest(hold)) return false;
    this.used += bytes;
    hold.bytes += bytes;
    this.holds.add(hold);
    return true;
  }

  /** Gives back everything `hold` holds. */
  release(hold: BudgetHold): void {
    this.used = Math.max(0, this.used - hold.bytes);
    hold.bytes = 0;
    this.holds.delete(hold);
  }

  private isOldest(hold: BudgetHold): boolean {
    for (const first of this.holds) return first === hold;
    return true;
  }

  get inUse(): number {
    return this.used;
  }
}

export const RETRY_AFTER_SECONDS = 5;
/** After a refusal, up to this many times the limit is read and discarded before the connection is cut. */
const DRAIN_FACTOR = 4;
/** A young-generation collection after each this many decoded bytes of a body (see onDecoded). */
const YOUNG_COLLECTION_BYTES = 8 * 1024 * 1024;

const busy = () => unavailable('The server is busy with other uploads; retry later.');

export function unavailable(detail: string, retryAfterSeconds = RETRY_AFTER_SECONDS): AppError {
  return new AppError('unavailable', detail, { headers: { 'Retry-After': String(retryAfterSeconds) } });
}

export function tooLarge(limit: number, advice = ''): AppError {
  return new AppError(
    'payload_too_large',
    `Request body exceeds the limit of ${limit} bytes (decoded)${advice}.`,
    {
      extensions: { limit_bytes: limit },
    },
  );
}

/**
 * A body that arrived whole but cannot be decoded (a corrupt compressed stream, an unknown Content-Encoding): re-sending
 * the same bytes cannot help, unlike an interrupted upload.
 */
export class UndecodableBody extends AppError {}

function parseEncoding(header: string | string[] | undefined): ContentEncoding {
  const value = (Array.isArray(header) ? header.join(',') : (header ?? '')).trim().toLowerCase();
  if (value === '' || value === 'identity') return 'identity';
  if (value === 'gzip' || value === 'x-gzip') return 'gzip';
  if (value === 'deflate') return 'deflate';
  if (value === 'br') return 'br';
  throw new UndecodableBody(
    'unsupported_media_type',
    `Unsupported Content-Encoding "${value}"; send gzip, deflate, br or identity.`,
  );
}

/** "deflate" is zlib-wrapped per RFC 9110, but some clients send raw deflate: the first two bytes tell which. */
function deflateDecoder(first: Buffer): Transform {
  const zlibHeader = first.length >= 2 && (first[0] & 0x0f) === 8 && ((first[0] << 8) | first[1]) % 31 === 0;
  return zlibHeader ? zlib.createInflate() : zlib.createInflateRaw();
}

function decoderFor(encoding: ContentEncoding, first: Buffer): Transform | null {
  switch (encoding) {
    case 'identity':
      return null;
    case 'gzip':
      return zlib.createGunzip();
    case 'deflate':
      return deflateDecoder(first);
    case 'br':
      return zlib.createBrotliDecompress();
  }
}

export interface ReadBodyOptions {
  /** Hard cap on decoded bytes. */
  limit: number;
  /** Shared with other requests; none for bodies that only their own limit bounds. */
  budget?: ByteBudget;
  /** Appended to the 413 detail, e.g. how to split the request. */
  tooLargeAdvice?: string;
  /**
   * A body that brings fewer than `minBytesPerSecond × windowMs` wire bytes in any `windowMs` (nothing at all, with a
   * rate of 0) is cut with 408, so a stalled upload frees what it holds (a sync slot, budget) within one window.
   */
  progress?: BodyProgress;
}

export interface BodyProgress {
  windowMs: number;
  minBytesPerSecond: number;
}

/** The configured progress rule (HTTP_BODY_IDLE_TIMEOUT_MS, HTTP_BODY_MIN_BYTES_PER_SECOND). */
export function bodyProgress(config: Pick<AppConfig, 'http'>): BodyProgress {
  return { windowMs: config.http.bodyIdleTimeoutMs, minBytesPerSecond: config.http.bodyMinBytesPerSecond };
}

export function stalled(progress: BodyProgress): AppError {
  return new AppError(
    'request_timeout',
    `The request body stalled (fewer than ${progress.minBytesPerSecond} bytes per second over ` +
      `${progress.windowMs} ms); send it again.`,
    { headers: { Connection: 'close' } },
  );
}

/**
 * Reads a request body through its Content-Encoding decoder, stopping as soon as the decoded size passes the limit
 * (a gzip bomb never expands beyond it), hashing the decoded bytes as they arrive. Bytes counted against the budget
 * stay reserved until the caller releases `bytes.length`.
 */
export function readBody(body: IncomingBody, options: ReadBodyOptions): Promise<RawBody> {
  const source = body.stream;
  let encoding: ContentEncoding;
  try {
    encoding = parseEncoding(body.headers['content-encoding']);
  } catch (error) {
    source.resume(); // discard, so the client can read the refusal
    return Promise.reject(error);
  }
  const declared = Number(body.headers['content-length']);
  if (encoding === 'identity' && Number.isFinite(declared) && declared > options.limit) {
    source.resume();
    return Promise.reject(tooLarge(options.limit, options.tooLargeAdvice));
  }

  return new Promise<RawBody>((resolve, reject) => {
    const hash = createHash('sha256');
    const decodedChunks: Buffer[] = [];
    // A declared plain body is copied into one buffer as it arrives, instead of joining its chunks at the end (which
    // holds it twice for a moment: 128 MiB for a body at the 64 MiB limit).
    const declaredPlain = encoding === 'identity' && Number.isFinite(declared) && declared > 0 ? declared : 0;
    let whole: Buffer | null = declaredPlain > 0 ? Buffer.allocUnsafe(declaredPlain) : null;
    const wireChunks: Buffer[] | null = encoding === 'gzip' ? [] : null;
    let decoded = 0;
    const hold = new BudgetHold();
    let wire = 0;
    let decoder: Transform | null = null;
    let settled = false;
    let wireAtWindowStart = 0;
    const progress = options.progress;
    const watchdog = progress
      ? setInterval(() => {
          const arrived = wire - wireAtWindowStart;
          wireAtWindowStart = wire;
          const needed = Math.max(1, (progress.minBytesPerSecond * progress.windowMs) / 1000);
          if (arrived < needed) {
            fail(stalled(progress));
            // Nothing more is worth waiting for: the answer goes out, then the connection closes.
            source.pause();
          }
        }, progress.windowMs)
      : undefined;
    watchdog?.unref();

    const fail = (error: AppError) => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      options.budget?.release(hold);
      source.removeListener('data', onWire);
      if (decoder) {
        source.unpipe(decoder);
        decoder.removeAllListeners('data');
        decoder.on('error', () => undefined);
        decoder.destroy();
      }
      // Keep draining (discarding) so the client can finish sending and read our answer; cut off a runaway sender.
      let drained = 0;
      source.on('data', (chunk: Buffer) => {
        drained += chunk.length;
        if (drained > DRAIN_FACTOR * options.limit) source.destroy();
      });
      source.resume();
      reject(error);
    };

    const onDecoded = (chunk: Buffer) => {
      if (settled) return;
      decoded += chunk.length;
      if (decoded > options.limit) return fail(tooLarge(options.limit, options.tooLargeAdvice));
      if (options.budget && !options.budget.tryHold(decoded, hold)) {
        decoded -= chunk.length;
        return fail(busy());
      }
      hash.update(chunk);
      // Chunks copied into the body are garbage V8 counts late (their bytes are outside its heap): as much again as
      // the body if left alone.
      if (
        Math.floor(decoded / YOUNG_COLLECTION_BYTES) >
        Math.floor((decoded - chunk.length) / YOUNG_COLLECTION_BYTES)
      )
        collectYoungGarbage();
      if (whole && decoded <= whole.length) chunk.copy(whole, decoded - chunk.length);
      else {
        if (whole) decodedChunks.push(whole.subarray(0, decoded - chunk.length));
        whole = null;
        decodedChunks.push(chunk);
      }
    };

    const onDecodedEnd = () => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      const body: RawBody = {
        bytes: whole
          ? whole.subarray(0, decoded)
          : decodedChunks.length === 1
            ? decodedChunks[0]
            : Buffer.concat(decodedChunks, decoded),
        sha256: hash.digest(),
        wireBytes: wire,
        encoding,
        gzipWire: wireChunks ? Buffer.concat(wireChunks, wire) : null,
        hold,
      };
      // The listeners stay on the request until it ends: they must not keep the bytes alive once the caller drops them.
      source.removeListener('data', onWire);
      whole = null;
      decodedChunks.length = 0;
      wireChunks?.splice(0);
      resolve(body);
    };

    const onWire = (chunk: Buffer) => {
      wire += chunk.length;
      wireChunks?.push(chunk);
      if (encoding === 'identity') return onDecoded(chunk);
      if (!decoder) {
        // The decoder is chosen on the first bytes (raw vs zlib deflate); later chunks flow through pipe().
        decoder = decoderFor(encoding, chunk)!;
        decoder.on('data', onDecoded);
        decoder.on('end', onDecodedEnd);
        decoder.on('error', () =>
          fail(new UndecodableBody('bad_request', `The ${encoding}-compressed request body is corrupt.`)),
        );
        decoder.write(chunk);
        source.pipe(decoder);
      }
    };

    // A declared length is reserved before the first byte (the decoded body is at least that long), so that a large
    // upload has its share from the start rather than growing past uploads that arrive after it.
    const bounded = Math.min(Number.isFinite(declared) && declared > 0 ? declared : 0, options.limit);
    if (bounded > 0 && options.budget && !options.budget.tryHold(bounded, hold)) return fail(busy());

    source.on('data', onWire);
    source.on('end', () => {
      if (encoding === 'identity') return onDecodedEnd();
      if (!decoder) return onDecodedEnd(); // empty compressed body: nothing to decode
    });
    source.on('aborted', () => fail(new AppError('bad_request', 'The request body was incomplete.')));
    source.on('error', () => fail(new AppError('bad_request', 'The request body was incomplete.')));
  });
}
