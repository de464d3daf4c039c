import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { parse as parseForm } from 'node:querystring';
import { scan as scanForPoisonedKeys } from 'secure-json-parse';
import { AppError } from '../errors/app-error.js';
import { findUnstorableText, MAX_JSON_DEPTH, nestsDeeperThan } from './storable-text.js';
import { BodyProgress, readBody, readsItsOwnBody } from './request-body.js';

/** application/json and the structured-syntax `+json` types (problem+json, merge-patch+json…). */
const JSON_TYPES = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/;
const FORM_TYPE = 'application/x-www-form-urlencoded';

/**
 * Replaces Fastify's parsers with ones that decode gzip, deflate and br (the SDKs compress) and apply the limit to
 * the decoded size, so compression cannot hide a large body. Routes marked `@ReadsOwnBody()` are left unread: their
 * handlers stream the body themselves after authentication.
 */
export function registerBodyParsers(
  fastify: FastifyInstance,
  limitBytes: number,
  progress?: BodyProgress,
): void {
  const decodedBytes = async (request: FastifyRequest, payload: IncomingMessage): Promise<Buffer> => {
    const body = await readBody(
      { stream: payload, headers: request.headers },
      // Bodies of ordinary routes are small; their limit, not a shared budget, bounds what each one holds.
      { limit: limitBytes, progress },
    );
    return body.bytes;
  };
  // Checked here, once, so that no DTO field, query builder or JSON column downstream can meet such text.
  const refuseUnstorable = (value: unknown) => {
    const found = findUnstorableText(value);
    if (found)
      throw new AppError(
        'bad_request',
        `${found.path} contains a NUL character or an unpaired UTF-16 surrogate, which no field accepts.`,
      );
  };

  type Parser = (request: FastifyRequest, payload: IncomingMessage) => Promise<unknown>;
  const unlessReadsOwnBody =
    (parse: Parser): Parser =>
    async (request, payload) =>
      readsItsOwnBody(request) ? undefined : parse(request, payload);

  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(
    JSON_TYPES,
    unlessReadsOwnBody(async (request, payload) => {
      const bytes = await decodedBytes(request, payload);
      const text = bytes.toString('utf8');
      if (text.trim() === '') return undefined;
      if (nestsDeeperThan(bytes))
        throw new AppError('bad_request', `JSON bodies may nest at most ${MAX_JSON_DEPTH} levels deep.`);
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
      refuseUnstorable(parsed);
      return parsed;
    }),
  );
  fastify.addContentTypeParser(
    FORM_TYPE,
    unlessReadsOwnBody(async (request, payload) => {
      const form = { ...parseForm((await decodedBytes(request, payload)).toString('utf8')) };
      refuseUnstorable(form);
      return form;
    }),
  );
  fastify.addContentTypeParser(
    '*',
    unlessReadsOwnBody(async (request, payload) => {
      payload.resume(); // discard, so the client can read the refusal
      throw new AppError(
        'unsupported_media_type',
        `Unsupported Content-Type "${request.headers['content-type'] ?? ''}"; send application/json.`,
      );
    }),
  );
}
