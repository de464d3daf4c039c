import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  seedApplication,
  seedOperator,
  seedUser,
  type SeededApplication,
  type SeededOperator,
} from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';
import { at, insertSamples, insertSource, type SampleFixture } from './data-fixtures.js';

type Item = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('Read API: time series, summaries, priority, tenancy', () => {
  let t: TestApp;
  let operator: SeededOperator;
  let app: SeededApplication;
  beforeAll(async () => {
    t = await startTestApp();
    operator = await seedOperator(t);
    app = await seedApplication(t, operator);
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (path: string) => t.http.get(path).set(app.auth);

  /** Follows next_cursor to the end; returns every item and the number of pages. */
  async function collect(path: string): Promise<{ items: Item[]; pages: number; last: Item }> {
    const items: Item[] = [];
    let url = path;
    let pages = 0;
    let body: Item;
    for (;;) {
      body = (await get(url).expect(200)).body;
      pages++;
      items.push(...body.data);
      if (!body.pagination.has_more) break;
      url = `${path}&cursor=${encodeURIComponent(body.pagination.next_cursor)}`;
    }
    return { items, pages, last: body };
  }

  describe('GET /users/{id}/timeseries', () => {
    it('pages raw samples across page boundaries without loss or repeats, forwards and back', async () => {
      const userId = await seedUser(t, app);
      const watch = await insertSource(t, userId, { provider: 'apple', deviceType: 'watch' });
      const phone = await insertSource(t, userId, { provider: 'apple', deviceType: 'phone' });
      const samples: SampleFixture[] = [];
      for (let i = 0; i < 57; i++) {
        samples.push({
          metric: 'heart_rate',
          start: at('2026-05-01T00:00:00Z', i),
          value: 60 + i,
          unit: 'bpm',
          sourceId: watch,
        });
        // Same instants from a second source and a second metric: ties must page deterministically.
        if (i % 3 === 0)
          samples.push({
            metric: 'heart_rate',
            start: at('2026-05-01T00:00:00Z', i),
            value: 90,
            unit: 'bpm',
            sourceId: phone,
          });
        if (i % 4 === 0)
          samples.push({
            metric: 'steps',
            start: at('2026-05-01T00:00:00Z', i),
            end: at('2026-05-01T00:00:00Z', i + 1),
            value: 10,
            unit: 'count',
            sourceId: phone,
          });
      }
      await insertSamples(t, userId, samples);
      const base = `/api/v1/users/${userId}/timeseries?start_time=2026-05-01T00:00:00Z&end_time=2026-05-02&types=heart_rate,steps&limit=7`;
      const { items, pages } = await collect(base);
      expect(items).toHaveLength(samples.length);
      expect(pages).toBe(Math.ceil(samples.length / 7));
      const keys = items.map((i) => `${i.timestamp}|${i.type}|${i.source.data_source_id}`);
      expect(new Set(keys).size).toBe(items.length);
      expect([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(
        keys.slice().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
      );
      expect(items[0]).toMatchObject({
        type: 'heart_rate',
        unit: 'bpm',
        zone_offset: '+00:00',
        is_daily_total: null,
      });
      expect(items[0].end_timestamp).toBeDefined();

      // Walk back from the third page with previous_cursor: the same items, in the same order.
      const first = (await get(base).expect(200)).body;
      expect(first.pagination.previous_cursor).toBeNull();
      const second = (await get(`${base}&cursor=${first.pagination.next_cursor}`).expect(200)).body;
      const third = (await get(`${base}&cursor=${second.pagination.next_cursor}`).expect(200)).body;
      const back = (await get(`${base}&cursor=${third.pagination.previous_cursor}`).expect(200)).body;
      expect(back.data).toEqual(second.data);
      const backAgain = (await get(`${base}&cursor=${back.pagination.previous_cursor}`).expect(200)).body;
      expect(backAgain.data).toEqual(first.data);
    });

    it('buckets with each metric’s aggregation: pro-rated sums, averages with min/max, per source', async () => {
      const userId = await seedUser(t, app);
      const watch = await insertSource(t, userId, { provider: 'apple', deviceType: 'watch' });
      const phone = await insertSource(t, userId, { provider: 'apple', deviceType: 'phone' });
      await insertSamples(t, userId, [
        // 200 steps over 10:50–11:10: half in each hour.
        {
          metric: 'steps',
          start: '2026-05-02T10:50:00Z',
          end: '2026-05-02T11:10:00Z',
          value: 200,
          unit: 'count',
          sourceId: watch,
        },
        {
          metric: 'steps',
          start: '2026-05-02T10:00:00Z',
          end: '2026-05-02T10:15:00Z',
          value: 30,
          unit: 'count',
          sourceId: watch,
        },
        {
          metric: 'steps',
          start: '2026-05-02T10:00:00Z',
          end: '2026-05-02T10:15:00Z',
          value: 40,
          unit: 'count',
          sourceId: phone,
        },
        { metric: 'heart_rate', start: '2026-05-02T10:00:00Z', value: 60, unit: 'bpm', sourceId: watch },
        { metric: 'heart_rate', start: '2026-05-02T10:30:00Z', value: 80, unit: 'bpm', sourceId: watch },
        { metric: 'heart_rate', start: '2026-05-02T11:15:00Z', value: 100, unit: 'bpm', sourceId: watch },
      ]);
      const body = (
        await get(
          `/api/v1/users/${userId}/timeseries?start_time=2026-05-02&end_time=2026-05-03&types=steps&types=heart_rate&resolution=1hour&limit=1000`,
        ).expect(200)
      ).body;
      const find = (ts: string, type: string, source: string) =>
        body.data.find(
          (d: Item) => d.timestamp === ts && d.type === type && d.source.data_source_id === source,
        );
      expect(find('2026-05-02T10:00:00.000Z', 'steps', watch)).toMatchObject({
        value: 130,
        unit: 'count',
        aggregation: 'sum',
        count: 2,
        end_timestamp: '2026-05-02T11:00:00.000Z',
      });
      expect(find('2026-05-02T11:00:00.000Z', 'steps', watch)).toMatchObject({ value: 100, count: 1 });
      expect(find('2026-05-02T10:00:00.000Z', 'steps', phone)).toMatchObject({ value: 40 });
      expect(find('2026-05-02T10:00:00.000Z', 'heart_rate', watch)).toMatchObject({
        value: 70,
        min: 60,
        max: 80,
        count: 2,
        unit: 'bpm',
        aggregation: 'avg',
      });
      expect(find('2026-05-02T11:00:00.000Z', 'heart_rate', watch)).toMatchObject({ value: 100, count: 1 });
      expect(body.data).toHaveLength(5);
      expect(body.metadata).toMatchObject({ resolution: '1hour', tz: 'utc' });
    });

    it('aligns daily buckets on local time: a DST day lasts 23 or 25 hours', async () => {
      const userId = await seedUser(t, app);
      const watch = await insertSource(t, userId, { provider: 'apple', deviceType: 'watch' });
      const samples: SampleFixture[] = [];
      // Berlin: +01:00 until 2026-03-29T01:00Z, +02:00 until 2026-10-25T01:00Z, then +01:00.
      const berlin = (iso: string) =>
        iso >= '2026-03-29T01:00:00.000Z' && iso < '2026-10-25T01:00:00.000Z' ? '+02:00' : '+01:00';
      for (const start of ['2026-03-27T00:00:00Z', '2026-10-23T00:00:00Z'])
        for (let h = 0; h < 96; h++) {
          const iso = at(start, h * 60);
          samples.push({
            metric: 'heart_rate',
            start: iso,
            value: 60,
            unit: 'bpm',
            offset: berlin(iso),
            sourceId: watch,
          });
        }
      await insertSamples(t, userId, samples);
      const day = async (from: string, to: string) =>
        (
          await get(
            `/api/v1/users/${userId}/timeseries?start_time=${from}&end_time=${to}&types=heart_rate&resolution=1day&tz=local&limit=10`,
          ).expect(200)
        ).body.data as Item[];
      const spring = (await day('2026-03-27T00:00:00Z', '2026-03-31T00:00:00Z')).find(
        (d) => d.timestamp === '2026-03-28T23:00:00.000Z',
      );
      expect(spring).toMatchObject({
        end_timestamp: '2026-03-29T22:00:00.000Z',
        count: 23,
        zone_offset: '+01:00',
      });
      const autumn = (await day('2026-10-23T00:00:00Z', '2026-10-27T00:00:00Z')).find(
        (d) => d.timestamp === '2026-10-24T22:00:00.000Z',
      );
      expect(autumn).toMatchObject({
        end_timestamp: '2026-10-25T23:00:00.000Z',
        count: 25,
        zone_offset: '+02:00',
      });
    });

    it('rejects bad parameters with 400 naming them', async () => {
      const userId = await seedUser(t, app);
      const response = await get(
        `/api/v1/users/${userId}/timeseries?start_time=yesterday&end_time=2026-05-02&types=bogus&resolution=2min&limit=5000`,
      ).expect(400);
      const fields = response.body.errors.map((e: Item) => e.field).sort();
      expect(fields).toEqual(['limit', 'resolution', 'start_time', 'types']);
      await get(`/api/v1/users/${userId}/timeseries?start_time=2026-05-02&end_time=2026-05-01`).expect(400);
      await get(
        `/api/v1/users/${userId}/timeseries?start_time=2026-05-01&end_time=2026-05-02&cursor=garbage`,
      ).expect(400);
    });
  });

  describe('GET /users/{id}/summaries/activity', () => {
    /** Phone carried 07:00–22:00 local (+02:00), watch worn 08:00–18:00; hourly step samples. */
    async function phoneAndWatchDay() {
      const userId = await seedUser(t, app);
      const watch = await insertSource(t, userId, {
        provider: 'apple',
        deviceType: 'watch',
        appName: 'Watch',
      });
      const phone = await insertSource(t, userId, {
        provider: 'apple',
        deviceType: 'phone',
        appName: 'iPhone',
      });
      const samples: SampleFixture[] = [];
      const hour = (h: number) => `2026-05-04T${String(h - 2).padStart(2, '0')}:00:00Z`;
      for (let h = 7; h < 22; h++)
        samples.push({
          metric: 'steps',
          start: hour(h),
          end: at(hour(h), 60),
          value: 100,
          unit: 'count',
          offset: '+02:00',
          sourceId: phone,
        });
      for (let h = 8; h < 18; h++)
        samples.push({
          metric: 'steps',
          start: hour(h),
          end: at(hour(h), 60),
          value: 150,
          unit: 'count',
          offset: '+02:00',
          sourceId: watch,
        });
      await insertSamples(t, userId, samples);
      return { userId, watch, phone };
    }

    it('counts phone and watch steps once: the watch where both have data, the phone elsewhere', async () => {
      const { userId, watch, phone } = await phoneAndWatchDay();
      const body = (
        await get(
          `/api/v1/users/${userId}/summaries/activity?start_date=2026-05-04&end_date=2026-05-04`,
        ).expect(200)
      ).body;
      expect(body.data).toHaveLength(1);
      const day = body.data[0];
      // Watch 10 h × 150 + phone in the 5 hours without the watch × 100; naive sum would be 3000, day-winner 1500.
      expect(day).toMatchObject({ date: '2026-05-04', steps: 2000, zone_offset: '+02:00' });
      expect(day.source.data_source_id).toBe(watch);
      const steps = day.sources.find((s: Item) => s.metric === 'steps');
      expect(steps.contributors.map((c: Item) => [c.source.data_source_id, c.value, c.rank])).toEqual([
        [watch, 1500, 1],
        [phone, 500, 2],
      ]);
    });

    it('gives each local day the heart rate of every source, each record on its own offset’s day', async () => {
      const userId = await seedUser(t, app);
      const watch = await insertSource(t, userId, { provider: 'apple', deviceType: 'watch' });
      const phone = await insertSource(t, userId, { provider: 'apple', deviceType: 'phone' });
      const hr = (start: string, value: number, offset: string, sourceId: string): SampleFixture => ({
        metric: 'heart_rate',
        start,
        value,
        unit: 'bpm',
        offset,
        sourceId,
      });
      await insertSamples(t, userId, [
        hr('2026-05-03T21:50:00Z', 50, '+02:00', watch), // 23:50 on the 3rd
        hr('2026-05-03T21:55:00Z', 65, '+01:00', phone), // 22:55 on the 3rd, same UTC quarter hour
        hr('2026-05-03T22:05:00Z', 70, '+02:00', watch), // 00:05 on the 4th
        hr('2026-05-04T10:00:00Z', 90, '+02:00', watch),
        hr('2026-05-03T18:20:00Z', 60, '+05:30', phone), // 23:50 on the 3rd
        hr('2026-05-03T18:35:00Z', 80, '+05:30', phone), // 00:05 on the 4th
        hr('2026-05-05T21:59:00Z', 200, '+02:00', watch), // 23:59 on the 5th: outside the range
      ]);
      const body = (
        await get(
          `/api/v1/users/${userId}/summaries/activity?start_date=2026-05-03&end_date=2026-05-04`,
        ).expect(200)
      ).body;
      expect(body.data.map((d: Item) => [d.date, d.heart_rate])).toEqual([
        ['2026-05-03', { avg_bpm: 58.3, min_bpm: 50, max_bpm: 65, sample_count: 3 }],
        ['2026-05-04', { avg_bpm: 80, min_bpm: 70, max_bpm: 90, sample_count: 3 }],
      ]);
    });

    it('applies the application’s priority override', async () => {
      const { userId, phone } = await phoneAndWatchDay();
      const put = await t.http
        .put(`/api/v1/applications/${app.appId}/source-priority`)
        .set(app.auth)
        .send({ device_types: ['phone'], providers: [] })
        .expect(200);
      expect(put.body.effective_device_types.slice(0, 2)).toEqual(['phone', 'watch']);
      try {
        const day = (
          await get(
            `/api/v1/users/${userId}/summaries/activity?start_date=2026-05-04&end_date=2026-05-04`,
          ).expect(200)
        ).body.data[0];
        expect(day.steps).toBe(1500);
        expect(day.source.data_source_id).toBe(phone);
        const sources = (await get(`/api/v1/users/${userId}/data-sources`).expect(200)).body;
        expect(sources.items.find((s: Item) => s.id === phone).priority_rank).toBe(1);
      } finally {
        await t.http
          .put(`/api/v1/applications/${app.appId}/source-priority`)
          .set(app.auth)
          .send({ device_types: [], providers: [] })
          .expect(200);
      }
      await t.http
        .put(`/api/v1/applications/${app.appId}/source-priority`)
        .set(app.auth)
        .send({ device_types: ['toaster'], providers: 'apple' })
        .expect(400);
    });

    it('puts each record on its local day across DST and a time-zone change', async () => {
      const userId = await seedUser(t, app);
      const watch = await insertSource(t, userId, { provider: 'samsung', deviceType: 'watch' });
      const samples: SampleFixture[] = [];
      const hourly = (from: string, hours: number, offset: (iso: string) => string) => {
        for (let h = 0; h < hours; h++) {
          const iso = at(from, h * 60);
          samples.push({
            metric: 'steps',
            start: iso,
            end: at(iso, 60),
            value: 1,
            unit: 'count',
            offset: offset(iso),
            sourceId: watch,
          });
        }
      };
      hourly('2026-03-27T00:00:00Z', 96, (iso) => (iso >= '2026-03-29T01:00:00.000Z' ? '+02:00' : '+01:00'));
      // Flies from +02:00 to −04:00 at 10:00Z on 2026-06-15: that local day lasts 30 hours.
      hourly('2026-06-13T00:00:00Z', 108, (iso) => (iso >= '2026-06-15T10:00:00.000Z' ? '-04:00' : '+02:00'));
      await insertSamples(t, userId, samples);
      const days = async (from: string, to: string) =>
        Object.fromEntries(
          (
            await get(`/api/v1/users/${userId}/summaries/activity?start_date=${from}&end_date=${to}`).expect(
              200,
            )
          ).body.data.map((d: Item) => [d.date, [d.steps, d.zone_offset]]),
        );
      expect(await days('2026-03-28', '2026-03-30')).toMatchObject({
        '2026-03-28': [24, '+01:00'],
        '2026-03-29': [23, '+02:00'],
      });
      expect(await days('2026-06-14', '2026-06-16')).toEqual({
        '2026-06-14': [24, '+02:00'],
        '2026-06-15': [30, expect.any(String)],
        '2026-06-16': [24, '-04:00'],
      });
    });

    it('pages by days with cursors in both sort orders', async () => {
      const userId = await seedUser(t, app);
      const watch = await insertSource(t, userId, { provider: 'apple', deviceType: 'watch' });
      const samples: SampleFixture[] = [];
      for (let d = 0; d < 10; d++)
        samples.push({
          metric: 'steps',
          start: at('2026-07-01T12:00:00Z', d * 1440),
          end: at('2026-07-01T12:10:00Z', d * 1440),
          value: d + 1,
          unit: 'count',
          sourceId: watch,
        });
      await insertSamples(t, userId, samples);
      for (const order of ['asc', 'desc']) {
        const { items, pages } = await collect(
          `/api/v1/users/${userId}/summaries/activity?start_date=2026-07-01&end_date=2026-07-10&limit=3&sort_order=${order}`,
        );
        expect(pages).toBe(4);
        const dates = items.map((i) => i.date);
        expect(dates).toHaveLength(10);
        expect(new Set(dates).size).toBe(10);
        expect(dates[0]).toBe(order === 'asc' ? '2026-07-01' : '2026-07-10');
      }
    });
  });

  describe('GET /users/{id}/summaries/body', () => {
    it('gives latest and average per day from the best-ranked source', async () => {
      const userId = await seedUser(t, app);
      const scale = await insertSource(t, userId, { provider: 'samsung', deviceType: 'scale' });
      const phone = await insertSource(t, userId, { provider: 'samsung', deviceType: 'phone' });
      await insertSamples(t, userId, [
        { metric: 'weight', start: '2026-05-05T06:00:00Z', value: 80, unit: 'kg', sourceId: scale },
        { metric: 'weight', start: '2026-05-05T20:00:00Z', value: 81, unit: 'kg', sourceId: scale },
        { metric: 'weight', start: '2026-05-05T12:00:00Z', value: 95, unit: 'kg', sourceId: phone },
        {
          metric: 'resting_heart_rate',
          start: '2026-05-05T08:00:00Z',
          value: 55,
          unit: 'bpm',
          sourceId: phone,
        },
      ]);
      const day = (
        await get(`/api/v1/users/${userId}/summaries/body?start_date=2026-05-05&end_date=2026-05-05`).expect(
          200,
        )
      ).body.data[0];
      // Phone outranks scale by default device order (phone before scale).
      expect(day.weight).toMatchObject({ latest: 95, average: 95, count: 1, unit: 'kg' });
      expect(day.resting_heart_rate).toMatchObject({ latest: 55, unit: 'bpm' });
      expect(day.body_fat_percentage).toBeNull();
    });
  });

  describe('tenancy', () => {
    it('answers 404 for another tenant’s user on every read route', async () => {
      const userId = await seedUser(t, app);
      const otherOperator = await seedOperator(t);
      const other = await seedApplication(t, otherOperator, 'Other');
      const paths = [
        `timeseries?start_time=2026-05-01&end_time=2026-05-02`,
        `events/workouts?start_date=2026-05-01&end_date=2026-05-02`,
        `events/sleep?start_date=2026-05-01&end_date=2026-05-02`,
        `summaries/activity?start_date=2026-05-01&end_date=2026-05-02`,
        `summaries/sleep?start_date=2026-05-01&end_date=2026-05-02`,
        `summaries/body?start_date=2026-05-01&end_date=2026-05-02`,
        `data-sources`,
        `sync/status`,
        `sync/batches`,
        `export`,
      ];
      for (const path of paths) {
        await t.http.get(`/api/v1/users/${userId}/${path}`).set(other.auth).expect(404);
        await t.http.get(`/api/v1/users/${userId}/${path}`).set(app.auth).expect(200);
      }
      await t.http.get(`/api/v1/users/${userId}/data-sources`).set(otherOperator.auth).expect(404);
      await t.http.get(`/api/v1/users/${userId}/data-sources`).set(operator.auth).expect(200);
      await t.http
        .put(`/api/v1/applications/${app.appId}/source-priority`)
        .set(other.auth)
        .send({ device_types: [], providers: [] })
        .expect(404);
      await t.http.get(`/api/v1/users/${userId}/data-sources`).expect(401);
    });
  });
});
