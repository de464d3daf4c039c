import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedTenant, seedUser } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';
import { insertSamples, insertSource, type SampleFixture } from './data-fixtures.js';

type Item = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const STEP_SECONDS: Record<string, number> = {
  '1min': 60,
  '5min': 300,
  '15min': 900,
  '1hour': 3600,
  '1day': 86_400,
};

describe('Time series with tz=local at a non-zero offset, every resolution', () => {
  let t: TestApp;
  let tenant: Awaited<ReturnType<typeof seedTenant>>;
  const offsets = [
    ['+05:30', 330],
    ['-04:00', -240],
  ] as const;
  const start = Date.parse('2026-11-17T00:00:00Z');

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await seedTenant(t);
  });
  afterAll(async () => {
    await t.close();
  });

  async function collect(userId: string, query: string): Promise<Item[]> {
    const items: Item[] = [];
    const path = `/api/v1/users/${userId}/timeseries?${query}`;
    let url = path;
    for (;;) {
      const body = (await t.http.get(url).set(tenant.app.auth).expect(200)).body;
      items.push(...body.data);
      if (!body.pagination.has_more) return items;
      url = `${path}&cursor=${encodeURIComponent(body.pagination.next_cursor)}`;
    }
  }

  it.each(offsets)(
    'buckets on the local wall clock at %s exactly as computed by hand',
    async (offset, minutes) => {
      const userId = await seedUser(t, tenant.app);
      const sourceId = await insertSource(t, userId, { provider: 'apple', deviceType: 'watch' });
      // A heart rate every 7 minutes for 30 hours: buckets of every size hold different counts.
      const instants = Array.from({ length: (30 * 60) / 7 }, (_, i) => start + i * 7 * 60_000);
      const fixtures: SampleFixture[] = instants.map((ms, i) => ({
        metric: 'heart_rate',
        start: new Date(ms).toISOString(),
        value: 60 + (i % 30),
        unit: 'bpm',
        offset,
        sourceId,
      }));
      await insertSamples(t, userId, fixtures);
      // A week around the data, as the README reads it: the scan crosses empty windows before and after.
      const range = `start_time=2026-11-14T00:00:00Z&end_time=2026-11-21T00:00:00Z`;

      for (const [resolution, seconds] of Object.entries(STEP_SECONDS)) {
        const step = seconds * 1000;
        const expected = new Map<number, number>(); // bucket start (UTC instant) → samples
        for (const ms of instants) {
          const wall = ms + minutes * 60_000;
          const bucketStart = Math.floor(wall / step) * step - minutes * 60_000;
          expected.set(bucketStart, (expected.get(bucketStart) ?? 0) + 1);
        }
        const local = await collect(
          userId,
          `types=heart_rate&${range}&resolution=${resolution}&tz=local&limit=1000`,
        );
        // Small pages cross the scan's windows at other places: the same buckets.
        const paged = await collect(
          userId,
          `types=heart_rate&${range}&resolution=${resolution}&tz=local&limit=37`,
        );
        expect(paged.map((b) => b.timestamp)).toEqual(local.map((b) => b.timestamp));
        expect([resolution, local.length]).toEqual([resolution, expected.size]);
        expect(local.map((b) => [Date.parse(b.timestamp), b.count])).toEqual(
          [...expected.entries()].sort((a, b) => a[0] - b[0]),
        );
        expect(local.every((b) => b.zone_offset === offset)).toBe(true);
        expect(local.every((b) => Date.parse(b.end_timestamp) - Date.parse(b.timestamp) === step)).toBe(true);

        // Where the offset is a whole number of buckets, the UTC buckets are the same ones, shifted.
        const aligned = (minutes * 60) % seconds === 0;
        const utc = aligned
          ? await collect(userId, `types=heart_rate&${range}&resolution=${resolution}&limit=1000`)
          : local;
        expect(utc.map((b) => [Date.parse(b.timestamp), b.count])).toEqual(
          local.map((b) => [Date.parse(b.timestamp), b.count]),
        );
      }
    },
  );
});
