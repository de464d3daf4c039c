import type { FastifyReply, FastifyRequest } from 'fastify';
import { buildProblem, sendProblem } from '../errors/problem.js';

/** NUL, or a UTF-16 surrogate without its partner: text PostgreSQL cannot store (22021 / 22P05 / invalid jsonb). */
// eslint-disable-next-line no-control-regex -- NUL is exactly what is looked for
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g');

/** `text` without its NULs and unpaired surrogates, for text from outside that is stored as is (a response excerpt). */
export function toStorableText(text: string): string {
  return text.replace(UNSTORABLE_ALL, '');
}

/**
 * The UTF-8 `bytes` as storable text: invalid sequences become U+FFFD, a sequence cut off at the end is dropped (the
 * bytes are the start of something longer), and NUL is removed.
 */
export function storableUtf8(bytes: Uint8Array): string {
  // stream: true keeps an incomplete trailing sequence back instead of answering U+FFFD for it.
  return toStorableText(new TextDecoder('utf-8').decode(bytes, { stream: true }));
}

export interface UnstorableFinding {
  /** JSON-pointer-like path of the offending string, e.g. `records.3.type`. */
  path: string;
}

/** Whether any string (value or key) in a parsed JSON value is unstorable. No paths are built: text is almost always fine. */
function holdsUnstorableText(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === 'string') {
      if (UNSTORABLE.test(current)) return true;
    } else if (Array.isArray(current)) {
      for (let i = 0; i < current.length; i++) stack.push(current[i]);
    } else if (current !== null && typeof current === 'object') {
      for (const key in current) {
        if (!Object.hasOwn(current, key)) continue;
        if (UNSTORABLE.test(key)) return true;
        stack.push((current as Record<string, unknown>)[key]);
      }
    }
  }
  return false;
}

/**
 * The first string (value or key) in a parsed JSON value that PostgreSQL could not store. Iterative, so a deep value
 * cannot overflow the stack (depth is bounded by the parser anyway). The path is only worked out once a walk without
 * paths has found something.
 */
export function findUnstorableText(value: unknown, root = ''): UnstorableFinding | undefined {
  if (!holdsUnstorableText(value)) return undefined;
  const stack: Array<[unknown, string]> = [[value, root]];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (typeof current === 'string') {
      if (!isStorableText(current)) return { path: path || '(body)' };
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => stack.push([item, path ? `${path}.${index}` : String(index)]));
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        if (!isStorableText(key)) return { path: path ? `${path}.(a key)` : '(a key)' };
        const child = path ? `${path}.${key}` : key;
        stack.push([item, child]);
      }
    }
  }
  return undefined;
}

const ESCAPE = Buffer.from('\\u');

/**
 * Whether a JSON text may decode to a NUL or an unpaired surrogate. Only a `\u` escape can produce either: a raw NUL
 * is not valid JSON, and UTF-8 cannot encode a surrogate (undecodable bytes become U+FFFD). One `indexOf` over the
 * bytes spares walking every parsed string.
 */
export function mayEscapeUnstorableText(bytes: Buffer): boolean {
  return bytes.includes(ESCAPE);
}

/** Deepest nesting a JSON body may have; no request of ours needs more than a handful of levels. */
export const MAX_JSON_DEPTH = 64;

/** The JSON bytes the scanners here and in large-body.ts look for. */
export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const OPEN_BRACKET = 0x5b;
export const OPEN_BRACE = 0x7b;
export const CLOSE_BRACKET = 0x5d;
export const CLOSE_BRACE = 0x7d;

/**
 * Whether a JSON text nests deeper than `max`, found by scanning its UTF-8 bytes without parsing, so it can be
 * refused before anything walks it recursively (class-transformer, JSON.stringify). Strings are skipped with
 * `indexOf`: most of a body is string bytes.
 */
export function nestsDeeperThan(bytes: Uint8Array, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === QUOTE) {
      i = endOfString(bytes, i + 1);
      if (i < 0) return false; // unterminated: JSON.parse reports it
    } else if (byte === OPEN_BRACKET || byte === OPEN_BRACE) {
      if (++depth > max) return true;
    } else if (byte === CLOSE_BRACKET || byte === CLOSE_BRACE) depth--;
  }
  return false;
}

/** The index of the quote closing a string whose content starts at `from`, or -1. */
export function endOfString(bytes: Uint8Array, from: number): number {
  for (let i = bytes.indexOf(QUOTE, from); i >= 0; i = bytes.indexOf(QUOTE, i + 1)) {
    let backslashes = 0;
    while (bytes[i - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return i;
  }
  return -1;
}

/**
 * `onRequest` hook: a NUL in the path or query (`%00`) is refused before routing, so no path id or filter can carry
 * it into SQL. Lone surrogates cannot arrive through a URL: percent-escapes decode as UTF-8.
 */
export function refuseUnstorableUrl(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
  if (!/%00/i.test(request.url)) return done();
  sendProblem(
    reply,
    buildProblem('bad_request', 400, 'The URL contains a NUL character (%00), which no field accepts.', {
      request_id: request.id,
    }),
  );
}
