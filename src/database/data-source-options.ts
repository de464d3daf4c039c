import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import type { AppConfig } from '../config/app-config.js';
import { ENTITIES } from './entities.js';
import { ClientErrorHandler, guardedPg } from './guarded-pg.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

export interface DataSourceRole {
  /** Where errors of idle or just-handed-over connections go (they are handled, never thrown). */
  onClientError?: ClientErrorHandler;
  /**
   * Request work: connections carry our statement_timeout and lock_timeout. Migrations and tooling run without them
   * (a migration may legitimately wait for its advisory lock or rewrite a large table).
   */
  requestTimeouts?: boolean;
  /** Shown in pg_stat_activity; the read replica's pool says so. */
  applicationName?: string;
}

const ignoreClientError: ClientErrorHandler = () => undefined;

/** The one definition of the TypeORM options: the app, the migration CLI and the tests all call it. */
export function buildDataSourceOptions(
  url: string,
  config: Pick<AppConfig, 'database'>,
  role: DataSourceRole = {},
): DataSourceOptions {
  const { database } = config;
  const timeouts = role.requestTimeouts
    ? { statement_timeout: database.statementTimeoutMs, lock_timeout: database.lockTimeoutMs }
    : {};
  return {
    type: 'postgres',
    url,
    driver: guardedPg(role.onClientError ?? ignoreClientError),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL ≥ 13: no extension to install, no superuser needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    logging: false,
    // Reported once, by the clients' own listener (guardedPg).
    poolErrorHandler: ignoreClientError,
    extra: {
      max: database.poolMax,
      application_name: role.applicationName ?? 'wearbridge',
      connectionTimeoutMillis: database.connectTimeoutMs,
      ...timeouts,
    },
  };
}
