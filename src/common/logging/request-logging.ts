import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/;
const LOGGED_HEADERS = [
  'user-agent',
  'content-length',
  'content-encoding',
  'content-type',
  'x-open-wearables-sdk-version',
];

function pickHeaders(headers: IncomingMessage['headers']) {
  return Object.fromEntries(
    LOGGED_HEADERS.filter((h) => headers[h] !== undefined).map((h) => [h, headers[h]]),
  );
}

/** The caller's X-Request-Id when sane, else a fresh one; Fastify calls this once per request. */
export function requestIdOf(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * One JSON line per request with a request id (the caller's X-Request-Id when sane). Only whitelisted headers are
 * logged, never bodies, query strings or credentials.
 */
export function requestLogging(logger: Logger) {
  return pinoHttp({
    logger,
    // The id Fastify gave the request (`requestIdOf`), copied onto the raw request by the logging hook.
    genReqId: (req: IncomingMessage & { id?: string }) => req.id ?? requestIdOf(req),
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    serializers: {
      req: (req: { id: string; method: string; url: string; headers: IncomingMessage['headers'] }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
        headers: pickHeaders(req.headers),
      }),
      // The wrapped response only reports statusCode once headers are sent; the raw one always has it.
      res: (res: { statusCode: number | null; raw?: { statusCode: number } }) => ({
        statusCode: res.raw?.statusCode ?? res.statusCode,
      }),
    },
    // Errors are logged once, by the problem filter, with their stack.
    customErrorObject: (_req, _res, _err, value) => ({ ...value, err: undefined }),
  });
}
