import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import { gzipSync, deflateSync, deflateRawSync, brotliCompressSync } from 'node:zlib';
import { seedTenant, seedUser } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';
import { IngestionLimits } from '../../src/modules/ingestion/ingestion-limits.js';

const LIMIT = 256 * 1024;
const syncPath = (userId: string) => `/api/v1/sdk/users/${userId}/sync`;

function heartRates(count: number, offset = 0) {
  const base = Date.parse('2026-02-01T00:00:00Z');
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(base + (offset + i) * 60_000).toISOString();
    return {
      id: `hr-${offset + i}`,
      type: 'HEART_RATE',
      startDate: at,
      endDate: at,
      zoneOffset: 'Z',
      source: { appId: 'com.google.android.apps.fitness', deviceType: 'watch', recordingMethod: 'automatic' },
      value: 70,
      unit: 'bpm',
      parentId: null,
      metadata: null,
    };
  });
}

const envelope = (records: unknown[], provider = 'google') => ({
  provider,
  sdkVersion: '0.11.0',
  syncTimestamp: new Date().toISOString(),
  data: { records, sleep: [], workouts: [] },
});

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
}

/** A request the way OkHttp streams it: chunked transfer, no Content-Length. */
function rawPost(
  t: TestApp,
  path: string,
  headers: Record<string, string>,
  chunks: Buffer[],
  hold?: Promise<void>,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${t.baseUrl}${path}`, { method: 'POST', headers }, (response) => {
      const parts: Buffer[] = [];
      response.on('data', (c: Buffer) => parts.push(c));
      response.on('end', () => {
        const text = Buffer.concat(parts).toString('utf8');
        resolve({
          status: response.statusCode!,
          headers: response.headers,
          body: text ? JSON.parse(text) : {},
        });
      });
    });
    request.on('error', reject);
    void (async () => {
      for (const chunk of chunks) request.write(chunk);
      if (hold) await hold;
      request.end();
    })();
  });
}

function splitInto(buffer: Buffer, parts: number): Buffer[] {
  const size = Math.ceil(buffer.length / parts);
  return Array.from({ length: parts }, (_, i) => buffer.subarray(i * size, (i + 1) * size));
}

async function count(t: TestApp, sql: string, params: unknown[]): Promise<number> {
  const { rows } = await t.db.query(sql, params);
  return Number(rows[0].n);
}

describe('IngestionService (request bodies, limits and failures)', () => {
  let t: TestApp;
  let tenant: Awaited<ReturnType<typeof seedTenant>>;
  let auth: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp({
      SYNC_BODY_LIMIT_BYTES: String(LIMIT),
      INGEST_USER_MAX_CONCURRENT: '1',
      INGEST_USER_ITEMS_PER_MINUTE: '300',
    });
    tenant = await seedTenant(t);
    auth = { ...tenant.app.auth, 'Content-Type': 'application/json' };
  });
  afterAll(async () => {
    await t.close();
  });

  describe('encodings', () => {
    it.each([
      ['gzip', 'gzip', gzipSync],
      ['deflate', 'zlib-wrapped deflate', deflateSync],
      ['deflate', 'raw deflate', deflateRawSync],
      ['br', 'brotli', brotliCompressSync],
    ] as const)('decodes Content-Encoding: %s (%s)', async (encoding, label, compress) => {
      const userId = await seedUser(t, tenant.app, { external_user_id: `enc-${label}` });
      const body = compress(Buffer.from(JSON.stringify(envelope(heartRates(100)))));
      const response = await rawPost(t, syncPath(userId), { ...auth, 'Content-Encoding': encoding }, [body]);
      expect(response.status).toBe(202);
      expect(response.body).toMatchObject({ items: 100, inserted: 100 });
    });

    it('takes a chunked body without Content-Length, and treats the same JSON gzipped as the same batch', async () => {
      const userId = await seedUser(t, tenant.app, { external_user_id: 'chunked' });
      const json = Buffer.from(JSON.stringify(envelope(heartRates(200, 1000))));
      const chunked = await rawPost(t, syncPath(userId), auth, splitInto(json, 7));
      expect(chunked.status).toBe(202);
      expect(chunked.body).toMatchObject({ items: 200, inserted: 200 });
      const { rows } = await t.db.query(
        'SELECT wire_bytes, body_bytes FROM sync_batches WHERE user_id = $1',
        [userId],
      );
      expect(rows[0]).toEqual({ wire_bytes: json.length, body_bytes: json.length });

      const gzipped = await rawPost(
        t,
        syncPath(userId),
        { ...auth, 'Content-Encoding': 'gzip' },
        splitInto(gzipSync(json), 3),
      );
      expect(gzipped.status).toBe(202);
      expect(gzipped.headers['idempotent-replayed']).toBe('true');
      expect(gzipped.body.batch_id).toBe(chunked.body.batch_id);
    });

    it('keeps the raw body compressed and restorable', async () => {
      const userId = await seedUser(t, tenant.app, { external_user_id: 'stored-body' });
      const body = envelope(heartRates(10, 2000));
      const response = await t.http.post(syncPath(userId)).set(tenant.app.auth).send(body).expect(202);
      const { rows } = await t.db.query(
        'SELECT encoding, body FROM sync_batch_payloads WHERE user_id = $1 AND batch_id = $2',
        [userId, response.body.batch_id],
      );
      expect(rows[0].encoding).toBe('gzip');
      const { gunzipSync } = await import('node:zlib');
      expect(JSON.parse(gunzipSync(rows[0].body).toString('utf8'))).toEqual(body);
    });
  });

  describe('size limit and corrupt bodies', () => {
    const bigBody = () => Buffer.from(JSON.stringify(envelope(heartRates(2000, 5000))));

    const quarantinedTooLarge = async (
      userId: string,
      response: { status: number; body: Record<string, unknown> },
    ) => {
      expect(response.status).toBe(202);
      expect(response.body).toMatchObject({
        status: 'quarantined',
        quarantined: true,
        quarantine: { reason: 'body_too_large', body_kept: false },
        items: 0,
      });
      expect((response.body.quarantine as { detail: string }).detail).toContain(String(LIMIT));
      const { rows } = await t.db.query(
        `SELECT b.status, b.quarantine_reason, p.batch_id AS kept FROM sync_batches b
           LEFT JOIN sync_batch_payloads p ON p.user_id = b.user_id AND p.batch_id = b.id
          WHERE b.user_id = $1 AND b.id = $2`,
        [userId, response.body.batch_id],
      );
      expect(rows).toEqual([{ status: 'quarantined', quarantine_reason: 'body_too_large', kept: null }]);
    };

    // A 413 would make iOS ≥ 0.14 and Android re-send the same chunk forever: the phone is acknowledged instead.
    it('answers 202 quarantined (body_too_large, body not kept) above the decoded limit (declared length)', async () => {
      const userId = await seedUser(t, tenant.app, { external_user_id: 'too-large-declared' });
      const body = bigBody();
      expect(body.length).toBeGreaterThan(LIMIT);
      const response = await t.http.post(syncPath(userId)).set(auth).send(body.toString());
      await quarantinedTooLarge(userId, response);
      expect(await count(t, 'SELECT count(*) n FROM samples WHERE user_id = $1', [userId])).toBe(0);
    });

    it('answers 202 quarantined for a chunked body and for a small gzip body that decodes past the limit', async () => {
      const userId = await seedUser(t, tenant.app, { external_user_id: 'too-large-chunked' });
      const chunked = await rawPost(t, syncPath(userId), auth, splitInto(bigBody(), 10));
      await quarantinedTooLarge(userId, chunked);
      const bomb = gzipSync(Buffer.alloc(LIMIT * 8, 0x20));
      expect(bomb.length).toBeLessThan(LIMIT / 10);
      const response = await rawPost(t, syncPath(userId), { ...auth, 'Content-Encoding': 'gzip' }, [bomb]);
      await quarantinedTooLarge(userId, response);
      expect(await count(t, 'SELECT count(*) n FROM sync_batches WHERE user_id = $1', [userId])).toBe(2);
    });

    it('quarantines a corrupt gzip stream and an unknown encoding on the sync path (400 and 415 elsewhere)', async () => {
      const userId = await seedUser(t, tenant.app, { external_user_id: 'corrupt-encoding' });
      const gz = gzipSync(Buffer.from(JSON.stringify(envelope(heartRates(50)))));
      gz.fill(0x41, 20, 60);
      const undecodable = (
        response: { status: number; body: { quarantine?: { detail?: unknown } } },
        detail: RegExp,
      ) => {
        expect(response.status).toBe(202);
        expect(response.body).toMatchObject({
          status: 'quarantined',
          quarantine: { reason: 'undecodable_body', body_kept: false },
        });
        expect(String(response.body.quarantine?.detail)).toMatch(detail);
      };
      const corrupt = await rawPost(t, syncPath(userId), { ...auth, 'Content-Encoding': 'gzip' }, [gz]);
      undecodable(corrupt, /gzip-compressed request body is corrupt/);
      const notGzip = await rawPost(t, syncPath(userId), { ...auth, 'Content-Encoding': 'gzip' }, [
        Buffer.from('{}'),
      ]);
      undecodable(notGzip, /gzip-compressed request body is corrupt/);
      const unknown = await rawPost(t, syncPath(userId), { ...auth, 'Content-Encoding': 'compress' }, [
        Buffer.from('{}'),
      ]);
      undecodable(unknown, /Unsupported Content-Encoding "compress"/);
      expect(
        await count(
          t,
          `SELECT count(*) n FROM sync_batches WHERE user_id = $1 AND quarantine_reason = 'undecodable_body'`,
          [userId],
        ),
      ).toBe(3);
      expect(await count(t, 'SELECT count(*) n FROM samples WHERE user_id = $1', [userId])).toBe(0);

      // Routes that are not a phone's keep the plain answers.
      const elsewhere = await rawPost(t, '/api/v1/users', { ...auth, 'Content-Encoding': 'gzip' }, [gz]);
      expect(elsewhere.status).toBe(400);
      expect(String(elsewhere.body.detail)).toMatch(/gzip-compressed request body is corrupt/);
      const unknownElsewhere = await rawPost(
        t,
        '/api/v1/users',
        { ...auth, 'Content-Encoding': 'compress' },
        [Buffer.from('{}')],
      );
      expect(unknownElsewhere.status).toBe(415);
    });
  });

  describe('per-user limits', () => {
    it('answers 503 with Retry-After when the user has too many syncs in flight', async () => {
      const userId = await seedUser(t, tenant.app, { external_user_id: 'concurrent-limit' });
      let release!: () => void;
      const hold = new Promise<void>((resolve) => (release = resolve));
      const json = Buffer.from(JSON.stringify(envelope(heartRates(20, 7000))));
      const slow = rawPost(
        t,
        syncPath(userId),
        auth,
        [json.subarray(0, 100)],
        hold.then(() => undefined),
      );
      // Wait until the first request has reached the handler and holds the user's only slot.
      const limits = t.app.get(IngestionLimits);
      for (let waited = 0; limits.activeSyncs(userId) === 0; waited += 20) {
        if (waited > 10_000) throw new Error('the held request never took its slot');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const second = await rawPost(t, syncPath(userId), auth, [json]);
      expect(second.status).toBe(503);
      expect(Number(second.headers['retry-after'])).toBeGreaterThan(0);
      release();
      // The held request ends with a truncated JSON body: quarantined (re-sending cannot fix it), its slot free again.
      const truncated = await slow;
      expect(truncated.status).toBe(202);
      expect(truncated.body).toMatchObject({ status: 'quarantined', quarantine: { reason: 'invalid_json' } });
      const third = await rawPost(t, syncPath(userId), auth, [json]);
      expect(third.status).toBe(202);
    });

    it('answers 503 with Retry-After past the items-per-minute ceiling, never 4xx', async () => {
      const secondsLeft = 60 - ((Date.now() / 1000) % 60);
      if (secondsLeft < 8) await new Promise((resolve) => setTimeout(resolve, secondsLeft * 1000 + 100));
      const userId = await seedUser(t, tenant.app, { external_user_id: 'items-limit' });
      const first = await t.http
        .post(syncPath(userId))
        .set(tenant.app.auth)
        .send(envelope(heartRates(200, 10_000)))
        .expect(202);
      expect(first.body.inserted).toBe(200);
      const second = await t.http
        .post(syncPath(userId))
        .set(tenant.app.auth)
        .send(envelope(heartRates(200, 20_000)))
        .expect(503);
      expect(Number(second.headers['retry-after'])).toBeGreaterThan(0);
      expect(second.body.detail).toMatch(/more than 300 items/);
      expect(await count(t, 'SELECT count(*) n FROM sync_batches WHERE user_id = $1', [userId])).toBe(1);
    });
  });

  describe('database failure mid-batch', () => {
    // The journal row and the normalized rows are written before the final journal update; failing that update makes
    // the failure land after every other write of the batch.
    beforeAll(async () => {
      await t.db.query(`
        CREATE FUNCTION fail_marked_batch() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.item_count = 777 THEN RAISE EXCEPTION 'simulated failure'; END IF;
          IF NEW.item_count = 778 THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER fail_marked_batch BEFORE UPDATE ON sync_batches FOR EACH ROW EXECUTE FUNCTION fail_marked_batch();`);
    });

    async function nothingStored(userId: string) {
      for (const table of ['sync_batches', 'sync_batch_payloads', 'samples', 'data_sources']) {
        expect([
          table,
          await count(t, `SELECT count(*) n FROM ${table} WHERE user_id = $1`, [userId]),
        ]).toEqual([table, 0]);
      }
    }

    it('rolls everything back and answers 500 when a statement fails after the rows were written', async () => {
      const userId = await seedUser(t, tenant.app, { external_user_id: 'db-fail' });
      const response = await t.http
        .post(syncPath(userId))
        .set(tenant.app.auth)
        .send(envelope(heartRates(777, 30_000)))
        .expect(500);
      expect(response.body.detail).toMatch(/unexpected error/);
      await nothingStored(userId);
    });

    it('rolls everything back and answers 503 + Retry-After when the database connection dies mid-batch', async () => {
      const userId = await seedUser(t, tenant.app, { external_user_id: 'db-gone' });
      const body = envelope(heartRates(778, 40_000));
      const response = await t.http.post(syncPath(userId)).set(tenant.app.auth).send(body).expect(503);
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      await nothingStored(userId);
      // The SDK re-sends the round later: it lands exactly once.
      await t.db.query('DROP TRIGGER fail_marked_batch ON sync_batches');
      const retry = await t.http.post(syncPath(userId)).set(tenant.app.auth).send(body);
      expect(retry.status).toBe(202);
      expect(retry.body).toMatchObject({ inserted: 778, rejected: 0 });
      expect(retry.headers['idempotent-replayed']).toBe('false');
    });
  });
});
