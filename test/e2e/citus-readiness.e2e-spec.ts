import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { checkSchema, checkStatements, distributedTables } from '../../src/database/citus/citus-readiness.js';
import { sqlRecorderFromEnv, SQL_CAPTURE_DIR_ENV } from '../../src/database/sql-capture.js';
import { databaseUrl, SERVER_ENV, TEMPLATE_ENV } from '../setup/test-database-server.js';

describe('Citus readiness check', () => {
  const name = `wb_citus_${randomBytes(6).toString('hex')}`;
  let client: pg.Client;
  let distributed: string[];

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: process.env[SERVER_ENV] });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${process.env[TEMPLATE_ENV]}`);
    await admin.end();
    client = new pg.Client({ connectionString: databaseUrl(process.env[SERVER_ENV]!, name) });
    await client.connect();
    distributed = await distributedTables(client);
  });

  afterAll(async () => {
    await client.end();
    const admin = new pg.Client({ connectionString: process.env[SERVER_ENV] });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('distributes the per-user tables and keeps the credential lookups as reference tables', () => {
    expect(distributed).toEqual(expect.arrayContaining(['samples', 'sync_batches', 'workouts', 'imports']));
    expect(distributed).not.toContain('users');
    expect(distributed).not.toContain('refresh_token_families');
  });

  it('passes the schema as migrated', async () => {
    expect(await checkSchema(client, distributed)).toEqual([]);
  });

  it('finds a unique index, a primary key and a foreign key without user_id', async () => {
    await client.query(
      `CREATE TABLE citus_probe (user_id uuid NOT NULL, id uuid PRIMARY KEY, code text UNIQUE)`,
    );
    await client.query(
      `CREATE TABLE citus_probe_child (user_id uuid NOT NULL, probe_id uuid REFERENCES citus_probe (id),
         PRIMARY KEY (user_id, probe_id))`,
    );
    try {
      const findings = await checkSchema(client, [...distributed, 'citus_probe', 'citus_probe_child']);
      expect(findings.map((f) => f.subject).sort()).toEqual([
        'citus_probe.citus_probe_code_key',
        'citus_probe.citus_probe_pkey',
        'citus_probe_child.citus_probe_child_probe_id_fkey',
      ]);
    } finally {
      await client.query('DROP TABLE citus_probe_child, citus_probe');
    }
  });

  it('accepts statements that name the user, directly or through a co-located join', async () => {
    const report = await checkStatements(
      client,
      [
        'SELECT * FROM samples WHERE user_id = $1 AND metric = $2',
        `SELECT s.start_at FROM samples s JOIN data_sources d ON d.user_id = s.user_id AND d.id = s.data_source_id
          WHERE d.user_id = $1`,
        'UPDATE sync_batches SET status = $3 WHERE user_id = $1 AND id = $2',
        'INSERT INTO user_connections (user_id, provider, status) VALUES ($1, $2, $3)',
        'SELECT id FROM users WHERE external_user_id = $1',
      ],
      distributed,
    );
    expect(report.findings).toEqual([]);
    expect(report.checked).toBe(4);
  });

  it('reports statements that read, change or insert user data without naming the user', async () => {
    const report = await checkStatements(
      client,
      [
        'SELECT * FROM samples WHERE metric = $1',
        'SELECT s.* FROM samples s JOIN data_sources d ON d.id = s.data_source_id WHERE d.user_id = $1',
        'DELETE FROM sync_batches WHERE received_at < $1',
        'INSERT INTO user_connections (provider, status) VALUES ($1, $2)',
        'SELECT * FROM no_such_table_samples JOIN samples USING (user_id)',
      ],
      distributed,
    );
    expect(report.findings.map((f) => f.problem)).toEqual([
      'reads samples without user_id',
      'reads samples without user_id',
      'reads sync_batches without user_id',
      'inserts into user_connections without user_id',
      expect.stringContaining('could not be planned'),
    ]);
  });

  it('excuses the documented cross-user sweeps', async () => {
    const report = await checkStatements(
      client,
      [
        `SELECT user_id, id FROM imports WHERE status IN ('queued') AND (lease_until IS NULL OR lease_until < now())`,
      ],
      distributed,
    );
    expect(report).toMatchObject({ checked: 0, findings: [] });
    expect(report.excused).toHaveLength(1);
  });

  it('captures each statement text once, without its parameters', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wb-sql-capture-'));
    try {
      const recorder = sqlRecorderFromEnv({ [SQL_CAPTURE_DIR_ENV]: dir })!;
      const captured = new pg.Client({ connectionString: databaseUrl(process.env[SERVER_ENV]!, name) });
      await captured.connect();
      recorder(captured);
      await captured.query('SELECT $1::int AS secret', [4242]);
      await captured.query('SELECT $1::int AS secret', [4243]);
      await captured.end();
      const [file] = await readdir(dir);
      const lines = (await readFile(path.join(dir, file), 'utf8')).trim().split('\n');
      expect(lines).toEqual([JSON.stringify('SELECT $1::int AS secret')]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is off unless the capture folder is set', () => {
    expect(sqlRecorderFromEnv({})).toBeUndefined();
  });
});
