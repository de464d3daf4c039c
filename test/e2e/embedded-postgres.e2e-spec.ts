import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { EmbeddedDatabaseError, startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { chooseServerAccount, reachable } from '../../src/database/embedded-postgres-placement.js';
import { freePort } from '../setup/test-database-server.js';

const nobody = { name: 'nobody', uid: 65534, gid: 65534 };

describe('reachable', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'wearbridge-reach-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a path below a folder only its owner may enter', async () => {
    await chmod(dir, 0o700);
    expect(reachable(path.join(dir, 'cluster'), nobody)).toBe(false);
  });

  it('accepts it once every folder above grants search permission', async () => {
    await chmod(dir, 0o711);
    expect(reachable(path.join(dir, 'cluster'), nobody)).toBe(true);
  });
});

describe('chooseServerAccount', () => {
  it('names the fix when the configured account does not exist', () => {
    expect(() => chooseServerAccount('wearbridge-no-such-account', '/nonexistent')).toThrow(
      /EMBEDDED_DB_USER=wearbridge-no-such-account names no account on this machine: .*DATABASE_URL/,
    );
  });
});

// Root is how containers and CI run: PostgreSQL refuses root, so the cluster is handed to an unprivileged account.
const asRoot = userInfo().uid === 0 ? describe : describe.skip;

asRoot('startEmbeddedPostgres as root', () => {
  let home: string;
  let privateDir: string;
  let sharedStateDir: string;
  beforeAll(async () => {
    home = await mkdtemp(path.join(tmpdir(), 'wearbridge-root-'));
    await chmod(home, 0o755);
    // A private home directory (mode 0700) such as /root: nobody but root may enter it.
    privateDir = path.join(home, 'private');
    sharedStateDir = path.join(home, 'shared-state');
    await mkdir(privateDir, { mode: 0o700 });
    await chmod(privateDir, 0o700);
  });
  afterAll(async () => {
    await rm(home, { recursive: true, force: true });
  });

  it('serves from a 0700 folder as an image without a postgres account would (nobody), and reuses the data', async () => {
    const dataDir = path.join(privateDir, 'data', 'postgres');
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port, user: 'nobody', sharedStateDir });
    try {
      expect(first.clusterDir.startsWith(sharedStateDir)).toBe(true);
      expect((await stat(first.clusterDir)).uid).toBe(nobody.uid);
      expect((await readFile(path.join(dataDir, 'cluster-location'), 'utf8')).trim()).toBe(
        path.dirname(first.clusterDir),
      );
      const client = new pg.Client({ connectionString: first.url });
      await client.connect();
      await client.query('CREATE TABLE kept (id int)');
      await client.query('INSERT INTO kept VALUES (42)');
      await client.end();
    } finally {
      await first.stop();
    }

    // No account configured: the second start runs as the cluster's owner and finds the row again.
    const second = await startEmbeddedPostgres({ dataDir, port, sharedStateDir });
    try {
      expect(second.clusterDir).toBe(first.clusterDir);
      const client = new pg.Client({ connectionString: second.url });
      await client.connect();
      const { rows } = await client.query('SELECT id FROM kept');
      await client.end();
      expect(rows).toEqual([{ id: 42 }]);
    } finally {
      await second.stop();
    }
  });

  it('runs a second start as the owner of the existing cluster', async () => {
    const cluster = path.join(home, 'owned-cluster');
    await mkdir(cluster);
    await chown(cluster, nobody.uid, nobody.gid);
    expect(chooseServerAccount(undefined, cluster).name).toBe('nobody');
  });

  it('fails at once with one sentence when the account does not exist', async () => {
    const dataDir = path.join(privateDir, 'other', 'postgres');
    const started = Date.now();
    const attempt = startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      user: 'no-such-db-user',
      sharedStateDir,
    });
    await expect(attempt).rejects.toBeInstanceOf(EmbeddedDatabaseError);
    await expect(attempt).rejects.toThrow(
      /^EMBEDDED_DB_USER=no-such-db-user names no account on this machine: [^\n]+\.$/,
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('names the fix when the shared state folder cannot be created', async () => {
    const dataDir = path.join(privateDir, 'third', 'postgres');
    const notAFolder = path.join(home, 'not-a-folder');
    await writeFile(notAFolder, '');
    const attempt = startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      user: 'nobody',
      sharedStateDir: path.join(notAFolder, 'state'),
    });
    await expect(attempt).rejects.toThrow(
      /cannot enter .* set DATA_DIR to a folder it can reach, .*DATABASE_URL\.$/,
    );
  });
});
