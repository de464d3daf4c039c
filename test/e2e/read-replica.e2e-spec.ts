import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { seedApplication, seedOperator, seedUser, type SeededApplication } from '../factories.js';
import { databaseUrl, SERVER_ENV, TEMPLATE_ENV } from '../setup/test-database-server.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const EXAMPLE = readFileSync(new URL('../../examples/ios-sync-payload.json', import.meta.url), 'utf8');

/**
 * DATABASE_READ_URL on the same server as a role that can only read: a write routed there would fail, so every
 * write succeeding proves writes stay on the primary, and pg_stat_activity shows which reads went to the replica.
 */
describe('Read replica (DATABASE_READ_URL)', () => {
  const suffix = randomBytes(5).toString('hex');
  const database = `wb_replica_${suffix}`;
  const reader = `wb_reader_${suffix}`;
  // The embedded server asks for passwords (SCRAM); the machine's may trust.
  const readerPassword = randomBytes(12).toString('hex');
  const serverUrl = process.env[SERVER_ENV]!;
  let admin: pg.Client;
  let t: TestApp;
  let app: SeededApplication;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database} TEMPLATE ${process.env[TEMPLATE_ENV]}`);
    await admin.query(`CREATE ROLE ${reader} LOGIN PASSWORD '${readerPassword}'`);
    await admin.query(`ALTER ROLE ${reader} SET default_transaction_read_only = on`);
    const primaryUrl = databaseUrl(serverUrl, database);
    const grants = new pg.Client({ connectionString: primaryUrl });
    await grants.connect();
    await grants.query(`GRANT USAGE ON SCHEMA public TO ${reader}`);
    await grants.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${reader}`);
    await grants.end();
    const readUrl = new URL(primaryUrl);
    readUrl.username = reader;
    readUrl.password = readerPassword;
    t = await startTestApp({ DATABASE_URL: primaryUrl, DATABASE_READ_URL: readUrl.toString() });
    app = await seedApplication(t, await seedOperator(t));
  });

  afterAll(async () => {
    await t?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`DROP ROLE IF EXISTS ${reader}`);
    await admin.end();
  });

  /** The last statement of each of the replica pool's connections. */
  async function replicaStatements(): Promise<string[]> {
    const { rows } = await admin.query<{ query: string; application_name: string }>(
      `SELECT query, application_name FROM pg_stat_activity WHERE usename = $1 AND datname = $2`,
      [reader, database],
    );
    expect(rows.every((r) => r.application_name === 'wearbridge-read')).toBe(true);
    return rows.map((r) => r.query);
  }

  it('writes a pushed day on the primary and reads it back from the replica', async () => {
    const userId = await seedUser(t, app);
    const minted = await t.http
      .post(`/api/v1/users/${userId}/token`)
      .send({ app_id: app.appId, app_secret: app.appSecret })
      .expect(200);
    const sdk = { Authorization: `Bearer ${minted.body.access_token}` };
    const sync = await t.http
      .post(`/api/v1/sdk/users/${userId}/sync`)
      .set(sdk)
      .set('Content-Type', 'application/json')
      .send(EXAMPLE)
      .expect(202);
    expect(sync.body.rejected).toBe(0);

    const series = await t.http
      .get(
        `/api/v1/users/${userId}/timeseries?types=heart_rate&start_time=2026-11-19T00:00:00Z&end_time=2026-11-22T00:00:00Z`,
      )
      .set(app.auth)
      .expect(200);
    expect(series.body.data.length).toBeGreaterThan(0);
    expect((await replicaStatements()).some((q) => /FROM samples/i.test(q))).toBe(true);

    const day = await t.http
      .get(`/api/v1/users/${userId}/summaries/activity?start_date=2026-11-20&end_date=2026-11-20`)
      .set(app.auth)
      .expect(200);
    expect(day.body.data[0].steps).toBeGreaterThan(0);

    const workouts = await t.http
      .get(`/api/v1/users/${userId}/events/workouts?start_date=2026-11-01&end_date=2026-12-01`)
      .set(app.auth)
      .expect(200);
    expect(workouts.body.data).toHaveLength(1);
    expect((await replicaStatements()).some((q) => /FROM workouts/i.test(q))).toBe(true);

    // A write of the read API (a workout's tombstone) still goes to the primary.
    await t.http
      .delete(`/api/v1/users/${userId}/events/workouts/${workouts.body.data[0].id}`)
      .set(app.auth)
      .expect(204);
    const { rows } = await t.db.query('SELECT deleted_at FROM workouts WHERE user_id = $1', [userId]);
    expect(rows[0].deleted_at).not.toBeNull();
  });

  it('keeps the replica role unable to write, so the test above could fail', async () => {
    const readUrl = new URL(databaseUrl(serverUrl, database));
    readUrl.username = reader;
    readUrl.password = readerPassword;
    const client = new pg.Client({ connectionString: readUrl.toString() });
    await client.connect();
    try {
      await expect(client.query(`DELETE FROM samples`)).rejects.toThrow(/read-only transaction/);
    } finally {
      await client.end();
    }
  });
});
