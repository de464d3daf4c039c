import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, readFile, rm, writeFile } from 'node:fs/promises';
import { arch, platform } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { EmbeddedDatabaseError } from './embedded-postgres-errors.js';
import { placeServer, type Placement } from './embedded-postgres-placement.js';

export { EmbeddedDatabaseError } from './embedded-postgres-errors.js';

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  port: number;
  /** The account PostgreSQL runs as when Wearbridge runs as root; chosen automatically when absent. */
  user?: string;
  /** Run as root from a folder the server account cannot enter: where the cluster goes instead (/var/lib/wearbridge). */
  sharedStateDir?: string;
  /** Extra server settings, e.g. fsync=off for throw-away test clusters. */
  settings?: Record<string, string>;
  onLog?: (line: string) => void;
}

export interface RunningEmbeddedDatabase {
  url: string;
  /** Where the cluster lives (DATA_DIR/postgres/cluster, or elsewhere when run as root from a private folder). */
  clusterDir: string;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 60_000;
const READY_LINE = 'database system is ready to accept connections';

/** The binaries of the embedded-postgres platform package installed for this machine. */
async function nativeDir(): Promise<string> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    const { postgres } = (await import(name)) as { postgres: string };
    return path.dirname(path.dirname(postgres));
  } catch {
    throw new EmbeddedDatabaseError(
      `No embedded PostgreSQL build for ${platform()}-${arch()} is installed (${name}): set DATABASE_URL to your PostgreSQL.`,
    );
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

/** Runs one of the server binaries as the placement's account, reporting a failure to spawn as a clear sentence. */
function run(placement: Placement, binary: string, args: string[]): ChildProcess {
  const ids = placement.account ? { uid: placement.account.uid, gid: placement.account.gid } : {};
  return spawn(path.join(placement.binDir, binary), args, {
    ...ids,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' },
  });
}

function spawnFailure(error: NodeJS.ErrnoException, placement: Placement): EmbeddedDatabaseError {
  const who = placement.account ? `the account ${placement.account.name}` : 'this user';
  return new EmbeddedDatabaseError(
    `The embedded PostgreSQL could not be started by ${who} (${error.code ?? error.message} on ${placement.binDir}): run as a normal user, set EMBEDDED_DB_USER, or set DATABASE_URL.`,
  );
}

async function initialise(
  placement: Placement,
  clusterDir: string,
  password: string,
  onLog: (line: string) => void,
) {
  const passwordFile = path.join(placement.home, `.pwfile-${randomBytes(6).toString('hex')}`);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  if (placement.account) await chown(passwordFile, placement.account.uid, placement.account.gid);
  try {
    const child = run(placement, 'initdb', [
      `--pgdata=${clusterDir}`,
      '--auth=scram-sha-256',
      '--username=postgres',
      `--pwfile=${passwordFile}`,
      '--encoding=UTF8',
      // The C locale exists everywhere (containers often ship no others) and sorts fastest.
      '--no-locale',
      '--no-instructions',
    ]);
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => onLog(chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      child.once('error', (error) => reject(spawnFailure(error, placement)));
      child.once('close', (code) =>
        code === 0
          ? resolve()
          : reject(
              new EmbeddedDatabaseError(
                `The embedded PostgreSQL could not initialise ${clusterDir} (${output.trim().split('\n').pop()}): set DATABASE_URL or choose another DATA_DIR.`,
              ),
            ),
      );
    });
  } finally {
    await rm(passwordFile, { force: true });
  }
}

function serve(
  placement: Placement,
  clusterDir: string,
  port: number,
  settings: Record<string, string>,
  onLog: (line: string) => void,
): Promise<ChildProcess> {
  const args = [
    '-D',
    clusterDir,
    '-p',
    String(port),
    ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
  ];
  const child = run(placement, 'postgres', args);
  return new Promise((resolve, reject) => {
    let tail = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new EmbeddedDatabaseError(
          `The embedded PostgreSQL did not become ready within ${STARTUP_TIMEOUT_MS / 1000} s: set DATABASE_URL.`,
        ),
      );
    }, STARTUP_TIMEOUT_MS);
    const fail = (error: EmbeddedDatabaseError) => {
      clearTimeout(timer);
      reject(error);
    };
    child.once('error', (error) => fail(spawnFailure(error, placement)));
    child.stdout!.on('data', (chunk: Buffer) => onLog(chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      onLog(text);
      tail = (tail + text).slice(-2000);
      if (tail.includes(READY_LINE)) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', () => {
      const reason = tail.trim().split('\n').pop() ?? 'it exited';
      fail(
        new EmbeddedDatabaseError(
          `The embedded PostgreSQL did not start on 127.0.0.1:${port} (${reason}): is another server using that port? Set EMBEDDED_DB_PORT or DATABASE_URL.`,
        ),
      );
    });
  });
}

function stopper(child: ChildProcess): () => Promise<void> {
  // A fast shutdown if this process ends without calling stop (a crash, process.exit).
  const onExit = () => child.kill('SIGINT');
  process.once('exit', onExit);
  return async () => {
    process.off('exit', onExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGINT');
    });
  };
}

/**
 * Starts a real PostgreSQL from the embedded-postgres binaries: initialised on first start (with a random password
 * kept beside the cluster), reused afterwards. Listens on 127.0.0.1 only, without Unix sockets. As root it runs as an
 * unprivileged account (see embedded-postgres-placement.ts).
 */
export async function startEmbeddedPostgres(
  options: EmbeddedDatabaseOptions,
): Promise<RunningEmbeddedDatabase> {
  const onLog = options.onLog ?? (() => undefined);
  const placement = await placeServer(
    options.dataDir,
    await nativeDir(),
    options.user,
    options.sharedStateDir,
  );
  const clusterDir = path.join(placement.home, 'cluster');
  const passwordFile = path.join(options.dataDir, 'password');
  const initialised = existsSync(path.join(clusterDir, 'PG_VERSION'));
  const password =
    initialised && existsSync(passwordFile)
      ? (await readFile(passwordFile, 'utf8')).trim()
      : randomBytes(24).toString('base64url');

  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`;
  // Another Wearbridge process (the API while the CLI runs, say) already serves this cluster: share it, leave it running.
  if (initialised && existsSync(path.join(clusterDir, 'postmaster.pid')) && (await answers(url))) {
    return { url, clusterDir, stop: async () => undefined };
  }
  if (initialised && !existsSync(passwordFile)) {
    throw new EmbeddedDatabaseError(
      `The embedded cluster in ${clusterDir} has lost its password file ${passwordFile}: restore it, or move the cluster away to start afresh.`,
    );
  }
  if (!initialised) {
    await writeFile(passwordFile, password, { mode: 0o600 });
    await initialise(placement, clusterDir, password, onLog);
  }
  const settings = { listen_addresses: '127.0.0.1', unix_socket_directories: '', ...options.settings };
  const child = await serve(placement, clusterDir, options.port, settings, onLog);
  return { url, clusterDir, stop: stopper(child) };
}
