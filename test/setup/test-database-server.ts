import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';

export const TEMPLATE_ENV = 'WB_TEST_TEMPLATE';
export const SERVER_ENV = 'WB_TEST_SERVER_URL';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The server tests run on: TEST_DATABASE_URL / DATABASE_URL when set, otherwise a throw-away embedded PostgreSQL. */
export async function startTestDatabaseServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const external = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (external) return { url: external, stop: async () => undefined };
  const dataDir = await mkdtemp(path.join(tmpdir(), 'wearbridge-test-pg-'));
  const server = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    // Durability is irrelevant for a throw-away cluster; these make it several times faster.
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '300' },
  });
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
