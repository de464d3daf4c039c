import type { DataSource, Migration } from 'typeorm';

/** Any constant works as long as every Wearbridge process uses the same one. */
const MIGRATION_LOCK_KEY = 7_311_402_215;

/** Applies pending migrations while holding a PostgreSQL advisory lock, so processes starting together cannot race. */
export async function migrateUnderLock(dataSource: DataSource): Promise<Migration[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
