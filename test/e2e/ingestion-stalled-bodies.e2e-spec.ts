import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { IngestionLimits } from '../../src/modules/ingestion/ingestion-limits.js';
import { seedTenant } from '../factories.js';
import { within } from './db-fault-helpers.js';
import { startTestApp, TestApp } from '../setup/test-app.js';

// A normal batch from a phone: the README's example day (about 22 KB).
const EXAMPLE_DAY = readFileSync(new URL('../../examples/ios-sync-payload.json', import.meta.url));

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
  elapsedMs: number;
}

/**
 * Sends `chunks` one by one, `gapMs` apart, then either ends the body or (stall) keeps the connection open without
 * sending more; resolves with the server's answer whenever it comes.
 */
function upload(
  baseUrl: string,
  path: string,
  headers: Record<string, string>,
  body: Buffer,
  pace: { chunkBytes: number; gapMs: number; stallAfterBytes?: number },
): Promise<Answer> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${baseUrl}${path}`,
      { method: 'POST', headers: { ...headers, 'Content-Length': String(body.length) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          clearInterval(timer);
          request.destroy();
          resolve({
            status: response.statusCode!,
            headers: response.headers,
            body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'),
            elapsedMs: Date.now() - started,
          });
        });
      },
    );
    request.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    let sent = 0;
    const limit = pace.stallAfterBytes ?? body.length;
    const timer = setInterval(() => {
      if (sent >= limit) {
        if (sent >= body.length) clearInterval(timer);
        return; // stalled: the connection stays open, nothing more comes
      }
      const next = body.subarray(sent, Math.min(limit, sent + pace.chunkBytes));
      sent += next.length;
      request.write(next);
      if (sent >= body.length) request.end();
    }, pace.gapMs);
  });
}

describe('Request bodies that stall or crawl', () => {
  let t: TestApp;
  let tenant: Awaited<ReturnType<typeof seedTenant>>;
  let auth: Record<string, string>;
  const IDLE_MS = 400;

  beforeAll(async () => {
    t = await startTestApp({
      HTTP_BODY_IDLE_TIMEOUT_MS: String(IDLE_MS),
      HTTP_BODY_MIN_BYTES_PER_SECOND: '2000',
      INGEST_USER_MAX_CONCURRENT: '1',
    });
    tenant = await seedTenant(t);
    const pair = await t.http.post(`/api/v1/users/${tenant.userId}/token`).set(tenant.app.auth).expect(200);
    auth = { Authorization: `Bearer ${pair.body.access_token}`, 'Content-Type': 'application/json' };
  });
  afterAll(async () => {
    await t.close();
  });

  it('cuts a stalled sync upload with 408 within the idle timeout and frees the user’s sync slot', async () => {
    const path = `/api/v1/sdk/users/${tenant.userId}/sync`;
    const stalled = upload(t.baseUrl, path, auth, EXAMPLE_DAY, {
      chunkBytes: 1000,
      gapMs: 20,
      stallAfterBytes: 3000,
    });
    // Once the stalled upload holds the user's only slot, another push is told to come back.
    const limits = t.app.get(IngestionLimits);
    await within(5000, async () => limits.activeSyncs(tenant.userId) === 1);
    const busy = await t.http.post(path).set(auth).send(EXAMPLE_DAY.toString('utf8'));
    expect(busy.status).toBe(503);
    const answer = await stalled;
    expect(answer.status).toBe(408);
    expect(answer.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(answer.body.detail).toMatch(/stalled/);
    // At most two windows: the one in which it stalled and the next.
    expect(answer.elapsedMs).toBeLessThan(3 * IDLE_MS + 1000);
    expect(limits.activeSyncs(tenant.userId)).toBe(0);
    await t.http.post(path).set(auth).send(EXAMPLE_DAY.toString('utf8')).expect(202);
  });

  it('lets a phone on a 20 KB/s link push a normal batch', async () => {
    const answer = await upload(
      t.baseUrl,
      `/api/v1/sdk/users/${tenant.userId}/sync`,
      { ...auth, 'Idempotency-Key': 'slow-phone-1' },
      EXAMPLE_DAY,
      { chunkBytes: 1000, gapMs: 50 },
    );
    expect(answer.status).toBe(202);
    expect(answer.elapsedMs).toBeGreaterThan(800);
  });

  it('cuts a stalled body on an ordinary JSON route with 408', async () => {
    const body = Buffer.from(JSON.stringify({ external_user_id: 'x'.repeat(2000) }));
    const answer = await upload(
      t.baseUrl,
      '/api/v1/users',
      { Authorization: tenant.app.auth.Authorization, 'Content-Type': 'application/json' },
      body,
      { chunkBytes: 100, gapMs: 10, stallAfterBytes: 500 },
    );
    expect(answer.status).toBe(408);
    expect(answer.body.detail).toMatch(/stalled/);
  });
});
