import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pg from 'pg';
import request from 'supertest';

import { createApp } from '../../src/bootstrap.js';
import { createLogger } from '../../src/common/logging/logger.js';
import { AppConfig, loadConfig } from '../../src/config/app-config.js';
import { checkAgainstOpenApi, type CheckedResponse } from './response-schemas.js';
import { databaseUrl, SERVER_ENV, TEMPLATE_ENV } from './test-database-server.js';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  http: ReturnType<typeof request>;
  baseUrl: string;
  /** Direct access to the test database, for assertions on what was stored. */
  db: pg.Pool;
  /** Every log line the app wrote. */
  logs: string[];
  close(): Promise<void>;
}

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

/** The supertest agent, with every request's response checked against openapi.json (see response-schemas.ts). */
function withResponseSchemaChecks(agent: ReturnType<typeof request>): ReturnType<typeof request> {
  return new Proxy(agent, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !HTTP_METHODS.has(property) || typeof value !== 'function')
        return value;
      return (...args: unknown[]) =>
        (value as (...a: unknown[]) => request.Test)
          .apply(target, args)
          .expect((response) => checkAgainstOpenApi(response as unknown as CheckedResponse));
    },
  });
}

/**
 * A real HTTP server on its own database cloned from the migrated template; pass DATABASE_URL to start a second
 * process on an existing test database instead (that database is then left to its owner).
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const serverUrl = process.env[SERVER_ENV]!;
  const template = process.env[TEMPLATE_ENV]!;
  const ownsDatabase = env.DATABASE_URL === undefined;
  const name = `wb_test_${template.split('_').pop()}_${randomBytes(6).toString('hex')}`;
  if (ownsDatabase) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    await admin.end();
  }

  const url = env.DATABASE_URL ?? databaseUrl(serverUrl, name);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'wearbridge-test-data-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DATABASE_URL: url,
    DB_POOL_MAX: '20',
    ...env,
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  const app = await createApp(config, url, createLogger('info', sink));
  // A given PORT is kept (a test that needs PUBLIC_URL to be the real address); otherwise any free port.
  await app.listen(env.PORT ? config.http.port : 0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const db = new pg.Pool({ connectionString: url, max: 4 });
  // pool.end() resolves before its clients' sockets close, and the DROP … WITH (FORCE) in close() then terminates
  // them: pg-pool re-emits that as the pool's 'error', which with no listener fails whatever test runs next.
  db.on('error', () => undefined);

  return {
    app,
    config,
    http: withResponseSchemaChecks(request(app.getHttpServer())),
    baseUrl: `http://127.0.0.1:${port}`,
    db,
    logs,
    async close() {
      await app.close();
      await db.end();
      await rm(dataDir, { recursive: true, force: true });
      if (!ownsDatabase) return;
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
