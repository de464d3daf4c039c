import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { parse as parseForm } from 'node:querystring';
import { scan as scanForPoisonedKeys } from 'secure-json-parse';
import { AppError } from '../errors/app-error.js';
import { BodyProgress, ByteBudget, readBody, readsItsOwnBody } from './request-body.js';

/** application/json and the structured-syntax `+json` types (problem+json, merge-patch+json…). */
const JSON_TYPES = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/;
const FORM_TYPE = 'application/x-www-form-urlencoded';

/**
 * Replaces Fastify's parsers with ones that decode gzip, deflate and br (the SDKs compress) and apply the limit to
 * the decoded size, so compression cannot hide a large body. Sync pushes are left unread: ingestion streams them
 * itself after authentication.
 */
export function registerBodyParsers(
  fastify: FastifyInstance,
  limitBytes: number,
  progress?: BodyProgress,
): void {
  // Bodies of ordinary routes are small; the limit, not a shared budget, bounds what each one holds.
  const unbounded = new ByteBudget(Number.POSITIVE_INFINITY);
  const decodedText = async (request: FastifyRequest, payload: IncomingMessage): Promise<string> => {
    const body = await readBody(
      { stream: payload, headers: request.headers },
      { limit: limitBytes, budget: unbounded, progress },
    );
    return body.bytes.toString('utf8');
  };

  type Parser = (request: FastifyRequest, payload: IncomingMessage) => Promise<unknown>;
  const unlessSyncPush =
    (parse: Parser): Parser =>
    async (request, payload) =>
      readsItsOwnBody(request.method, request.url) ? undefined : parse(request, payload);

  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(
    JSON_TYPES,
    unlessSyncPush(async (request, payload) => {
      const text = await decodedText(request, payload);
      if (text.trim() === '') return undefined;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw new AppError('bad_request', 'Malformed JSON body.');
      }
      // `__proto__` / `constructor.prototype` keys would poison objects that DTO transformation copies into.
      try {
        if (parsed !== null && typeof parsed === 'object')
          scanForPoisonedKeys(parsed, { protoAction: 'error', constructorAction: 'error' });
      } catch {
        throw new AppError(
          'bad_request',
          'JSON keys "__proto__" and "constructor.prototype" are not accepted.',
        );
      }
      return parsed;
    }),
  );
  fastify.addContentTypeParser(
    FORM_TYPE,
    unlessSyncPush(async (request, payload) => ({ ...parseForm(await decodedText(request, payload)) })),
  );
  fastify.addContentTypeParser(
    '*',
    unlessSyncPush(async (request, payload) => {
      payload.resume(); // discard, so the client can read the refusal
      throw new AppError(
        'unsupported_media_type',
        `Unsupported Content-Type "${request.headers['content-type'] ?? ''}"; send application/json.`,
      );
    }),
  );
}
