import 'reflect-metadata';
import closeWithGrace from 'close-with-grace';
import cluster from 'node:cluster';
import { createApp } from './bootstrap.js';
import { ClusterStartError, startCluster } from './cluster.js';
import { InvalidEnvironmentError, loadConfig, type AppConfig } from './config/app-config.js';
import { createLogger, logDestination } from './common/logging/logger.js';
import { openDatabaseServer } from './database/database-server.js';
import { startupFailureSentence } from './startup-failure.js';

/** How long open requests get to finish before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

async function main(config: AppConfig): Promise<void> {
  const logger = createLogger(config.logLevel, logDestination(config.logFormat));
  const database = await openDatabaseServer(config, (line) =>
    logger.debug({ postgres: line.trim() }, 'embedded postgres'),
  );
  if (database.embedded)
    logger.info({ data: database.location }, `embedded PostgreSQL started, data in ${database.location}`);

  let app;
  try {
    app = await createApp(config, database.url, logger);
  } catch (error) {
    await database.stop();
    throw error;
  }
  // Ctrl-C, SIGTERM, or an error nothing caught: stop taking requests, finish the open ones, stop PostgreSQL.
  // A process of a cluster leaves the terminal's Ctrl-C to its primary, which ends it with SIGTERM.
  if (cluster.isWorker) process.on('SIGINT', () => undefined);
  closeWithGrace(
    { delay: SHUTDOWN_GRACE_MS, skip: cluster.isWorker ? ['SIGINT'] : [] },
    async ({ signal, err }) => {
      if (err) logger.fatal({ err }, 'shutting down after an unhandled error');
      else logger.info({ signal }, 'shutting down');
      await app!.close().catch((error: unknown) => logger.error({ err: error }, 'error while closing'));
      await database.stop();
      logger.flush();
    },
  );
  try {
    await app.listen(config.http.port, config.http.host);
  } catch (error) {
    await app.close().catch(() => undefined);
    await database.stop();
    throw error;
  }
  if (cluster.isWorker) return;
  const url = `http://localhost:${config.http.port}`;
  logger.info({ url, docs: `${url}/docs` }, `Wearbridge is listening on ${url}, docs at ${url}/docs`);
}

/** WEB_CONCURRENCY > 1: the primary of the API processes (src/cluster.ts). */
async function supervise(config: AppConfig): Promise<void> {
  const logger = createLogger(config.logLevel, logDestination(config.logFormat));
  const database = await openDatabaseServer(config, (line) =>
    logger.debug({ postgres: line.trim() }, 'embedded postgres'),
  );
  if (database.embedded)
    logger.info({ data: database.location }, `embedded PostgreSQL started, data in ${database.location}`);
  let processes;
  try {
    processes = await startCluster(config, database, logger);
  } catch (error) {
    await database.stop();
    // The process that failed has printed its one sentence; the primary adds none.
    if (error instanceof ClusterStartError) process.exit(1);
    throw error;
  }
  closeWithGrace({ delay: SHUTDOWN_GRACE_MS + 5000 }, async ({ signal, err }) => {
    if (err) logger.fatal({ err }, 'shutting down after an unhandled error');
    else logger.info({ signal }, 'shutting down the API processes');
    await processes.stop();
    await database.stop();
    logger.flush();
  });
  const url = `http://localhost:${config.http.port}`;
  logger.info(
    { url, docs: `${url}/docs`, processes: config.http.processes },
    `Wearbridge is listening on ${url} with ${config.http.processes} processes, docs at ${url}/docs`,
  );
}

function fail(error: unknown): never {
  const sentence = startupFailureSentence(error);
  process.stderr.write(
    sentence
      ? `Wearbridge failed to start: ${sentence}\n`
      : `Wearbridge failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
}

try {
  const config = loadConfig();
  (config.http.processes > 1 && cluster.isPrimary ? supervise(config) : main(config)).catch(fail);
} catch (error) {
  if (error instanceof InvalidEnvironmentError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  fail(error);
}
