import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';

export const QUEUE_SCHEMA = 'pgboss';

export const QUEUES = {
  /** Turns one outbox event into deliveries for the endpoints subscribed to it. */
  fanout: 'webhook-fanout',
  /** One attempt of one delivery. */
  deliver: 'webhook-deliver',
  /** Daily removal of events past retention. */
  prune: 'webhook-prune',
  /** Parses one uploaded import (imports module). */
  importRun: 'import-run',
  /** Every minute: re-queues imports whose worker died, fails uploads whose request died. */
  importSweep: 'import-sweep',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** A job that crashed its worker (killed process, lost connection) runs again: deliveries stay at-least-once. */
const CRASH_RETRY = { retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: 120 };
/**
 * An import runs for minutes to hours: its own lease (imports.lease_until) tells a live worker from a dead one, so
 * pg-boss's expiry only has to be longer than any import.
 */
const QUEUE_OPTIONS: Partial<Record<QueueName, typeof CRASH_RETRY>> = {
  [QUEUES.importRun]: { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 6 * 3600 },
};

/**
 * pg-boss creates and upgrades its own schema (`pgboss`) at start, under its own advisory lock: its tables are not
 * TypeORM entities, and a pg-boss upgrade ships the migration of its schema. Sends may join the caller's transaction,
 * which is what makes the outbox transactional: the job exists exactly when the change committed.
 */
export async function openQueue(url: string, options: { maintenance: boolean }): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema: QUEUE_SCHEMA,
    max: 4,
    application_name: 'wearbridge-queue',
    migrate: true,
    supervise: options.maintenance,
    schedule: options.maintenance,
  });
  await boss.start();
  for (const name of Object.values(QUEUES))
    await boss.createQueue(name, { name, ...(QUEUE_OPTIONS[name] ?? CRASH_RETRY) });
  return boss;
}

/** pg-boss's executor over the caller's TypeORM transaction. */
export function inTransaction(manager: EntityManager): PgBoss.Db {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('Jobs join a transaction: call this inside one');
  return {
    async executeSql(text: string, values: unknown[]) {
      const result = await runner.query(text, values, true);
      return { rows: result.records ?? [] };
    },
  };
}

export interface JobToSend {
  name: QueueName;
  data: object;
  startAfter?: Date;
  /** At most one queued job per key. */
  singletonKey?: string;
}

@Injectable()
export class JobQueue implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private boss: PgBoss | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    const { url } = this.dataSource.options as { url: string };
    this.boss = await openQueue(url, { maintenance: this.config.webhooks.workerEnabled });
    this.boss.on('error', (error) => this.logger.error({ err: error }, 'job queue error'));
  }

  private get started(): PgBoss {
    if (!this.boss) throw new Error('The job queue is not started');
    return this.boss;
  }

  /** Inserts jobs inside the caller's transaction: they run only if it commits. */
  async sendInTransaction(manager: EntityManager, jobs: JobToSend[]): Promise<void> {
    if (jobs.length === 0) return;
    await this.started.insert(
      jobs.map((job) => ({
        name: job.name,
        data: job.data,
        startAfter: job.startAfter,
        singletonKey: job.singletonKey,
      })),
      { db: inTransaction(manager) },
    );
  }

  async work<T>(name: QueueName, batchSize: number, handler: (data: T) => Promise<void>): Promise<void> {
    const boss = this.started;
    let workerId: string | null = null;
    workerId = await boss.work<T>(
      name,
      { batchSize, pollingIntervalSeconds: this.config.webhooks.pollSeconds },
      async (jobs) => {
        // A full batch means more are waiting: fetch again at once instead of sleeping out the polling interval.
        if (jobs.length === batchSize && workerId) boss.notifyWorker(workerId);
        // One failing job must not fail its batch neighbours: each settles on its own.
        const results = await Promise.allSettled(jobs.map((job) => handler(job.data)));
        const failed = results.filter((r) => r.status === 'rejected');
        if (failed.length > 0) throw (failed[0] as PromiseRejectedResult).reason;
      },
    );
  }

  async schedule(name: QueueName, cron: string): Promise<void> {
    await this.started.schedule(name, cron);
  }

  async beforeApplicationShutdown(): Promise<void> {
    // Graceful: in-flight deliveries finish (bounded by the delivery timeout) before the database pool closes.
    await this.boss?.stop({ graceful: true, timeout: (this.config.webhooks.timeoutSeconds + 5) * 1000 });
    this.boss = null;
  }
}
