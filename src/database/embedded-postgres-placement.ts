import { randomBytes } from 'node:crypto';
import { constants, existsSync, readFileSync, statSync } from 'node:fs';
import { chmod, chown, cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { EmbeddedDatabaseError } from './embedded-postgres-errors.js';

/** The unprivileged account PostgreSQL runs as when Wearbridge runs as root (PostgreSQL refuses to run as root). */
export interface ServerAccount {
  name: string;
  uid: number;
  gid: number;
}

/** Where the cluster and the binaries that serve it live, and who runs them. */
export interface Placement {
  /** Holds `cluster/`; DATA_DIR/postgres unless the server account cannot reach it. */
  home: string;
  binDir: string;
  /** Absent when Wearbridge itself is not root: the server runs as the current user. */
  account?: ServerAccount;
}

/** When DATA_DIR sits where the server account cannot enter (a 0700 home directory, say), the cluster lives here. */
export const DEFAULT_SHARED_STATE_DIR = '/var/lib/wearbridge';
const LOCATION_FILE = 'cluster-location';

function passwdEntries(): ServerAccount[] {
  try {
    return readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .map((line) => line.split(':'))
      .filter((fields) => fields.length >= 4)
      .map(([name, , uid, gid]) => ({ name: name!, uid: Number(uid), gid: Number(gid) }));
  } catch {
    return [];
  }
}

/**
 * The configured account; else the owner of an existing cluster (a second start runs as the first did); else the
 * conventional `postgres` account; else `nobody`, which every Linux image has (the official Node images have no
 * `postgres` account).
 */
export function chooseServerAccount(configured: string | undefined, clusterDir: string): ServerAccount {
  const accounts = passwdEntries();
  if (configured) {
    const account = accounts.find((entry) => entry.name === configured);
    if (!account) {
      throw new EmbeddedDatabaseError(
        `EMBEDDED_DB_USER=${configured} names no account on this machine: create it, unset EMBEDDED_DB_USER, or set DATABASE_URL.`,
      );
    }
    return account;
  }
  if (existsSync(clusterDir)) {
    const { uid } = statSync(clusterDir);
    const owner = accounts.find((entry) => entry.uid === uid && uid !== 0);
    if (owner) return owner;
  }
  const account = ['postgres', 'nobody']
    .map((name) => accounts.find((entry) => entry.name === name))
    .find(Boolean);
  if (!account || account.uid === 0) {
    throw new EmbeddedDatabaseError(
      'Running as root, Wearbridge found no unprivileged account to run the embedded PostgreSQL: set EMBEDDED_DB_USER to one, run as a normal user, or set DATABASE_URL.',
    );
  }
  return account;
}

/** Whether `account` can walk down to `target` (search permission on every directory above it). */
export function reachable(target: string, account: ServerAccount): boolean {
  let dir = path.dirname(path.resolve(target));
  for (;;) {
    let stat;
    try {
      stat = statSync(dir);
    } catch {
      return false;
    }
    const bits =
      stat.uid === account.uid
        ? constants.S_IXUSR
        : stat.gid === account.gid
          ? constants.S_IXGRP
          : constants.S_IXOTH;
    if ((stat.mode & bits) === 0) return false;
    const parent = path.dirname(dir);
    if (parent === dir) return true;
    dir = parent;
  }
}

/** The binaries, copied once per version next to the cluster when the account cannot reach node_modules. */
async function serverBinaries(nativeDir: string, home: string, account: ServerAccount): Promise<string> {
  if (reachable(path.join(nativeDir, 'bin', 'postgres'), account)) return path.join(nativeDir, 'bin');
  const version = JSON.parse(await readFile(path.join(nativeDir, '..', 'package.json'), 'utf8'))
    .version as string;
  const copy = path.join(home, `postgres-${version}`);
  if (!existsSync(path.join(copy, 'bin', 'postgres'))) {
    // Copied under a temporary name and renamed, so an interrupted copy is never mistaken for a complete one.
    const partial = `${copy}.partial-${process.pid}`;
    await rm(partial, { recursive: true, force: true });
    await cp(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
    await chmod(partial, 0o755);
    await rename(partial, copy);
  }
  return path.join(copy, 'bin');
}

/** DATA_DIR/postgres when reachable, else a folder of its own under the shared state folder, recorded in DATA_DIR/postgres. */
async function clusterHome(dataDir: string, account: ServerAccount, sharedStateDir: string): Promise<string> {
  // The cluster inside needs the account to pass through this folder; its own files stay root-only.
  await chmod(dataDir, 0o711);
  if (reachable(path.join(dataDir, 'cluster'), account)) return dataDir;

  const locationFile = path.join(dataDir, LOCATION_FILE);
  const recorded = existsSync(locationFile) ? (await readFile(locationFile, 'utf8')).trim() : undefined;
  const home = recorded ?? path.join(sharedStateDir, `cluster-${randomBytes(6).toString('hex')}`);
  try {
    await mkdir(home, { recursive: true, mode: 0o755 });
    await chmod(sharedStateDir, 0o755).catch(() => undefined);
  } catch {
    throw new EmbeddedDatabaseError(
      `The embedded PostgreSQL's account (${account.name}) cannot enter ${dataDir} and ${sharedStateDir} cannot be created: set DATA_DIR to a folder it can reach, run as a normal user, or set DATABASE_URL.`,
    );
  }
  if (!recorded) await writeFile(locationFile, `${home}\n`, { mode: 0o600 });
  return home;
}

async function existingClusterDir(dataDir: string): Promise<string> {
  const locationFile = path.join(dataDir, LOCATION_FILE);
  if (!existsSync(locationFile)) return path.join(dataDir, 'cluster');
  return path.join((await readFile(locationFile, 'utf8')).trim(), 'cluster');
}

/** Decides where the server runs from; as root, prepares folders the unprivileged account owns or can read. */
export async function placeServer(
  dataDir: string,
  nativeDir: string,
  configuredAccount: string | undefined,
  sharedStateDir = DEFAULT_SHARED_STATE_DIR,
): Promise<Placement> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (userInfo().uid !== 0) return { home: dataDir, binDir: path.join(nativeDir, 'bin') };

  const account = chooseServerAccount(configuredAccount, await existingClusterDir(dataDir));
  const home = await clusterHome(dataDir, account, sharedStateDir);
  const binDir = await serverBinaries(nativeDir, home, account);
  const clusterDir = path.join(home, 'cluster');
  await mkdir(clusterDir, { recursive: true, mode: 0o700 });
  await chown(clusterDir, account.uid, account.gid);
  return { home, binDir, account };
}
