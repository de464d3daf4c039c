import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { ProblemFilter } from './common/errors/problem.filter.js';
import { registerBodyParsers } from './common/http/body-parsers.js';
import { answerUnmetExpectations } from './common/http/framework-errors.js';
import { bodyProgress } from './common/http/request-body.js';
import { refuseUnstorableUrl } from './common/http/storable-text.js';
import { buildOpenApiDocument } from './common/http/openapi.js';
import { portalDirectory, servePortal } from './common/http/portal.js';
import { requestContext } from './common/logging/request-context.js';
import { requestLogging } from './common/logging/request-logging.js';
import type { AppConfig } from './config/app-config.js';
import { VERSION } from './version.js';

/** Everything main.ts and the e2e tests share: parsers, logging, errors, docs. */
export function configureApp(app: NestFastifyApplication, config: AppConfig, logger: Logger): void {
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  const logRequest = requestLogging(logger);
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.raw.setHeader('X-Request-Id', request.id);
    logRequest(Object.assign(request.raw, { id: request.id }), reply.raw);
    requestContext.run({ requestId: request.id }, done);
  });
  fastify.addHook('onRequest', refuseUnstorableUrl);
  answerUnmetExpectations(app.getHttpServer());
  registerBodyParsers(fastify, config.http.jsonBodyLimitBytes, bodyProgress(config));
  app.useGlobalFilters(new ProblemFilter(logger));

  const document = buildOpenApiDocument(app, VERSION);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'openapi.json',
    customSiteTitle: 'Wearbridge API',
  });
  servePortal(fastify, portalDirectory());
}
