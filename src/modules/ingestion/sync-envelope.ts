import { isStorableText, MAX_JSON_DEPTH, nestsDeeperThan } from '../../common/http/storable-text.js';
import { AppError } from '../../common/errors/app-error.js';
import type { NormalizeBatchInput } from '../normalization/normalize-batch.types.js';
import type { Provider, Rejection } from '../normalization/mapping/parsed-items.js';

export const PROVIDERS: readonly Provider[] = ['apple', 'google', 'samsung'];

/**
 * What phones send for `provider`, any case, to the one slug we store. Open Wearables ≥ 0.8.1 renamed the Health
 * Connect provider `health_connect` and keeps `google` as its permanent alias; we store `google` (the SDKs still send
 * it). The cloud Google Health API is another provider altogether and is not accepted here.
 */
const PROVIDER_ALIASES: ReadonlyMap<string, Provider> = new Map([
  ['apple', 'apple'],
  ['google', 'google'],
  ['health_connect', 'google'],
  ['samsung', 'samsung'],
]);
export const ACCEPTED_PROVIDER_NAMES = [...PROVIDER_ALIASES.keys()];

export function canonicalProvider(value: unknown): Provider | null {
  if (typeof value !== 'string') return null;
  return PROVIDER_ALIASES.get(value.trim().toLowerCase()) ?? null;
}

/** A client's string made safe to echo in a stored detail: bounded, with control characters and surrogates masked. */
export function echoable(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being masked
  return text.slice(0, 40).replace(/[\u0000-\u001f\u007f\ud800-\udfff]/g, '?');
}

export type SyncType = 'historical' | 'live';

/** Why a batch was kept in quarantine instead of being normalized. */
export type QuarantineReason =
  | 'empty_body'
  | 'invalid_json'
  | 'not_an_object'
  | 'missing_provider'
  | 'unknown_provider'
  | 'invalid_data'
  | 'nothing_usable'
  | 'body_too_large'
  | 'undecodable_body';

/**
 * A deterministic problem with a whole body: re-sending cannot fix it, so on the SDK sync path the body is kept in
 * quarantine and acknowledged; elsewhere (the tutorial endpoint) it is the 400 it always was.
 */
export class EnvelopeProblem extends AppError {
  constructor(
    readonly reason: QuarantineReason,
    detail: string,
  ) {
    super('bad_request', detail);
  }
}

/** What the journal needs from a parsed body; items stay untouched for normalization to judge one by one. */
export interface ParsedBatch {
  provider: Provider;
  sdkVersion: string | null;
  syncTimestamp: Date | null;
  /** Newer SDKs group the pushes of one export run; null for SDKs that do not send it. */
  syncSessionId: string | null;
  syncType: SyncType | null;
  data: NormalizeBatchInput['data'];
  itemCount: number;
  /** Items refused before normalization (tutorial readings); `mapRejections` lists them. Counted as rejected records. */
  refusedBeforeNormalization?: number;
  /** Renames normalization's rejections into the caller's terms (tutorial readings). */
  mapRejections?: (rejections: Rejection[]) => unknown[];
}

const COLLECTIONS = ['records', 'sleep', 'workouts', 'deleted'] as const;
export const SYNC_SESSION_ID_MAX = 128;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON.parse with a 400 that says where the text broke; a UTF-8 BOM is tolerated. */
export function parseJsonBody(bytes: Buffer): unknown {
  if (bytes.length === 0)
    throw new EnvelopeProblem('empty_body', 'The request body is empty; expected a JSON object.');
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (nestsDeeperThan(bytes))
    throw new EnvelopeProblem(
      'invalid_json',
      `The request body nests JSON deeper than ${MAX_JSON_DEPTH} levels.`,
    );
  try {
    return JSON.parse(bytes.toString('utf8', start));
  } catch (error) {
    throw new EnvelopeProblem(
      'invalid_json',
      `The request body is not valid JSON: ${(error as Error).message}`,
    );
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

export function optionalSessionId(value: unknown): string | null {
  const id = typeof value === 'string' ? value.trim() : '';
  return id ? id.slice(0, SYNC_SESSION_ID_MAX) : null;
}

/** `historical` / `live` in any case; anything else is unknown and recorded as null (SDKs without sessions are live). */
export function optionalSyncType(value: unknown): SyncType | null {
  const type = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return type === 'historical' || type === 'live' ? type : null;
}

/**
 * Strict only where the peer is: an object with a known provider (case-insensitive, aliases folded) and an object
 * `data`. Unknown keys are ignored; sdkVersion, syncTimestamp, syncSessionId and syncType are recorded when usable
 * rather than required.
 */
export function parseSyncEnvelope(body: unknown): ParsedBatch {
  if (!isPlainObject(body))
    throw new EnvelopeProblem('not_an_object', 'The request body must be a JSON object.');
  const given = typeof body.provider === 'string' ? body.provider.trim() : '';
  if (!given)
    throw new EnvelopeProblem(
      'missing_provider',
      `provider is required; supported: ${ACCEPTED_PROVIDER_NAMES.join(', ')}.`,
    );
  const provider = canonicalProvider(given);
  if (!provider)
    throw new EnvelopeProblem(
      'unknown_provider',
      `Unsupported provider: ${echoable(given)}. Supported: ${ACCEPTED_PROVIDER_NAMES.join(', ')}.`,
    );
  const data = body.data === undefined || body.data === null ? undefined : body.data;
  if (!isPlainObject(data))
    throw new EnvelopeProblem(
      'invalid_data',
      'data is required and must be an object with records, sleep and workouts arrays.',
    );
  return {
    provider,
    sdkVersion: optionalString(body.sdkVersion, 64),
    syncTimestamp: optionalDate(body.syncTimestamp),
    syncSessionId: optionalSessionId(body.syncSessionId),
    syncType: optionalSyncType(body.syncType),
    data,
    itemCount: countItems(data),
  };
}
