import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BatchReplayService } from '../../src/modules/ingestion/batch-replay.service.js';
import { seedApiKey, seedApplication, seedTenant } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';

const readings = [
  {
    dataType: 'stepCount',
    value: 1200,
    unit: 'count',
    startDate: '2026-04-10T07:00:00Z',
    endDate: '2026-04-10T08:00:00Z',
  },
  {
    dataType: 'heartRate',
    value: 72,
    unit: 'count/min',
    startDate: '2026-04-10T07:15:00Z',
    endDate: '2026-04-10T07:15:00Z',
  },
  {
    dataType: 'heartRate',
    value: 75,
    unit: 'bpm',
    startDate: '2026-04-10T07:20:00Z',
    endDate: '2026-04-10T07:20:00Z',
  },
  {
    dataType: 'activeEnergyBurned',
    value: 35.5,
    unit: 'kcal',
    startDate: '2026-04-10T07:00:00Z',
    endDate: '2026-04-10T08:00:00Z',
  },
  {
    dataType: 'restingHeartRate',
    value: 58,
    unit: 'bpm',
    startDate: '2026-04-10T00:00:00Z',
    endDate: '2026-04-10T23:59:59Z',
  },
  {
    dataType: 'bodyMass',
    value: 70.2,
    unit: 'kg',
    startDate: '2026-04-10T06:00:00Z',
    endDate: '2026-04-10T06:00:00Z',
  },
  {
    dataType: 'bloodOxygen',
    value: 0.97,
    unit: '%',
    startDate: '2026-04-10T03:00:00Z',
    endDate: '2026-04-10T03:00:00Z',
  },
  { dataType: 'sleepAnalysis', value: 4, startDate: '2026-04-10T01:00:00Z', endDate: '2026-04-10T02:00:00Z' },
  {
    dataType: 'heartRate',
    value: 'fast',
    unit: 'bpm',
    startDate: '2026-04-10T07:25:00Z',
    endDate: '2026-04-10T07:25:00Z',
  },
];

describe('TutorialService (classic HealthKit-to-server contract)', () => {
  let t: TestApp;
  let apiKey: string;
  let tenant: Awaited<ReturnType<typeof seedTenant>>;

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await seedTenant(t);
    apiKey = await seedApiKey(t, tenant.operator, tenant.app);
  });
  afterAll(async () => {
    await t.close();
  });

  it('stores readings for a new external user and reads them back in the summary', async () => {
    const response = await t.http
      .post('/health/sync')
      .set('X-API-Key', apiKey)
      .send({ userId: 'tutorial-user', readings })
      .expect(200);
    expect(response.body).toMatchObject({ received: 9, rejected: 1, stored: 8 });
    expect(response.body.rejections).toEqual([expect.objectContaining({ collection: 'readings', index: 8 })]);

    const { rows } = await t.db.query('SELECT id, application_id FROM users WHERE external_user_id = $1', [
      'tutorial-user',
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0].application_id).toBe(tenant.app.id);

    const summary = await t.http.get('/health/summary/tutorial-user').set('X-API-Key', apiKey).expect(200);
    expect(summary.body.userId).toBe('tutorial-user');
    expect(summary.body.totalReadings).toBe(8);
    expect(summary.body.summary.heartRate).toEqual([
      { value: 75, unit: 'bpm', date: '2026-04-10T07:20:00.000Z' },
      { value: 72, unit: 'bpm', date: '2026-04-10T07:15:00.000Z' },
    ]);
    expect(summary.body.summary.stepCount).toEqual([
      { value: 1200, unit: expect.any(String), date: '2026-04-10T07:00:00.000Z' },
    ]);
    expect(summary.body.summary.oxygenSaturation[0].value).toBeCloseTo(97);
    expect(summary.body.summary.sleepAnalysis).toEqual([
      { value: 60, unit: 'min', date: '2026-04-10T01:00:00.000Z', stage: 'deep' },
    ]);
    for (const key of ['activeEnergyBurned', 'restingHeartRate', 'bodyMass'])
      expect(summary.body.summary[key]).toHaveLength(1);
  });

  it('is idempotent: the same readings again store nothing new', async () => {
    const again = await t.http
      .post('/health/sync')
      .set('X-API-Key', apiKey)
      .send({ userId: 'tutorial-user', readings })
      .expect(200);
    expect(again.body).toMatchObject({ received: 9, rejected: 1 });
    const summary = await t.http.get('/health/summary/tutorial-user').set('X-API-Key', apiKey).expect(200);
    expect(summary.body.totalReadings).toBe(8);
  });

  it('answers 401 "Invalid or missing API key" without a key, with a wrong key or with app credentials only', async () => {
    for (const request of [
      t.http.post('/health/sync').send({ userId: 'x', readings: [] }),
      t.http.post('/health/sync').set('X-API-Key', 'sk-nope').send({ userId: 'x', readings: [] }),
      t.http.post('/health/sync').set(tenant.app.auth).send({ userId: 'x', readings: [] }),
      t.http.get('/health/summary/tutorial-user'),
      t.http.get('/health/summary/tutorial-user').set('X-API-Key', `sk-${'f'.repeat(64)}`),
    ]) {
      const response = await request.expect(401);
      expect(response.body.detail).toBe('Invalid or missing API key');
    }
  });

  it('keeps tenants apart: another application sees an empty summary for the same external id', async () => {
    const otherApp = await seedApplication(t, tenant.operator, 'Other tutorial app');
    const otherKey = await seedApiKey(t, tenant.operator, otherApp);
    const summary = await t.http.get('/health/summary/tutorial-user').set('X-API-Key', otherKey).expect(200);
    expect(summary.body).toEqual({ userId: 'tutorial-user', summary: {}, totalReadings: 0 });
  });

  it.each([
    [{ readings: [] }, /userId is required/],
    [{ userId: 'u', readings: 'nope' }, /readings must be an array/],
    [[1], /must be a JSON object/],
  ])('answers 400 for a broken envelope %#', async (body, detail) => {
    const response = await t.http.post('/health/sync').set('X-API-Key', apiKey).send(body).expect(400);
    expect(response.body.detail).toMatch(detail);
  });

  it('replays journaled batches through the mappings idempotently (renormalize)', async () => {
    const { rows } = await t.db.query('SELECT id FROM users WHERE external_user_id = $1', ['tutorial-user']);
    const userId = rows[0].id;
    await t.db.query('DELETE FROM samples WHERE user_id = $1 AND vendor_type = $2', [
      userId,
      'HKQuantityTypeIdentifierBodyMass',
    ]);
    const lines: string[] = [];
    const report = await t.app.get(BatchReplayService).renormalize({ userId }, (line) => lines.push(line));
    // The second identical push was a replay of the first: one journaled batch.
    expect(report).toEqual({
      batches: 1,
      replayed: 1,
      skippedNoPayload: 0,
      failed: 0,
      stillQuarantined: 0,
      released: 0,
    });
    expect(lines[0]).toMatch(/replayed: 1 inserted/);
    const summary = await t.http.get('/health/summary/tutorial-user').set('X-API-Key', apiKey).expect(200);
    expect(summary.body.totalReadings).toBe(8);
    const journal = await t.db.query('SELECT renormalize_count FROM sync_batches WHERE user_id = $1', [
      userId,
    ]);
    expect(journal.rows.map((r) => r.renormalize_count)).toEqual([1]);
  });
});
