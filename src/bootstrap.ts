import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import { configureApp } from './app.setup.js';
import { clientErrorHandler, frameworkErrorHandler } from './common/http/framework-errors.js';
import { NestPinoLogger } from './common/logging/logger.js';
import { requestIdOf } from './common/logging/request-logging.js';
import type { AppConfig } from './config/app-config.js';

/**
 * Fastify, not Express: measured at 2.5–3× less framework cost per request on the same Nest routes
 * (`npm run bench:http-adapter`), which the token endpoints feel most.
 */
export function httpAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    trustProxy: config.http.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
    genReqId: requestIdOf,
    // Node's own default, which Fastify turns off: a client gets 5 minutes to send a request (a 64 MiB batch on a
    // slow mobile link included), so idle half-sent requests cannot hold sockets forever.
    requestTimeout: 300_000,
    logger: false,
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
  });
}

/** Builds the fully configured application (not yet listening); main.ts and the e2e tests both use it. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  logger: Logger,
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, databaseUrl, logger),
    httpAdapter(config),
    { bodyParser: false, logger: new NestPinoLogger(logger), abortOnError: false },
  );
  configureApp(app, config, logger);
  return app;
}
