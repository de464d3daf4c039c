import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { readAppleHealthExport } from '../../src/modules/imports/apple-health/export-reader.js';
import { importCommand } from '../../src/modules/imports/import.command.js';
import { ImportRunner } from '../../src/modules/imports/import-runner.js';
import { ImportsRepository } from '../../src/modules/imports/imports.repository.js';
import { seedApplication, seedOperator, seedTenant, seedUser } from '../factories.js';
import {
  APPLE_HEALTH_FIXTURES,
  FIXTURE_EXPORT_XML,
  writeExportZip,
} from '../fixtures/apple-health/export-zip.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import { eventually, FAST_WEBHOOKS, Receiver, registerEndpoint } from './webhook-helpers.js';

const imports = (userId: string) => `/api/v1/users/${userId}/imports`;
const upload = (userId: string) => `${imports(userId)}/apple-health`;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const BROKEN = path.join(APPLE_HEALTH_FIXTURES, 'broken');

type Tenant = Awaited<ReturnType<typeof seedTenant>>;

/** Every item of the fixture export, as the reader hands it to normalization. */
async function fixtureItems() {
  const data = { records: [] as unknown[], sleep: [] as unknown[], workouts: [] as unknown[] };
  for await (const chunk of readAppleHealthExport(FIXTURE_EXPORT_XML)) {
    data.records.push(...chunk.data.records);
    data.sleep.push(...chunk.data.sleep);
    data.workouts.push(...chunk.data.workouts);
  }
  return data;
}

/** The same readings as the iOS SDK sends them: HealthKit UUIDs and the writer's bundle id. */
function asSdkSent(data: Awaited<ReturnType<typeof fixtureItems>>) {
  const sdkItem = (item: unknown) => {
    const copy = structuredClone(item) as { id: string; source: Record<string, unknown> };
    copy.id = randomUUID().toUpperCase();
    // One bundle id per writing app, as HealthKit reports it (the export only names the app).
    copy.source = { ...copy.source, appId: `com.example.${String(copy.source.name).replace(/\W/g, '')}` };
    return copy;
  };
  return {
    provider: 'apple',
    sdkVersion: '0.16.0',
    syncTimestamp: '2020-11-10T19:00:00Z',
    data: {
      records: data.records.map(sdkItem),
      sleep: data.sleep.map(sdkItem),
      workouts: data.workouts.map(sdkItem),
    },
  };
}

/** A summary page without what names one user's data sources, to compare two users' figures. */
function figures(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(figures);
  if (body === null || typeof body !== 'object') return body;
  return Object.fromEntries(
    Object.entries(body)
      .filter(([key]) => !['sources', 'data_source_id', 'data_source_ids', 'id', 'session_id'].includes(key))
      .map(([key, value]) => [key, figures(value)]),
  );
}

