import { isStorableText, MAX_JSON_DEPTH, nestsDeeperThan } from '../../common/http/storable-text.js';
import { AppError } from '../../common/errors/app-error.js';
import type { NormalizeBatchInput } from '../normalization/normalization.types.js';
import type { Provider, Rejection } from '../normalization/mapping/types.js';

export const PROVIDERS: readonly Provider[] = ['apple', 'google', 'samsung'];

/** What the journal needs from a parsed body; items stay untouched for normalization to judge one by one. */
export interface ParsedBatch {
  provider: Provider;
  sdkVersion: string | null;
  syncTimestamp: Date | null;
  data: NormalizeBatchInput['data'];
  itemCount: number;
  /** Items refused before normalization (tutorial readings); `mapRejections` lists them. Counted as rejected records. */
  refusedBeforeNormalization?: number;
  /** Renames normalization's rejections into the caller's terms (tutorial readings). */
  mapRejections?: (rejections: Rejection[]) => unknown[];
}

const COLLECTIONS = ['records', 'sleep', 'workouts', 'deleted'] as const;

function envelopeError(detail: string): AppError {
  return new AppError('bad_request', detail);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON.parse with a 400 that says where the text broke; a UTF-8 BOM is tolerated. */
export function parseJsonBody(bytes: Buffer): unknown {
  if (bytes.length === 0) throw envelopeError('The request body is empty; expected a JSON object.');
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (nestsDeeperThan(bytes))
    throw envelopeError(`The request body nests JSON deeper than ${MAX_JSON_DEPTH} levels.`);
  try {
    return JSON.parse(bytes.toString('utf8', start));
  } catch (error) {
    throw envelopeError(`The request body is not valid JSON: ${(error as Error).message}`);
  }
}

function countItems(data: Record<string, unknown>): number {
  return COLLECTIONS.reduce((sum, key) => sum + (Array.isArray(data[key]) ? data[key].length : 0), 0);
}

function optionalString(value: unknown, max: number): string | null {
  // A label only kept for diagnosis: text PostgreSQL cannot store is dropped rather than failing the batch.
  if (typeof value === 'string')
    return isStorableText(value) ? Array.from(value).slice(0, max).join('') : null;
  if (typeof value === 'number') return String(value);
  return null;
}

function optionalDate(value: unknown): Date | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Strict only where the peer is: an object with a known provider (case-insensitive) and an object `data`. Unknown keys
 * are ignored, and sdkVersion / syncTimestamp are recorded when usable rather than required.
 */
export function parseSyncEnvelope(body: unknown): ParsedBatch {
  if (!isPlainObject(body)) throw envelopeError('The request body must be a JSON object.');
  const rawProvider = typeof body.provider === 'string' ? body.provider.trim().toLowerCase() : '';
  if (!rawProvider) throw envelopeError(`provider is required; supported: ${PROVIDERS.join(', ')}.`);
  if (!PROVIDERS.includes(rawProvider as Provider))
    throw envelopeError(
      `Unsupported provider: ${String(body.provider).slice(0, 40)}. Supported: ${PROVIDERS.join(', ')}.`,
    );
  const data = body.data === undefined || body.data === null ? undefined : body.data;
  if (!isPlainObject(data))
    throw envelopeError('data is required and must be an object with records, sleep and workouts arrays.');
  return {
    provider: rawProvider as Provider,
    sdkVersion: optionalString(body.sdkVersion, 64),
    syncTimestamp: optionalDate(body.syncTimestamp),
    data,
    itemCount: countItems(data),
  };
}
