import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import { seedTenant } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';
import { insertSource } from './data-fixtures.js';

/** Polls `condition` until it holds, failing after `deadlineMs` (no fixed sleeps). */
async function eventually(condition: () => Promise<boolean> | boolean, deadlineMs = 15_000): Promise<void> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > until) throw new Error('condition not met before the deadline');
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('Export limits: bounded concurrency, stalled readers, audit first', () => {
  let t: TestApp;
  let tenant: Awaited<ReturnType<typeof seedTenant>>;

  beforeAll(async () => {
    t = await startTestApp({ EXPORT_MAX_CONCURRENT: '1', EXPORT_STALL_TIMEOUT_SECONDS: '1' });
    tenant = await seedTenant(t);
    const sourceId = await insertSource(t, tenant.userId, { provider: 'apple', deviceType: 'watch' });
    // Tens of megabytes of NDJSON: far more than the socket buffers hold, so a reader that stops blocks the export.
    await t.db.query(
      `INSERT INTO samples (user_id, metric, start_at, data_source_id, end_at, value, unit, zone_offset, vendor_type, batch_id)
       SELECT $1, 'heart_rate', ts, $2, ts, 60 + (i % 40), 'bpm', '+00:00', 'HKQuantityTypeIdentifierHeartRate',
              gen_random_uuid()
         FROM generate_series(1, 120000) AS i, LATERAL (SELECT timestamptz '2026-01-01' + i * interval '1 minute') AS x(ts)`,
      [tenant.userId, sourceId],
    );
  });
  afterAll(async () => {
    await t.close();
  });

  const exportPath = () => `/api/v1/users/${tenant.userId}/export`;
  const auditCount = async () =>
    (
      await t.db.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'user.exported' AND user_id = $1`,
        [tenant.userId],
      )
    ).rows[0].n as number;
  const openSnapshots = async () =>
    (
      await t.db.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()
            AND (state = 'idle in transaction' OR query LIKE '%to_jsonb(x)%' AND state = 'active')`,
      )
    ).rows[0].n as number;

  it('audits before the first byte, refuses a second export with 503, and cuts a stalled reader loose', async () => {
    const { port } = new URL(t.baseUrl);
    let received = 0;
    const stalled = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const request = http.get(
        { host: '127.0.0.1', port, path: exportPath(), headers: tenant.app.auth, agent: false },
        (response) => {
          response.once('data', (chunk: Buffer) => {
            received += chunk.length;
            response.pause(); // and never read again
          });
          response.on('error', () => undefined); // the server cuts it off
          resolve(response);
        },
      );
      request.on('error', (error) => (received > 0 ? undefined : reject(error)));
    });
    expect(stalled.statusCode).toBe(200);
    // Data is on its way out, so the audit event is already committed (visible to another connection).
    expect(await auditCount()).toBe(1);
    expect(await openSnapshots()).toBe(1);

    const busy = await t.http.get(exportPath()).set(tenant.app.auth).expect(503);
    expect(busy.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(busy.headers['retry-after']).toBe('30');
    expect(busy.body.detail).toMatch(/exports/);

    // The reader never resumes: past the stall timeout the export gives its connection and its slot back.
    await eventually(async () => (await openSnapshots()) === 0);
    stalled.destroy();

    const whole = await t.http
      .get(exportPath())
      .set(tenant.app.auth)
      .buffer(true)
      .parse((res, done) => {
        let lines = 0;
        res.on('data', (chunk: Buffer) => {
          for (const byte of chunk) if (byte === 0x0a) lines++;
        });
        res.on('end', () => done(null, lines));
      });
    expect(whole.status).toBe(200);
    expect(whole.body).toBe(120_000 + 3); // header, profile, data source, samples
    expect(await auditCount()).toBe(2);
  }, 60_000);
});
