import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { OperatorsService } from '../../src/modules/auth/operators.service.js';
import { startTestApp, TestApp } from '../setup/test-app.js';

/** The README's example payload: one day of an iPhone + Apple Watch user in +01:00. */
const EXAMPLE = readFileSync(new URL('../../examples/ios-sync-payload.json', import.meta.url), 'utf8');

describe('README walkthrough', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('runs from login to a day’s summary and a week of heart rate, as the README shows', async () => {
    await t.app.get(OperatorsService).create('admin@example.com', 'choose-a-long-password');
    const login = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'admin@example.com', password: 'choose-a-long-password' })
      .expect(200);
    const operator = { Authorization: `Bearer ${login.body.access_token}` };

    const app = (
      await t.http.post('/api/v1/applications').set(operator).send({ name: 'My fitness app' }).expect(201)
    ).body;
    const basic = {
      Authorization: `Basic ${Buffer.from(`${app.app_id}:${app.app_secret}`).toString('base64')}`,
    };
    const userId = (
      await t.http.post('/api/v1/users').set(basic).send({ external_user_id: 'customer-42' }).expect(201)
    ).body.id;

    const minted = (
      await t.http
        .post(`/api/v1/users/${userId}/token`)
        .send({ app_id: app.app_id, app_secret: app.app_secret })
        .expect(200)
    ).body;
    const refreshed = (
      await t.http.post('/api/v1/token/refresh').send({ refresh_token: minted.refresh_token }).expect(200)
    ).body;
    const sdk = { Authorization: `Bearer ${refreshed.access_token}` };

    const sync = await t.http
      .post(`/api/v1/sdk/users/${userId}/sync`)
      .set(sdk)
      .set('Content-Type', 'application/json')
      .send(EXAMPLE)
      .expect(202);
    expect(sync.body).toMatchObject({
      records_saved: 22,
      sleep_saved: 7,
      workouts_saved: 1,
      rejected: 0,
      dropped_count: 0,
    });
    const batch = await t.http
      .get(`/api/v1/sdk/users/${userId}/sync/${sync.body.batch_id}`)
      .set(sdk)
      .expect(200);
    expect(batch.body.batch_id).toBe(sync.body.batch_id);
    const again = await t.http
      .post(`/api/v1/sdk/users/${userId}/sync`)
      .set(sdk)
      .set('Content-Type', 'application/json')
      .send(EXAMPLE)
      .expect(202);
    expect(again.headers['idempotent-replayed']).toBe('true');

    const day = await t.http
      .get(`/api/v1/users/${userId}/summaries/activity?start_date=2026-11-20&end_date=2026-11-20`)
      .set(basic)
      .expect(200);
    // Watch and phone overlap in four hours (the watch counts: 790 + 1402 + 2188 + 3090); one hour is phone only (640).
    expect(day.body.data[0]).toMatchObject({ date: '2026-11-20', steps: 8110, active_calories_kcal: 312.5 });
    expect(day.body.data[0].heart_rate).toMatchObject({ min_bpm: 58, max_bpm: 88, sample_count: 9 });

    const night = await t.http
      .get(`/api/v1/users/${userId}/summaries/sleep?start_date=2026-11-20&end_date=2026-11-20`)
      .set(basic)
      .expect(200);
    expect(night.body.data[0]).toMatchObject({
      total_duration_minutes: 415,
      time_in_bed_minutes: 455,
      stages: { awake_minutes: 10, light_minutes: 260, deep_minutes: 55, rem_minutes: 100 },
    });

    const week = await t.http
      .get(
        `/api/v1/users/${userId}/timeseries?types=heart_rate&start_time=2026-11-14T00:00:00Z&end_time=2026-11-21T00:00:00Z&resolution=1day&tz=local`,
      )
      .set(basic)
      .expect(200);
    expect(week.body.data).toHaveLength(1);
    expect(week.body.data[0]).toMatchObject({ type: 'heart_rate', unit: 'bpm', count: 9, min: 58, max: 88 });
    expect(week.body.data[0].value).toBeCloseTo(625 / 9, 6);

    await t.http.post('/api/v1/token/revoke').send({ refresh_token: refreshed.refresh_token }).expect(204);
    await t.http.post('/api/v1/token/refresh').send({ refresh_token: refreshed.refresh_token }).expect(401);
    await t.http
      .post(`/api/v1/sdk/users/${userId}/sync`)
      .set(sdk)
      .set('Content-Type', 'application/json')
      .send(EXAMPLE)
      .expect(401);
  });
});