describe('Apple Health imports', () => {
  let t: TestApp;
  let tenant: Tenant;
  let receiver: Receiver;
  let work: string;
  let zipFile: Buffer;

  beforeAll(async () => {
    t = await startTestApp({ ...FAST_WEBHOOKS });
    tenant = await seedTenant(t);
    receiver = await new Receiver().start();
    const endpoint = await registerEndpoint(t, tenant.app.appId, tenant.operator.auth, {
      url: receiver.url,
      event_types: ['import.completed', 'import.failed'],
    });
    receiver.secrets = [endpoint.secret];
    work = await mkdtemp(path.join(tmpdir(), 'wearbridge-imports-'));
    zipFile = await readFile(await writeExportZip(path.join(work, 'export.zip')));
  });
  afterAll(async () => {
    await t.close();
    await receiver.stop();
    await rm(work, { recursive: true, force: true });
  });

  async function uploadFile(userId: string, body: Buffer, type = 'application/zip', expected = 202) {
    const response = await t.http
      .post(upload(userId))
      .set(tenant.app.auth)
      .set('Content-Type', type)
      .set('Content-Disposition', 'attachment; filename="export.zip"')
      .send(body)
      .expect(expected);
    return response.body as { id: string; status: string };
  }

  async function finished(userId: string, id: string) {
    return eventually(async () => {
      const response = await t.http
        .get(`${imports(userId)}/${id}`)
        .set(tenant.app.auth)
        .expect(200);
      return ['completed', 'failed', 'cancelled'].includes(response.body.status) ? response.body : undefined;
    }, `import ${id} to finish`);
  }

  async function summaries(userId: string) {
    const range = '?start_date=2020-11-01&end_date=2020-11-06';
    const get = async (kind: string) =>
      (await t.http.get(`/api/v1/users/${userId}/summaries/${kind}${range}`).set(tenant.app.auth).expect(200))
        .body;
    return { activity: await get('activity'), sleep: await get('sleep'), body: await get('body') };
  }

  describe('a zip with routes, through the API', () => {
    let userId: string;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a response body, checked field by field below
    let imported: Record<string, any>;

    beforeAll(async () => {
      userId = await seedUser(t, tenant.app);
      const accepted = await uploadFile(userId, zipFile);
      imported = await finished(userId, accepted.id);
    });

    it('completes with the counts of every type worked out by hand', () => {
      expect(imported.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(imported).toMatchObject({
        status: 'completed',
        kind: 'apple_health',
        file_name: 'export.zip',
        bytes_total: zipFile.length,
        bytes_read: zipFile.length,
        error: null,
        estimated_seconds_left: null,
      });
      expect(imported.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(imported.by_type.HKQuantityTypeIdentifierStepCount).toEqual({
        seen: 4,
        stored: 4,
        duplicate: 0,
        rejected: 0,
      });
      expect(imported.by_type.HKCategoryTypeIdentifierSleepAnalysis).toEqual({
        seen: 6,
        stored: 6,
        duplicate: 0,
        rejected: 0,
      });
      expect(imported.by_type.Workout).toEqual({ seen: 2, stored: 2, duplicate: 0, rejected: 0 });
      // Rings are counted, not imported: the records already hold those daily totals.
      expect(imported.by_type.ActivitySummary).toEqual({ seen: 2, stored: 0, duplicate: 0, rejected: 0 });
      expect(imported.totals).toEqual({ seen: 28, stored: 26, duplicate: 0, rejected: 0 });
      expect(imported.rejections).toEqual([]);
      expect(new Date(imported.finished_at).getTime()).toBeGreaterThanOrEqual(
        new Date(imported.started_at).getTime(),
      );
    });

    it('gives the daily summaries the export holds: 3,000 and 1,000 steps, one night', async () => {
      const { activity, sleep } = await summaries(userId);
      const steps = Object.fromEntries(
        activity.data.map((d: { date: string; steps: number | null }) => [d.date, d.steps]),
      );
      expect(steps).toMatchObject({ '2020-11-03': 3000, '2020-11-04': 1000 });
      expect(sleep.data.length).toBeGreaterThan(0);
    });

    it('stores the route of the run and its statistics', async () => {
      const { rows } = await t.db.query(
        `SELECT jsonb_array_length(route) AS points, statistics FROM workouts
          WHERE user_id = $1 AND route IS NOT NULL`,
        [userId],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].points).toBeGreaterThan(0);
    });

    it('answers the same file again with the existing import (200), and queues nothing', async () => {
      const again = await uploadFile(userId, zipFile, 'application/zip', 200);
      expect(again.id).toBe(imported.id);
      const list = await t.http.get(imports(userId)).set(tenant.app.auth).expect(200);
      expect(list.body.data.map((i: { id: string }) => i.id)).toEqual([imported.id]);
      expect(list.body.pagination).toEqual({ next_cursor: null, has_more: false });
    });

    it('re-imports the same history from a re-packed, gzip-encoded zip without a single new row', async () => {
      const repacked = await readFile(await writeExportZip(path.join(work, 'stored.zip'), { store: true }));
      const response = await t.http
        .post(upload(userId))
        .set(tenant.app.auth)
        .set('Content-Type', 'application/zip')
        .set('Content-Encoding', 'gzip')
        .send(zlib.gzipSync(repacked))
        .expect(202);
      const second = await finished(userId, response.body.id);
      expect(second.status).toBe('completed');
      expect(second.sha256).toBe(createHash('sha256').update(repacked).digest('hex'));
      expect(second.bytes_total).toBe(repacked.length);
      expect(second.totals).toEqual({ seen: 28, stored: 0, duplicate: 26, rejected: 0 });
    });

    it('pages through the list with cursors, newest first', async () => {
      const first = await t.http
        .get(`${imports(userId)}?limit=1`)
        .set(tenant.app.auth)
        .expect(200);
      expect(first.body.data).toHaveLength(1);
      expect(first.body.pagination.has_more).toBe(true);
      const next = await t.http
        .get(`${imports(userId)}?limit=1&cursor=${first.body.pagination.next_cursor}`)
        .set(tenant.app.auth)
        .expect(200);
      expect(next.body.data[0].id).toBe(imported.id);
      expect(next.body.pagination.has_more).toBe(false);
    });

    it('sends import.completed with the totals', async () => {
      const event = await eventually(
        () => receiver.ofType('import.completed').find((r) => r.json.data.import_id === imported.id),
        'import.completed',
      );
      expect(event.json.data).toEqual({
        user_id: userId,
        import_id: imported.id,
        kind: 'apple_health',
        totals: imported.totals,
      });
      expect(receiver.rejected).toEqual([]);
    });

    it('leaves no file behind in IMPORT_DIR', async () => {
      expect(await readdir(t.config.imports.dir)).toEqual([]);
    });
  });

  describe('against the SDK path', () => {
    it('gives the same daily summaries as the same readings pushed by the SDK', async () => {
      const imported = await seedUser(t, tenant.app);
      const synced = await seedUser(t, tenant.app);
      const done = await finished(imported, (await uploadFile(imported, zipFile)).id);
      expect(done.status).toBe('completed');
      await t.http
        .post(`/api/v1/sdk/users/${synced}/sync`)
        .set(tenant.app.auth)
        .send(asSdkSent(await fixtureItems()))
        .expect(202);
      expect(figures(await summaries(imported))).toEqual(figures(await summaries(synced)));
    });

    it('adds nothing when the SDK already pushed the same days', async () => {
      const userId = await seedUser(t, tenant.app);
      await t.http
        .post(`/api/v1/sdk/users/${userId}/sync`)
        .set(tenant.app.auth)
        .send(asSdkSent(await fixtureItems()))
        .expect(202);
      const rowsBefore = await t.db.query(
        `SELECT (SELECT count(*) FROM samples WHERE user_id = $1) AS samples,
                (SELECT count(*) FROM sleep_stages WHERE user_id = $1) AS stages,
                (SELECT count(*) FROM workouts WHERE user_id = $1) AS workouts`,
        [userId],
      );
      const summariesBefore = await summaries(userId);
      const done = await finished(userId, (await uploadFile(userId, zipFile)).id);
      expect(done.status).toBe('completed');
      expect(done.by_type.HKQuantityTypeIdentifierStepCount).toMatchObject({ stored: 0, duplicate: 4 });
      expect(done.by_type.HKCategoryTypeIdentifierSleepAnalysis).toMatchObject({ stored: 0, duplicate: 6 });
      expect(done.by_type.Workout).toMatchObject({ stored: 0, duplicate: 2 });
      const rowsAfter = await t.db.query(
        `SELECT (SELECT count(*) FROM samples WHERE user_id = $1) AS samples,
                (SELECT count(*) FROM sleep_stages WHERE user_id = $1) AS stages,
                (SELECT count(*) FROM workouts WHERE user_id = $1) AS workouts`,
        [userId],
      );
      expect(rowsAfter.rows).toEqual(rowsBefore.rows);
      expect(figures(await summaries(userId))).toEqual(figures(summariesBefore));
    });
  });

  describe('bad files', () => {
    it.each([
      ['a zip without export.xml', 'no-export.zip', 'The zip holds no apple_health_export/export.xml.'],
      ['XML that is not an export', 'not-an-export.xml', 'its root element is <gpx>, not <HealthData>'],
      ['a truncated export.xml', 'truncated.xml', 'the file looks truncated'],
    ])('%s fails with the reason', async (_what, file, reason) => {
      const userId = await seedUser(t, tenant.app);
      const body =
        file === 'no-export.zip'
          ? await readFile(await writeExportZip(path.join(work, file), { withoutExportXml: true }))
          : await readFile(path.join(BROKEN, file));
      const done = await finished(userId, (await uploadFile(userId, body, 'application/octet-stream')).id);
      expect(done.status).toBe('failed');
      expect(done.error).toContain(reason);
      const event = await eventually(
        () => receiver.ofType('import.failed').find((r) => r.json.data.import_id === done.id),
        'import.failed',
      );
      expect(event.json.data).toMatchObject({ user_id: userId, error: done.error });
    });

    it('keeps what a truncated file held before the break, whole', async () => {
      const userId = await seedUser(t, tenant.app);
      const done = await finished(
        userId,
        (await uploadFile(userId, await readFile(path.join(BROKEN, 'truncated.xml')), 'application/xml')).id,
      );
      expect(done.status).toBe('failed');
      expect(done.by_type.HKQuantityTypeIdentifierStepCount).toMatchObject({ seen: 1, stored: 1 });
    });

    it('rejects impossible records one by one and imports the rest', async () => {
      const userId = await seedUser(t, tenant.app);
      const done = await finished(
        userId,
        (await uploadFile(userId, await readFile(path.join(BROKEN, 'bad-records.xml')), 'text/xml')).id,
      );
      expect(done.status).toBe('completed');
      expect(done.rejection_count).toBe(7);
      expect(done.totals).toMatchObject({ seen: 8, stored: 1, rejected: 7 });
      expect(done.rejections).toContainEqual({
        type: 'HKQuantityTypeIdentifierBodyMass',
        reason: "unit 'furlong' is not a unit we know",
        line: 6,
      });
    });
  });

  describe('bad requests', () => {
    let userId: string;
    beforeAll(async () => {
      userId = await seedUser(t, tenant.app);
    });

    async function expectNothingStored() {
      const { rows } = await t.db.query('SELECT status FROM imports WHERE user_id = $1', [userId]);
      expect(rows).toEqual([]);
      expect(await readdir(t.config.imports.dir)).toEqual([]);
    }

    it('refuses a Content-Type that is not an export (415)', async () => {
      const response = await t.http
        .post(upload(userId))
        .set(tenant.app.auth)
        .set('Content-Type', 'application/json')
        .send('{"records":[]}')
        .expect(415);
      expect(response.body.detail).toContain('application/zip');
      await expectNothingStored();
    });

    it('refuses a body that is neither zip nor XML (415)', async () => {
      const response = await t.http
        .post(upload(userId))
        .set(tenant.app.auth)
        .set('Content-Type', 'application/octet-stream')
        .send(await readFile(path.join(BROKEN, 'not-xml.csv')))
        .expect(415);
      expect(response.body.detail).toContain('neither a zip nor an XML file');
      await expectNothingStored();
    });

    it('refuses an empty body (400)', async () => {
      const response = await t.http
        .post(upload(userId))
        .set(tenant.app.auth)
        .set('Content-Type', 'application/zip')
        .send(Buffer.alloc(0))
        .expect(400);
      expect(response.body.detail).toContain('empty');
      await expectNothingStored();
    });

    it('refuses a corrupt gzip encoding (400)', async () => {
      const response = await t.http
        .post(upload(userId))
        .set(tenant.app.auth)
        .set('Content-Type', 'application/xml')
        .set('Content-Encoding', 'gzip')
        .send(Buffer.concat([zlib.gzipSync('<HealthData>').subarray(0, 12), Buffer.from('garbage-garbage')]))
        .expect(400);
      expect(response.body.detail).toContain('corrupt');
      await expectNothingStored();
    });

    it('refuses an unknown Content-Encoding (415)', async () => {
      await t.http
        .post(upload(userId))
        .set(tenant.app.auth)
        .set('Content-Type', 'application/xml')
        .set('Content-Encoding', 'zstd')
        .send('<HealthData/>')
        .expect(415);
      await expectNothingStored();
    });

    it('answers 404 for an unknown user, another application and an unknown import', async () => {
      await t.http
        .post(upload(randomUUID()))
        .set(tenant.app.auth)
        .set('Content-Type', 'application/zip')
        .send(zipFile)
        .expect(404);
      const other = await seedApplication(t, await seedOperator(t));
      await t.http.get(imports(userId)).set(other.auth).expect(404);
      await t.http
        .post(upload(userId))
        .set(other.auth)
        .set('Content-Type', 'application/zip')
        .send(zipFile)
        .expect(404);
      await t.http
        .get(`${imports(userId)}/${randomUUID()}`)
        .set(tenant.app.auth)
        .expect(404);
      await t.http
        .delete(`${imports(userId)}/${randomUUID()}`)
        .set(tenant.app.auth)
        .expect(404);
      await t.http
        .get(`${imports(userId)}/not-a-uuid`)
        .set(tenant.app.auth)
        .expect(400);
      await expectNothingStored();
    });

    it('answers 400 for a cursor it did not hand out and a limit out of range', async () => {
      const bad = await t.http
        .get(`${imports(userId)}?cursor=abc`)
        .set(tenant.app.auth)
        .expect(400);
      expect(JSON.stringify(bad.body)).toContain('cursor');
      await t.http
        .get(`${imports(userId)}?limit=0`)
        .set(tenant.app.auth)
        .expect(400);
      await t.http
        .get(`${imports(userId)}?limit=1000`)
        .set(tenant.app.auth)
        .expect(400);
    });

    it('takes uploads with the user SDK token, and refuses that token for another user', async () => {
      const minted = await t.http.post(`/api/v1/users/${userId}/token`).set(tenant.app.auth).expect(200);
      const sdk = bearer(minted.body.access_token as string);
      const otherUser = await seedUser(t, tenant.app);
      await t.http
        .post(upload(otherUser))
        .set(sdk)
        .set('Content-Type', 'application/xml')
        .send(await readFile(FIXTURE_EXPORT_XML))
        .expect(404);
      const own = await t.http
        .post(upload(userId))
        .set(sdk)
        .set('Content-Type', 'application/xml')
        .send(await readFile(path.join(BROKEN, 'bad-records.xml')))
        .expect(202);
      expect((await finished(userId, own.body.id)).status).toBe('completed');
      await t.http.get(imports(userId)).set(sdk).expect(200);
    });

    it('needs credentials', async () => {
      await t.http.get(imports(userId)).expect(401);
    });
  });
});

describe('Apple Health imports without running workers', () => {
  let t: TestApp;
  let tenant: Tenant;
  let xml: Buffer;

  beforeAll(async () => {
    t = await startTestApp({ WEBHOOKS_WORKER_ENABLED: 'false', IMPORT_MAX_BYTES: '100000' });
    tenant = await seedTenant(t);
    xml = await readFile(FIXTURE_EXPORT_XML);
  });
  afterAll(() => t.close());

  async function queued(userId: string) {
    const response = await t.http
      .post(upload(userId))
      .set(tenant.app.auth)
      .set('Content-Type', 'application/xml')
      .send(xml);
    if (response.status !== 202) throw new Error(t.logs.filter((l) => l.includes('"level":50')).join('\n'));
    expect(response.body.status).toBe('queued');
    return response.body.id as string;
  }

  const storedSamples = async (userId: string) =>
    Number((await t.db.query('SELECT count(*) FROM samples WHERE user_id = $1', [userId])).rows[0].count);

  it('refuses an upload past IMPORT_MAX_BYTES (413) and keeps nothing', async () => {
    const userId = await seedUser(t, tenant.app);
    const response = await t.http
      .post(upload(userId))
      .set(tenant.app.auth)
      .set('Content-Type', 'application/xml')
      .send(Buffer.concat([xml, Buffer.alloc(120_000, 0x20)]))
      .expect(413);
    expect(response.body.detail).toContain('100000');
    expect((await t.db.query('SELECT 1 FROM imports WHERE user_id = $1', [userId])).rows).toEqual([]);
  });

  it('cancels a queued import (200), then 409; a worker later finds nothing to do', async () => {
    const userId = await seedUser(t, tenant.app);
    const id = await queued(userId);
    const cancelled = await t.http
      .delete(`${imports(userId)}/${id}`)
      .set(tenant.app.auth)
      .expect(200);
    expect(cancelled.body).toMatchObject({ id, status: 'cancelled' });
    const again = await t.http
      .delete(`${imports(userId)}/${id}`)
      .set(tenant.app.auth)
      .expect(409);
    expect(again.body.detail).toContain('already ended');
    expect(await t.app.get(ImportRunner).run({ userId, importId: id })).toBe('not-claimed');
    expect(await storedSamples(userId)).toBe(0);
    // A cancelled file may be sent again: it is a new import.
    expect(await queued(userId)).not.toBe(id);
  });

  it('stops a running import between chunks, keeping whole chunks only', async () => {
    const userId = await seedUser(t, tenant.app);
    const id = await queued(userId);
    const runner = t.app.get(ImportRunner);
    const repository = t.app.get(ImportsRepository);
    const lockHeld = repository.lockHeld.bind(repository);
    let calls = 0;
    repository.lockHeld = async (...args) => {
      // The operator cancels while the first chunk is stored and the second one is being read.
      if (++calls === 2)
        await t.http
          .delete(`${imports(userId)}/${id}`)
          .set(tenant.app.auth)
          .expect(200);
      return lockHeld(...args);
    };
    runner.chunkItems = 5;
    try {
      expect(await runner.run({ userId, importId: id })).toBe('cancelled');
    } finally {
      repository.lockHeld = lockHeld;
      runner.chunkItems = 2000;
    }
    const row = (
      await t.http
        .get(`${imports(userId)}/${id}`)
        .set(tenant.app.auth)
        .expect(200)
    ).body;
    expect(row.status).toBe('cancelled');
    const stored = (await t.db.query('SELECT chunks_done FROM imports WHERE id = $1', [id])).rows[0];
    expect(stored.chunks_done).toBe(1);
    // The first chunk's five items, and nothing of the second.
    expect(row.totals.stored).toBe(5);
    expect(await storedSamples(userId)).toBe(5);
  });

  it('resumes after a worker died mid-import, counting every element once', async () => {
    const userId = await seedUser(t, tenant.app);
    const id = await queued(userId);
    const runner = t.app.get(ImportRunner);
    const repository = t.app.get(ImportsRepository);
    const recordChunk = repository.recordChunk.bind(repository);
    let calls = 0;
    repository.recordChunk = async (...args) => {
      if (++calls === 3) throw new Error('worker killed');
      await recordChunk(...args);
    };
    runner.chunkItems = 5;
    try {
      await expect(runner.run({ userId, importId: id })).rejects.toThrow('worker killed');
      // Still held by the dead worker: nobody else may take it before its lease runs out.
      expect(await runner.run({ userId, importId: id })).toBe('not-claimed');
      await t.db.query(`UPDATE imports SET lease_until = now() - interval '1 second' WHERE id = $1`, [id]);
      repository.recordChunk = recordChunk;
      expect(await runner.run({ userId, importId: id })).toBe('completed');
    } finally {
      repository.recordChunk = recordChunk;
      runner.chunkItems = 2000;
    }
    const row = (
      await t.http
        .get(`${imports(userId)}/${id}`)
        .set(tenant.app.auth)
        .expect(200)
    ).body;
    expect(row.totals).toEqual({ seen: 28, stored: 26, duplicate: 0, rejected: 1 });
    expect(await storedSamples(userId)).toBeGreaterThan(0);
  });

  it('the sweep fails uploads whose request died and queues imports whose worker died', async () => {
    const userId = await seedUser(t, tenant.app);
    const id = await queued(userId);
    await t.db.query(
      `UPDATE imports SET status = 'parsing', lease_until = now() - interval '1 second',
              created_at = now() - interval '2 minutes' WHERE id = $1`,
      [id],
    );
    const dead = randomUUID();
    await t.db.query(
      `INSERT INTO imports (user_id, id, application_id, kind, status, created_at, lease_until)
       SELECT id, $2, application_id, 'apple_health', 'uploading', now(), now() - interval '1 second'
         FROM users WHERE id = $1`,
      [userId, dead],
    );
    expect(await t.app.get(ImportRunner).sweep()).toBe(1);
    const { rows } = await t.db.query(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'import-run' AND data->>'importId' = $1`,
      [id],
    );
    expect(rows[0].n).toBeGreaterThanOrEqual(1);
    const died = (
      await t.http
        .get(`${imports(userId)}/${dead}`)
        .set(tenant.app.auth)
        .expect(200)
    ).body;
    expect(died).toMatchObject({ status: 'failed' });
    expect(died.error).toContain('interrupted');
  });

  /* eslint-disable no-console -- the CLI prints its summary with console.log */
  it('imports a file from the CLI with a closing summary, and names a second run of the same file', async () => {
    const userId = await seedUser(t, tenant.app);
    const dataDir = await mkdtemp(path.join(tmpdir(), 'wearbridge-cli-'));
    const zip = await writeExportZip(path.join(dataDir, 'export.zip'));
    const saved = { env: { ...process.env }, log: console.log, exitCode: process.exitCode };
    const printed: string[] = [];
    Object.assign(process.env, {
      DATABASE_URL: t.config.database.url,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
    });
    console.log = (...parts: unknown[]) => void printed.push(parts.join(' '));
    try {
      await importCommand(['apple-health', '--user', userId, zip]);
      await importCommand(['apple-health', '--user', userId, zip]);
      await expect(importCommand(['apple-health', '--user', userId])).rejects.toThrow('usage');
      await expect(importCommand(['apple-health', '--user', randomUUID(), zip])).rejects.toThrow('not found');
      expect(process.exitCode ?? 0).toBe(0);
    } finally {
      process.env = saved.env;
      console.log = saved.log;
      process.exitCode = saved.exitCode;
      await rm(dataDir, { recursive: true, force: true });
    }
    const output = printed.join('\n');
    expect(output).toMatch(/import [0-9a-f-]{36}: completed/);
    expect(output).toContain('28 element(s) read: 26 stored, 0 already held, 0 rejected');
    expect(output).toContain('HKQuantityTypeIdentifierStepCount: 4 seen, 4 stored, 0 duplicate, 0 rejected');
    expect(output).toContain('this file was imported for the user before');
    expect(await storedSamples(userId)).toBeGreaterThan(0);
  });
  /* eslint-enable no-console */
});
