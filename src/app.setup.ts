import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import express, { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { buildProblem, sendProblem } from './common/errors/problem.js';
import { ProblemFilter } from './common/errors/problem.filter.js';
import { buildOpenApiDocument } from './common/http/openapi.js';
import { requestLogging } from './common/logging/request-logging.js';
import type { AppConfig } from './config/app-config.js';
import { readsItsOwnBody } from './modules/ingestion/request-body.js';
import { VERSION } from './version.js';

interface BodyParserError extends Error {
  type?: string;
  status?: number;
  limit?: number;
}

/** Body-parser failures happen before Nest's filters; they get the same problem+json answer here. */
function bodyErrors(
  error: BodyParserError,
  request: Request & { id?: string },
  response: Response,
  next: NextFunction,
) {
  const requestId = request.id ? String(request.id) : undefined;
  switch (error.type) {
    case 'entity.too.large':
      return sendProblem(
        response,
        buildProblem('payload_too_large', 413, `Request body exceeds the limit of ${error.limit} bytes.`, {
          request_id: requestId,
        }),
      );
    case 'entity.parse.failed':
      return sendProblem(
        response,
        buildProblem('bad_request', 400, 'Malformed JSON body.', { request_id: requestId }),
      );
    case 'encoding.unsupported':
      return sendProblem(
        response,
        buildProblem('unsupported_media_type', 415, 'Unsupported Content-Encoding or charset.', {
          request_id: requestId,
        }),
      );
    case 'request.aborted':
    case 'request.size.invalid':
      return sendProblem(
        response,
        buildProblem('bad_request', 400, 'The request body was incomplete.', { request_id: requestId }),
      );
    default:
      if (error.status === 400 && /incorrect header check|invalid|unexpected end/i.test(error.message)) {
        return sendProblem(
          response,
          buildProblem('bad_request', 400, 'The compressed request body is corrupt.', {
            request_id: requestId,
          }),
        );
      }
      return next(error);
  }
}

/** Everything main.ts and the e2e tests share: parsers, logging, errors, docs. */
export function configureApp(app: NestExpressApplication, config: AppConfig, logger: Logger): void {
  app.set('trust proxy', config.http.trustProxy);
  app.disable('x-powered-by');
  app.use(requestLogging(logger));
  // Decoded-size limits: body-parser inflates gzip/deflate before counting. Sync pushes are skipped here: ingestion
  // streams them itself after authentication, with SYNC_BODY_LIMIT_BYTES as its cap.
  const unlessSyncPush =
    (parser: express.RequestHandler): express.RequestHandler =>
    (request, response, next) =>
      readsItsOwnBody(request) ? next() : parser(request, response, next);
  app.use(
    unlessSyncPush(
      express.json({
        limit: config.http.jsonBodyLimitBytes,
        type: ['application/json', 'application/*+json'],
      }),
    ),
  );
  app.use(unlessSyncPush(express.urlencoded({ extended: false, limit: config.http.jsonBodyLimitBytes })));
  app.use(bodyErrors);
  app.useGlobalFilters(new ProblemFilter(logger));

  const document = buildOpenApiDocument(app, VERSION);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'openapi.json',
    customSiteTitle: 'Wearbridge API',
  });
}
