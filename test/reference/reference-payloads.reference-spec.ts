import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { seedTenant, seedUser, type SeededApplication } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';

/**
 * Replays the reference corpus kept beside the repository (bodies copied or reconstructed from the peer's SDKs and
 * server) through the real HTTP server. Not part of `npm test`: `npm run test:reference` runs it, and the script
 * refuses to run without the folder in CI.
 */
const REFERENCE_DIR = process.env.WEARBRIDGE_REFERENCE_PAYLOADS!;

interface Body {
  provider?: unknown;
  data?: { records?: unknown[]; sleep?: unknown[]; workouts?: unknown[] };
  events?: unknown[];
}

const corpus = readdirSync(REFERENCE_DIR, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ file, body: JSON.parse(readFileSync(path.join(REFERENCE_DIR, file), 'utf8')) as Body }));
const syncBodies = corpus.filter(
  ({ body }) => typeof body.provider === 'string' && typeof body.data === 'object',
);
const logBodies = corpus.filter(({ body }) => Array.isArray(body.events));

describe('Reference payloads replayed through the API', () => {
  let t: TestApp;
  let app: SeededApplication;
  beforeAll(async () => {
    t = await startTestApp();
    ({ app } = await seedTenant(t));
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds sync and log bodies in the corpus', () => {
    expect(syncBodies.length).toBeGreaterThan(0);
    expect(logBodies.length).toBeGreaterThan(0);
  });

  it.each(syncBodies)(
    'stores every item of $file and duplicates none on a re-send',
    async ({ file, body }) => {
      const userId = await seedUser(t, app, { external_user_id: `reference-${file}` });
      const { records = [], sleep = [], workouts = [] } = body.data!;
      const items = records.length + sleep.length + workouts.length;
      const url = `/api/v1/sdk/users/${userId}/sync`;

      const first = await t.http.post(url).set(app.auth).send(body).expect(202);
      expect(first.body).toMatchObject({ status: 'completed', items, inserted: items, rejected: 0 });
      const again = await t.http
        .post(url)
        .set(app.auth)
        .send({ ...body, syncTimestamp: '2026-12-31T00:00:00Z' })
        .expect(202);
      expect(again.body).toMatchObject({ inserted: 0, updated: 0, duplicate: items, rejected: 0 });
    },
  );

  it.each(logBodies)('stores every event of $file', async ({ file, body }) => {
    const userId = await seedUser(t, app, { external_user_id: `reference-logs-${file}` });
    const response = await t.http
      .post(`/api/v1/sdk/users/${userId}/logs`)
      .set(app.auth)
      .send(body)
      .expect(202);
    expect(response.body).toMatchObject({ events_saved: body.events!.length, dropped_count: 0 });
  });
});
