import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import exitHook from 'async-exit-hook';
import { AppModule } from './app.module.js';
import { createLogger, NestPinoLogger } from './common/logging/logger.js';
import { InvalidEnvironmentError, loadConfig } from './config/app-config.js';

/**
 * `npm run worker`: the webhook delivery workers without the HTTP API, for deployments that run delivery apart
 * (start the API with WEBHOOKS_WORKER_ENABLED=false). Needs DATABASE_URL: the embedded PostgreSQL belongs to the API.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig({ ...process.env, WEBHOOKS_WORKER_ENABLED: 'true' });
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  if (!config.database.url) {
    process.stderr.write('npm run worker needs DATABASE_URL (the database the API uses)\n');
    process.exit(1);
  }
  const logger = createLogger(config.logLevel);
  const context = await NestFactory.createApplicationContext(AppModule.forRoot(config, config.database.url), {
    logger: new NestPinoLogger(logger),
    abortOnError: false,
  });
  exitHook((done) => {
    logger.info('worker shutting down');
    context
      .close()
      .catch((error: unknown) => logger.error({ err: error }, 'error while closing'))
      .finally(done);
  });
  logger.info('Wearbridge webhook worker running');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Wearbridge worker failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
