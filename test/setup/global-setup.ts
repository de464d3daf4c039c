import './resolve-ts-sources.cjs';
import 'reflect-metadata';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/app-config.js';
import { buildDataSourceOptions } from '../../src/database/data-source-options.js';
import { migrateUnderLock } from '../../src/database/migrate.js';
import { openQueue } from '../../src/modules/webhooks/job-queue.js';
import { databaseUrl, SERVER_ENV, startTestDatabaseServer, TEMPLATE_ENV } from './test-database-server.js';

declare global {
  var __WB_TEST_DB_STOP__: (() => Promise<void>) | undefined;
}

/** Migrates a template database once; every test file clones its own database from it. */
export default async function globalSetup(): Promise<void> {
  const server = await startTestDatabaseServer();
  globalThis.__WB_TEST_DB_STOP__ = server.stop;
  const template = `wb_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();

  const config = loadConfig({});
  const dataSource = await new DataSource(
    buildDataSourceOptions(databaseUrl(server.url, template), config),
  ).initialize();
  await migrateUnderLock(dataSource);
  await dataSource.destroy();
  // The job queue's own schema too, so each test file's clone starts with it instead of creating it.
  const queue = await openQueue(databaseUrl(server.url, template), { maintenance: false });
  await queue.stop({ graceful: false });

  process.env[SERVER_ENV] = server.url;
  process.env[TEMPLATE_ENV] = template;
}
