import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { AppConfig } from './config/app-config.js';
import { buildDataSourceOptions } from './database/data-source-options.js';
import type { DatabaseServer } from './database/database-server.js';
import { migrateUnderLock } from './database/migrate.js';
import { loadOrCreateSigningKeys } from './modules/tokens/signing-keys.service.js';

/** A process that dies after it served is replaced after this pause (a crash loop stays slow). */
const RESTART_DELAY_MS = 1000;

/**
 * WEB_CONCURRENCY > 1: this primary owns what must happen once (the embedded PostgreSQL, migrations, the signing-key
 * file) and forks that many API processes sharing the port. Each process keeps no state that correctness depends
 * on: rate limits, idempotency and credentials are in PostgreSQL, and credential changes reach every process through
 * NOTIFY. A process that fails before it listens stops the whole start (it has said why); one that dies later is
 * replaced. Resolves once every process listens; `stop` ends them (the caller stops the database).
 */
export async function startCluster(
  config: AppConfig,
  database: DatabaseServer,
  logger: Logger,
): Promise<{ stop: () => Promise<void> }> {
  if (config.database.runMigrations) {
    const migrations = await new DataSource(buildDataSourceOptions(database.url, config)).initialize();
    try {
      await migrateUnderLock(migrations);
    } finally {
      await migrations.destroy();
    }
  }
  await loadOrCreateSigningKeys(config, (line) => logger.info(line));

  let stopping = false;
  const workers = new Map<number, Worker>();
  const fork = (index: number) =>
    new Promise<void>((listening, failed) => {
      const worker = cluster.fork({
        DATABASE_URL: database.url,
        DB_MIGRATIONS_RUN: 'false',
        // Queue workers run once; a separate `npm run worker` can take them over entirely.
        WEBHOOKS_WORKER_ENABLED: index === 0 ? String(config.webhooks.workerEnabled) : 'false',
      });
      workers.set(index, worker);
      let served = false;
      worker.once('listening', () => {
        served = true;
        listening();
      });
      worker.once('exit', (code, signal) => {
        workers.delete(index);
        if (stopping) return;
        if (!served) return failed(new ClusterStartError(code));
        logger.error({ process: index, code, signal }, 'an API process died; starting another');
        setTimeout(() => void fork(index).catch(() => undefined), RESTART_DELAY_MS).unref();
      });
    });

  const stopWorkers = async () => {
    stopping = true;
    const exits = [...workers.values()].map(
      (worker) =>
        new Promise<void>((resolve) => (worker.isDead() ? resolve() : worker.once('exit', () => resolve()))),
    );
    for (const worker of workers.values()) worker.process.kill('SIGTERM');
    await Promise.all(exits);
  };
  try {
    await Promise.all(Array.from({ length: config.http.processes }, (_, index) => fork(index)));
  } catch (error) {
    await stopWorkers();
    throw error;
  }
  return { stop: stopWorkers };
}

/** An API process exited before it listened; it printed the reason itself. */
export class ClusterStartError extends Error {
  constructor(readonly exitCode: number) {
    super(`an API process exited with code ${exitCode} before it listened`);
  }
}
