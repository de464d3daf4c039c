import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import closeWithGrace from 'close-with-grace';
import { AppModule } from './app.module.js';
import { createLogger, logDestination, NestPinoLogger } from './common/logging/logger.js';
import { InvalidEnvironmentError, loadConfig } from './config/app-config.js';
import { openDatabaseServer } from './database/database-server.js';
import { startupFailureSentence } from './startup-failure.js';

/**
 * `npm run worker`: the job-queue workers (webhook deliveries, imports) without the HTTP API, for deployments that run delivery apart
 * (start the API with WEBHOOKS_WORKER_ENABLED=false). Without DATABASE_URL it shares the embedded PostgreSQL of the
 * API running on the same DATA_DIR (or starts it).
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
  const logger = createLogger(config.logLevel, logDestination(config.logFormat));
  const database = await openDatabaseServer(config);
  const context = await NestFactory.createApplicationContext(AppModule.forRoot(config, database.url), {
    logger: new NestPinoLogger(logger),
    abortOnError: false,
  });
  closeWithGrace({ delay: 10_000 }, async ({ err }) => {
    if (err) logger.fatal({ err }, 'worker shutting down after an unhandled error');
    else logger.info('worker shutting down');
    await context.close().catch((error: unknown) => logger.error({ err: error }, 'error while closing'));
    await database.stop();
    logger.flush();
  });
  logger.info('Wearbridge worker running (webhook deliveries, imports)');
}

main().catch((error: unknown) => {
  const sentence = startupFailureSentence(error);
  process.stderr.write(
    `Wearbridge worker failed to start: ${sentence ?? (error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`,
  );
  process.exit(1);
});
