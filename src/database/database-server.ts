import type { AppConfig } from '../config/app-config.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { guardedClient } from './guarded-pg.js';

export interface DatabaseServer {
  /** URL of the Wearbridge database. */
  url: string;
  embedded: boolean;
  /** Where the embedded cluster keeps its data. */
  location?: string;
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE = 'wearbridge';

async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  // A termination while this short admin session is open must be an error of this call, not of the process.
  const client = guardedClient({ connectionString: serverUrl }, () => undefined);
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/** DATABASE_URL when given; otherwise a real PostgreSQL started from the embedded-postgres package under DATA_DIR. */
export async function openDatabaseServer(
  config: AppConfig,
  onLog?: (line: string) => void,
): Promise<DatabaseServer> {
  if (config.database.url) {
    return { url: config.database.url, embedded: false, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({ ...config.database.embedded, onLog });
  await ensureDatabase(server.url, EMBEDDED_DATABASE);
  const url = new URL(server.url);
  url.pathname = `/${EMBEDDED_DATABASE}`;
  return { url: url.toString(), embedded: true, location: server.clusterDir, stop: server.stop };
}
