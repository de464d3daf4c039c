import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import { SPLIT_BODY_MIN_BYTES } from '../../src/modules/ingestion/large-body.js';
import { seedTenant, seedUser, type SeededApplication } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';

const syncPath = (userId: string) => `/api/v1/sdk/users/${userId}/sync`;

/** Health Connect heart rates, one a minute, each ~330 bytes of JSON. */
function heartRates(count: number) {
  const base = Date.parse('2026-03-01T00:00:00Z');
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(base + i * 60_000).toISOString();
    return {
      id: `big-${i}`,
      type: 'HEART_RATE',
      startDate: at,
      endDate: at,
      zoneOffset: '+01:00',
      source: { appId: 'com.google.android.apps.fitness', deviceType: 'watch', recordingMethod: 'automatic' },
      value: 60 + (i % 40),
      unit: 'bpm',
      parentId: null,
      metadata: i % 9 === 0 ? { note: 'a "quoted" ] } note' } : null,
    };
  });
}

/**
 * Bodies from SPLIT_BODY_MIN_BYTES on are split into their envelope and item ranges and normalized a pass at a time
 * (large-body.ts): through the API they must store, reject and delete exactly as a body parsed whole does.
 */
describe('Sync bodies above the split size', () => {
  let t: TestApp;
  let app: SeededApplication;

  beforeAll(async () => {
    t = await startTestApp();
    ({ app } = await seedTenant(t));
  });
  afterAll(async () => {
    await t.close();
  });

  async function phone() {
    const userId = await seedUser(t, app);
    const pair = await t.http.post(`/api/v1/users/${userId}/token`).set(app.auth).expect(200);
    return { userId, auth: { Authorization: `Bearer ${pair.body.access_token as string}` } };
  }

  const ITEMS = 16_000;

  function largeBody() {
    const records: Array<Record<string, unknown>> = heartRates(ITEMS);
    records[12_345] = { ...records[12_345], startDate: '2026-02-31T00:00:00Z' };
    const text = JSON.stringify({
      provider: 'google',
      sdkVersion: '0.11.0',
      syncTimestamp: '2026-03-20T00:00:00Z',
      data: { records, sleep: [], workouts: [], deleted: [{ id: 'big-7' }, { id: 'big-15999' }] },
    });
    expect(Buffer.byteLength(text)).toBeGreaterThan(SPLIT_BODY_MIN_BYTES);
    return text;
  }

  it('stores every item, reports a rejection at its index in the whole body, and applies its deletions', async () => {
    const { userId, auth } = await phone();
    const response = await t.http
      .post(syncPath(userId))
      .set(auth)
      .set('Content-Type', 'application/json')
      .send(largeBody())
      .expect(202);
    expect(response.body).toMatchObject({
      status: 'partial',
      items: ITEMS + 2,
      inserted: ITEMS - 1,
      rejected: 1,
    });
    expect(response.body.rejections).toEqual([
      expect.objectContaining({ collection: 'records', index: 12_345 }),
    ]);
    const { rows } = await t.db.query(
      `SELECT count(*) FILTER (WHERE deleted_at IS NULL)::int AS live, count(*)::int AS all
         FROM samples WHERE user_id = $1`,
      [userId],
    );
    expect(rows[0]).toEqual({ live: ITEMS - 3, all: ITEMS - 1 });
  });

  it('gives a gzip upload of the same body the same outcome, and a re-send is a replay', async () => {
    const { userId, auth } = await phone();
    const gz = gzipSync(Buffer.from(largeBody()));
    // fetch sends the bytes as they are, with their Content-Length.
    const send = async () => {
      const response = await fetch(`${t.baseUrl}${syncPath(userId)}`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
        body: gz,
      });
      expect(response.status).toBe(202);
      return { body: (await response.json()) as Record<string, unknown> };
    };
    const first = await send();
    expect(first.body).toMatchObject({ status: 'partial', inserted: ITEMS - 1, rejected: 1 });
    const again = await send();
    expect(again.body.id).toBe(first.body.id);
  });

  it('quarantines a large body with one broken item as invalid JSON, as a body parsed whole', async () => {
    const { userId, auth } = await phone();
    const broken = largeBody().replace('"id":"big-9000"', '"id":"big-9000",,');
    const response = await t.http
      .post(syncPath(userId))
      .set(auth)
      .set('Content-Type', 'application/json')
      .send(broken)
      .expect(202);
    expect(response.body).toMatchObject({ status: 'quarantined', quarantine: { reason: 'invalid_json' } });
    expect(response.body.quarantine.detail).toMatch(/not valid JSON/);
    const { rows } = await t.db.query('SELECT count(*)::int AS n FROM samples WHERE user_id = $1', [userId]);
    expect(rows[0].n).toBe(0);
  });
});
