import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/app-config.js';
import { buildDataSourceOptions } from '../../src/database/data-source-options.js';
import { isTransientDatabaseError } from '../../src/database/transient-errors.js';
import { startTestApp, TestApp } from '../setup/test-app.js';
import { startTerminatingProxy } from './db-fault-helpers.js';

const REPRODUCTION = fileURLToPath(new URL('../fixtures/db-faults/late-listener-repro.mjs', import.meta.url));

function throughProxy(url: string, port: number): string {
  const proxied = new URL(url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(port);
  return proxied.toString();
}

describe('A termination in the same read as the hand-over (issue 18)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('ends a process that uses plain TypeORM: its error listener comes one promise turn late', async () => {
    const proxy = await startTerminatingProxy(new URL(t.config.database.url!), 1);
    try {
      const run = promisify(execFile)(
        process.execPath,
        [REPRODUCTION, throughProxy(t.config.database.url!, proxy.port)],
        {
          cwd: process.cwd(),
          timeout: 20_000,
        },
      );
      const failure = (await run.then(
        () => null,
        (error: unknown) => error,
      )) as { code?: number; stderr?: string } | null;
      expect(failure).not.toBeNull();
      expect(failure!.code).not.toBe(0);
      expect(failure!.stderr).toMatch(
        /Unhandled 'error' event|terminating connection due to administrator command/,
      );
      expect(proxy.terminated).toBeGreaterThan(0);
    } finally {
      await proxy.close();
    }
  });

  it('is survived by our data source: the queries fail as transient, the listener saw each termination', async () => {
    const proxy = await startTerminatingProxy(new URL(t.config.database.url!), 1);
    const seen: Error[] = [];
    const dataSource = new DataSource(
      buildDataSourceOptions(
        throughProxy(t.config.database.url!, proxy.port),
        loadConfig({ DB_POOL_MAX: '4' }),
        {
          onClientError: (error) => seen.push(error),
          requestTimeouts: true,
        },
      ),
    );
    try {
      await dataSource.initialize();
      const outcomes = await Promise.allSettled(
        [1, 2, 3, 4].map(() => dataSource.query('SELECT pg_sleep(0.05)')),
      );
      const failures = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(proxy.terminated).toBeGreaterThan(0);
      expect(failures.length).toBeGreaterThan(0);
      for (const failure of failures) expect(isTransientDatabaseError(failure.reason)).toBe(true);
      expect(seen.some((error) => /terminating connection/.test(error.message))).toBe(true);
    } finally {
      await dataSource.destroy().catch(() => undefined);
      await proxy.close();
    }
  });
});
