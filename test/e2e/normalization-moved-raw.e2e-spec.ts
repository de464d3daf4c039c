import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedTenant, seedUser, type SeededApplication } from '../factories.js';
import { startTestApp, TestApp } from '../setup/test-app.js';
import { hcRecord, rows } from './normalization-helpers.js';

const syncPath = (userId: string) => `/api/v1/sdk/users/${userId}/sync`;

/** A Health Connect record of a type no mapping knows, so it is kept as a raw record; lasts five minutes. */
const unknownRecord = (id: string, minute: number, type = 'SOMETHING_NEW') =>
  hcRecord({
    id,
    type,
    start: `2026-04-10T07:${String(minute).padStart(2, '0')}:00Z`,
    end: `2026-04-10T07:${String(minute + 5).padStart(2, '0')}:00Z`,
    value: 3,
    unit: 'zz',
  });

const at = (minute: number) => new Date(`2026-04-10T07:${String(minute).padStart(2, '0')}:00Z`);

describe('Moved unknown-type records (raw_records)', () => {
  let t: TestApp;
  let app: SeededApplication;
  // One tenant, a fresh user per test: operator logins are rate limited.
  const newUser = () => seedUser(t, app);
  // Every push gets its own syncTimestamp: an identical body would be answered from the journal, not normalized.
  let pushes = 0;

  beforeAll(async () => {
    t = await startTestApp();
    ({ app } = await seedTenant(t));
  });
  afterAll(async () => {
    await t.close();
  });

  async function sync(userId: string, records: unknown[]) {
    pushes++;
    const response = await t.http
      .post(syncPath(userId))
      .set(app.auth)
      .send({
        provider: 'google',
        sdkVersion: '0.11.0',
        syncTimestamp: new Date(Date.UTC(2026, 3, 11, 0, 0, pushes)).toISOString(),
        data: { records },
      })
      .expect(202);
    expect(response.headers['idempotent-replayed']).toBe('false');
    return response.body as {
      batch_id: string;
      inserted: number;
      updated: number;
      duplicate: number;
      collections: { records: Record<string, number> };
    };
  }

  const rawRecords = (userId: string) =>
    rows<{
      record_id: string;
      vendor_type: string;
      start_at: Date;
      end_at: Date;
      deleted: boolean;
      batch_id: string;
    }>(
      t,
      `SELECT record_id, vendor_type, start_at, end_at, deleted_at IS NOT NULL AS deleted, batch_id
         FROM raw_records WHERE user_id = $1 ORDER BY record_id, vendor_type, start_at`,
      [userId],
    );

  it('tombstones the stale row when a record keeps its id but moves, and reports it as updated', async () => {
    const userId = await newUser();
    const first = await sync(userId, [unknownRecord('moved', 10)]);
    expect(first.collections.records).toMatchObject({ inserted: 1, updated: 0, duplicate: 0, unknown: 1 });

    const second = await sync(userId, [unknownRecord('moved', 12)]);
    expect(second.collections.records).toEqual({
      received: 1,
      inserted: 0,
      updated: 1,
      duplicate: 0,
      rejected: 0,
      unknown: 1,
    });
    expect(second).toMatchObject({ inserted: 0, updated: 1, duplicate: 0 });
    expect(await rawRecords(userId)).toEqual([
      {
        record_id: 'moved',
        vendor_type: 'SOMETHING_NEW',
        start_at: at(10),
        end_at: at(15),
        deleted: true,
        batch_id: second.batch_id,
      },
      {
        record_id: 'moved',
        vendor_type: 'SOMETHING_NEW',
        start_at: at(12),
        end_at: at(17),
        deleted: false,
        batch_id: second.batch_id,
      },
    ]);
  });

  it('counts an identical re-send as a duplicate and changes nothing, before and after a move', async () => {
    const userId = await newUser();
    await sync(userId, [unknownRecord('same', 10)]);
    const stored = await rawRecords(userId);
    const resent = await sync(userId, [unknownRecord('same', 10)]);
    expect(resent.collections.records).toMatchObject({ inserted: 0, updated: 0, duplicate: 1 });
    expect(await rawRecords(userId)).toEqual(stored);

    await sync(userId, [unknownRecord('same', 12)]);
    const moved = await rawRecords(userId);
    expect(moved.map((r) => [r.start_at, r.deleted])).toEqual([
      [at(10), true],
      [at(12), false],
    ]);
    const again = await sync(userId, [unknownRecord('same', 12)]);
    expect(again.collections.records).toMatchObject({ inserted: 0, updated: 0, duplicate: 1 });
    expect(await rawRecords(userId)).toEqual(moved);
  });

  it('keeps both versions when one batch carries a record id at two intervals', async () => {
    const userId = await newUser();
    const result = await sync(userId, [unknownRecord('twice', 10), unknownRecord('twice', 20)]);
    expect(result.collections.records).toMatchObject({ inserted: 2, updated: 0, duplicate: 0 });
    expect((await rawRecords(userId)).map((r) => [r.start_at, r.deleted])).toEqual([
      [at(10), false],
      [at(20), false],
    ]);
  });

  it('leaves records with another id, or the same id under another type, alone', async () => {
    const userId = await newUser();
    await sync(userId, [unknownRecord('a', 10), unknownRecord('shared', 30, 'OTHER_NEW')]);

    const others = await sync(userId, [unknownRecord('b', 12), unknownRecord('shared', 32)]);
    expect(others.collections.records).toMatchObject({ inserted: 2, updated: 0, duplicate: 0 });

    const movedB = await sync(userId, [unknownRecord('b', 14)]);
    expect(movedB.collections.records).toMatchObject({ inserted: 0, updated: 1, duplicate: 0 });
    expect(
      (await rawRecords(userId)).map((r) => [r.record_id, r.vendor_type, r.start_at, r.deleted]),
    ).toEqual([
      ['a', 'SOMETHING_NEW', at(10), false],
      ['b', 'SOMETHING_NEW', at(12), true],
      ['b', 'SOMETHING_NEW', at(14), false],
      ['shared', 'OTHER_NEW', at(30), false],
      ['shared', 'SOMETHING_NEW', at(32), false],
    ]);
  });
});
