import { describe, expect, it } from '@jest/globals';
import { AppError } from '../../common/errors/app-error.js';
import { decodeCursor, encodeCursor, isKeyTuple, isStringTuple, keysetPage } from './cursor.js';

const isPair = isStringTuple(2) as (k: unknown) => k is [string, string];

describe('cursor', () => {
  it('round-trips an opaque cursor', () => {
    const cursor = encodeCursor('x', 'prev', ['2026-01-01 00:00:00+00', 'id']);
    expect(cursor).not.toContain('2026');
    expect(decodeCursor('x', cursor, isPair)).toEqual({
      direction: 'prev',
      key: ['2026-01-01 00:00:00+00', 'id'],
    });
  });

  it('rejects garbage, a wrong shape and another endpoint’s cursor as a 400', () => {
    for (const bad of [
      'garbage',
      encodeCursor('x', 'next', ['only-one']),
      encodeCursor('y', 'next', ['a', 'b']),
    ]) {
      expect(() => decodeCursor('x', bad, isPair)).toThrow(AppError);
    }
    expect(decodeCursor('x', undefined, isPair)).toBeNull();
  });

  describe('keysetPage', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ k: String(i) }));
    const key = (r: { k: string }) => [r.k];

    it('trims the probe row and says there is more', () => {
      const page = keysetPage('x', rows(4), 3, null, key);
      expect(page.items).toHaveLength(3);
      expect(page.pagination.has_more).toBe(true);
      expect(page.pagination.previous_cursor).toBeNull();
      expect(decodeCursor('x', page.pagination.next_cursor!, isStringTuple(1))).toEqual({
        direction: 'next',
        key: ['2'],
      });
    });

    it('restores display order for a backward page and offers both directions', () => {
      const backward = [{ k: '5' }, { k: '4' }, { k: '3' }, { k: '2' }];
      const page = keysetPage('x', backward, 3, { direction: 'prev', key: ['6'] }, key);
      expect(page.items.map((r) => r.k)).toEqual(['3', '4', '5']);
      expect(page.pagination.has_more).toBe(true);
      expect(decodeCursor('x', page.pagination.previous_cursor!, isStringTuple(1))!.key).toEqual(['3']);
      expect(decodeCursor('x', page.pagination.next_cursor!, isStringTuple(1))!.key).toEqual(['5']);
    });

    it('ends with no next cursor on the last page', () => {
      const page = keysetPage('x', rows(2), 3, { direction: 'next', key: ['0'] }, key);
      expect(page.pagination).toMatchObject({ next_cursor: null, has_more: false });
      expect(page.pagination.previous_cursor).not.toBeNull();
    });
  });
});

describe('isKeyTuple', () => {
  const key = isKeyTuple<[string, string, string]>('instant', 'uuid', 'text');
  it('takes keys as the repositories encode them', () => {
    expect(key(['2026-11-20 08:00:00+00', '7f0c8a4e-9a61-4b8e-8d3f-2f1f8e6b1c11', 'heart_rate'])).toBe(true);
    expect(key(['2026-11-20 08:00:00.123456', '7f0c8a4e-9a61-4b8e-8d3f-2f1f8e6b1c11', 'x'])).toBe(true);
  });

  it.each([
    [['2026-02-31 08:00:00+00', '7f0c8a4e-9a61-4b8e-8d3f-2f1f8e6b1c11', 'x']],
    [['yesterday', '7f0c8a4e-9a61-4b8e-8d3f-2f1f8e6b1c11', 'x']],
    [['2026-11-20 08:00:00+00', 'not-a-uuid', 'x']],
    [['2026-11-20 08:00:00+00', '7f0c8a4e-9a61-4b8e-8d3f-2f1f8e6b1c11', 'a\u0000']],
    [['2026-11-20 08:00:00+00', '7f0c8a4e-9a61-4b8e-8d3f-2f1f8e6b1c11']],
    [[1, 2, 3]],
  ])('refuses a hand-made key %j, so the cursor is a 400', (k) => {
    expect(key(k)).toBe(false);
    const cursor = encodeCursor('kind', 'next', k);
    expect(() => decodeCursor('kind', cursor, key)).toThrow(/Invalid cursor/);
  });
});
