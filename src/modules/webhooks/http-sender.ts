import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { performance } from 'node:perf_hooks';
import { storableUtf8, toStorableText } from '../../common/http/storable-text.js';
import { hostOf, parseWebhookUrl, resolveAllowed, UnsafeUrlError, type UrlPolicy } from './url-policy.js';

/** Enough of a response to see an error page's start; the rest is never read. */
export const RESPONSE_READ_LIMIT_BYTES = 2048;

/** Longest `content-type` kept (the column's length). */
const CONTENT_TYPE_MAX = 255;

export interface SendResult {
  statusCode: number | null;
  latencyMs: number;
  /** Why no 2xx came, in a few words; null on success. */
  error: string | null;
  /**
   * The first RESPONSE_READ_LIMIT_BYTES of the response body as storable UTF-8 text ('' for an empty body); null when
   * no response came. Shown to the developer, never logged.
   */
  responseExcerpt: string | null;
  /** The response's `content-type`; null when there was none or no response came. */
  responseContentType: string | null;
}

const NO_RESPONSE = { statusCode: null, responseExcerpt: null, responseContentType: null } as const;

export interface SendRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  policy: UrlPolicy;
}

/**
 * One POST. The host is resolved and checked right before connecting, and the connection goes to exactly the checked
 * addresses (so a DNS answer that changes after registration, or between check and connect, cannot reach an internal
 * address). Redirects are not followed (a 3xx is a failure), and at most RESPONSE_READ_LIMIT_BYTES are read.
 */
export async function sendWebhook(request: SendRequest): Promise<SendResult> {
  const start = performance.now();
  const elapsed = () => Math.round(performance.now() - start);
  let url: URL;
  let addresses: string[];
  try {
    url = parseWebhookUrl(request.url, request.policy);
    addresses = await resolveAllowed(url, request.policy);
  } catch (error) {
    const reason = error instanceof UnsafeUrlError ? error.message : 'url refused';
    return { ...NO_RESPONSE, latencyMs: elapsed(), error: reason.slice(0, 255) };
  }
  const pinned: LookupFunction = (_hostname, options, callback) => {
    const family = (address: string) => (address.includes(':') ? 6 : 4);
    if ((options as { all?: boolean }).all)
      (callback as (e: null, a: { address: string; family: number }[]) => void)(
        null,
        addresses.map((address) => ({ address, family: family(address) })),
      );
    else callback(null, addresses[0], family(addresses[0]));
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<SendResult>((resolve) => {
    let settled = false;
    const finish = (result: Omit<SendResult, 'latencyMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, latencyMs: elapsed() });
    };
    const req = client.request(
      url,
      {
        method: 'POST',
        headers: {
          ...request.headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(request.body),
          'user-agent': 'Wearbridge-Webhooks/1',
        },
        lookup: pinned,
        servername: hostOf(url),
        agent: false,
      },
      (res) => {
        // Never more than the limit in memory: each chunk is copied into this buffer up to its end, then the
        // connection is closed; a slow body is still bounded by the timer above.
        const excerpt = Buffer.allocUnsafe(RESPONSE_READ_LIMIT_BYTES);
        let read = 0;
        res.on('data', (chunk: Buffer) => {
          read += chunk.copy(excerpt, read, 0, Math.min(chunk.length, RESPONSE_READ_LIMIT_BYTES - read));
          if (read >= RESPONSE_READ_LIMIT_BYTES) res.destroy();
        });
        const done = () => {
          const status = res.statusCode ?? null;
          const ok = status !== null && status >= 200 && status < 300;
          const contentType = res.headers['content-type'];
          finish({
            statusCode: status,
            error: ok
              ? null
              : status !== null && status >= 300 && status < 400
                ? 'redirect not followed'
                : null,
            responseExcerpt: storableUtf8(excerpt.subarray(0, read)),
            responseContentType: contentType ? toStorableText(contentType).slice(0, CONTENT_TYPE_MAX) : null,
          });
        };
        res.on('end', done);
        res.on('close', done);
        res.on('error', done);
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      finish({ ...NO_RESPONSE, error: `no response within ${request.timeoutMs / 1000} s` });
    }, request.timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) => {
      finish({ ...NO_RESPONSE, error: (error.code ?? error.message ?? 'request failed').slice(0, 255) });
    });
    req.end(request.body);
  });
}

export const isSuccess = (result: SendResult) =>
  result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
