import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { AppError } from '../../common/errors/app-error.js';
import { type BodyProgress, type IncomingBody, stalled, tooLarge } from '../../common/http/request-body.js';

export type SpooledFormat = 'zip' | 'gzip' | 'xml';

export interface SpooledFile {
  path: string;
  /** SHA-256 of the decoded bytes: the same export sent plain or gzip-encoded is the same file. */
  sha256: Buffer;
  bytes: number;
  format: SpooledFormat;
}

export interface SpoolOptions {
  dir: string;
  /** The file's name under `dir` (the import id). */
  name: string;
  /** Largest decoded size accepted. */
  limit: number;
  /** The upload is cut with 408 when it brings less than this (see HTTP_BODY_IDLE_TIMEOUT_MS). */
  progress?: BodyProgress;
  /** Called with the decoded bytes so far, at most once per piece of the stream. */
  onProgress?: (bytes: number) => void;
}

/** Bytes of a refused upload read and thrown away (so the client can read the answer) before the socket is cut. */
const DRAIN_LIMIT = 64 * 1024 * 1024;

export function spoolPath(dir: string, name: string): string {
  return path.join(dir, `${name}.upload`);
}

/** What the first bytes say the upload is; null when it is neither a zip, a gzip nor XML. */
export function sniffFormat(head: Buffer): SpooledFormat | null {
  if (head.length >= 4 && head.readUInt32BE(0) === 0x504b0304) return 'zip';
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  let start = 0;
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) start = 3;
  while (start < head.length && [0x20, 0x09, 0x0a, 0x0d].includes(head[start])) start++;
  return start < head.length && head[start] === 0x3c ? 'xml' : null;
}

const notAnExport = () =>
  new AppError(
    'unsupported_media_type',
    'The upload is neither a zip nor an XML file: send export.zip or export.xml from "Export All Health Data".',
  );

/** Hashes, counts, bounds and sniffs the decoded bytes on their way to disk. */
class UploadMeter extends Transform {
  readonly hash = createHash('sha256');
  bytes = 0;
  format: SpooledFormat | null = null;
  private head = Buffer.alloc(0);

  constructor(
    private readonly limit: number,
    private readonly onProgress?: (bytes: number) => void,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.limit) return done(tooLarge(this.limit, '; IMPORT_MAX_BYTES sets the limit'));
    if (this.format === null && this.head.length < 8) {
      this.head = Buffer.concat([this.head, chunk]);
      if (this.head.length >= 8 || this.head.some((b) => ![0x20, 0x09, 0x0a, 0x0d].includes(b))) {
        this.format = sniffFormat(this.head);
        if (this.format === null && this.head.length >= 8) return done(notAnExport());
      }
    }
    this.hash.update(chunk);
    this.onProgress?.(this.bytes);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.bytes === 0)
      return done(
        new AppError('bad_request', 'The upload is empty: send the export file as the request body.'),
      );
    if (this.format === null) this.format = sniffFormat(this.head);
    if (this.format === null) return done(notAnExport());
    done();
  }
}

function contentEncoding(headers: IncomingBody['headers']): 'identity' | 'gzip' {
  const value = String(headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  if (value === '' || value === 'identity') return 'identity';
  if (value === 'gzip' || value === 'x-gzip') return 'gzip';
  throw new AppError(
    'unsupported_media_type',
    `Unsupported Content-Encoding "${value.slice(0, 40)}" for an import; send gzip or identity.`,
  );
}

/** Reads what is left of a refused upload and discards it, cutting a sender that goes on past DRAIN_LIMIT. */
function discardRest(source: IncomingBody['stream']): void {
  let drained = 0;
  source.removeAllListeners('data');
  source.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT) source.destroy();
  });
  source.on('error', () => undefined);
  source.resume();
}

/**
 * Streams a request body to `dir/<name>.upload`, decoding gzip transfer encoding, hashing and bounding the decoded
 * bytes on the way: memory stays at a few stream buffers whatever the file's size. Nothing is left on disk when it
 * fails. Errors are AppErrors with the status the client should see.
 */
export async function spoolUpload(body: IncomingBody, options: SpoolOptions): Promise<SpooledFile> {
  const source = body.stream;
  let encoding: 'identity' | 'gzip';
  try {
    encoding = contentEncoding(body.headers);
  } catch (error) {
    discardRest(source);
    throw error;
  }
  const declared = Number(body.headers['content-length']);
  if (encoding === 'identity' && Number.isFinite(declared) && declared > options.limit) {
    discardRest(source);
    throw tooLarge(options.limit, '; IMPORT_MAX_BYTES sets the limit');
  }

  await mkdir(options.dir, { recursive: true, mode: 0o700 });
  const target = spoolPath(options.dir, options.name);
  // Opened before any byte flows, so a failure can never race an open still in flight and leave a file behind.
  const file = await open(target, 'wx', 0o600);
  const meter = new UploadMeter(options.limit, options.onProgress);
  let wire = 0;
  let aborted = false;
  source.on('data', (chunk: Buffer) => (wire += chunk.length));
  source.on('aborted', () => (aborted = true));
  const progress = options.progress;
  let wireAtWindowStart = 0;
  let stall: AppError | null = null;
  const watchdog = progress
    ? setInterval(() => {
        const needed = Math.max(1, (progress.minBytesPerSecond * progress.windowMs) / 1000);
        if (wire - wireAtWindowStart < needed) {
          stall = stalled(progress);
          source.destroy(stall);
        }
        wireAtWindowStart = wire;
      }, progress.windowMs)
    : undefined;
  watchdog?.unref();

  const stages = [source, ...(encoding === 'gzip' ? [zlib.createGunzip()] : []), meter];
  try {
    await pipeline([...stages, createWriteStream('', { fd: file })]);
  } catch (error) {
    await rm(target, { force: true });
    if (!source.destroyed) discardRest(source);
    if (stall) throw stall;
    if (error instanceof AppError) throw error;
    if (aborted || (error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE')
      throw new AppError('bad_request', 'The upload was incomplete; send the file again.');
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR')
      throw new AppError('bad_request', 'The gzip-encoded upload is corrupt.');
    if (code === 'ENOSPC')
      throw new AppError(
        'unavailable',
        'The server has no disk space left for the upload; try again later.',
        {
          headers: { 'Retry-After': '600' },
        },
      );
    throw error;
  } finally {
    clearInterval(watchdog);
  }
  return { path: target, sha256: meter.hash.digest(), bytes: meter.bytes, format: meter.format! };
}
