import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { buildDataSourceOptions } from './data-source-options.js';
import { migrateUnderLock } from './migrate.js';
import { ReadDatabase, READ_REPLICA } from './read-database.js';
import { Transactions } from './transactions.js';

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig, databaseUrl: string, logger?: Logger): DynamicModule {
    const onClientError = (error: Error) =>
      logger?.warn(
        { reason: error.message, sqlstate: (error as { code?: string }).code },
        'database connection lost; it is replaced on next use',
      );
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () =>
            buildDataSourceOptions(databaseUrl, config, { onClientError, requestTimeouts: true }),
          dataSourceFactory: async (options) => {
            // Migrations run on a short-lived source of their own, without the request timeouts.
            if (config.database.runMigrations) {
              const migrations = await new DataSource(
                buildDataSourceOptions(databaseUrl, config, { onClientError }),
              ).initialize();
              try {
                await migrateUnderLock(migrations);
              } finally {
                await migrations.destroy();
              }
            }
            return new DataSource(options!).initialize();
          },
        }),
      ],
      providers: [
        Transactions,
        ReadDatabase,
        ...(config.database.readUrl
          ? [
              {
                provide: READ_REPLICA,
                useFactory: () =>
                  new DataSource(
                    buildDataSourceOptions(config.database.readUrl!, config, {
                      onClientError,
                      requestTimeouts: true,
                      applicationName: 'wearbridge-read',
                    }),
                  ).initialize(),
              },
            ]
          : []),
      ],
      exports: [Transactions, ReadDatabase],
    };
  }
}
