import { describe, expect, it } from '@jest/globals';
import { isCalendarDate, parseDateTime, parseQueryInstant } from './calendar.js';

describe('calendar parsing', () => {
  it.each(['2026-02-28', '2028-02-29', '0001-01-01', '9999-12-31'])('takes the real day %s', (day) => {
    expect(isCalendarDate(day)).toBe(true);
  });

  it.each([
    '2026-02-29',
    '2026-02-31',
    '2026-11-31',
    '2100-02-29',
    '0000-01-01',
    '-000001-01-01',
    '10000-01-01',
    '+275760-09-13',
    '2026-1-1',
    '2026-13-01',
    '',
  ])('refuses %p', (day) => {
    expect(isCalendarDate(day)).toBe(false);
    expect(parseQueryInstant(day)).toBeNull();
  });

  it('parses date-times round-trip, with zones, fractions and a default zone', () => {
    expect(parseDateTime('2026-11-20T08:30:15.123+01:00')?.toISOString()).toBe('2026-11-20T07:30:15.123Z');
    expect(parseDateTime('2026-11-20 08:30')?.toISOString()).toBe('2026-11-20T08:30:00.000Z');
    expect(parseDateTime('2026-11-20T08:30', { defaultOffsetMinutes: null })).toBeNull();
    expect(parseDateTime('0001-01-01T00:00:00Z')?.getUTCFullYear()).toBe(1);
    for (const bad of [
      '2026-11-31T10:00:00Z',
      '2026-11-20T24:00:00Z',
      '2026-11-20T10:60:00Z',
      '2026-11-20T10:00:00+19:00',
    ])
      expect(parseDateTime(bad)).toBeNull();
  });

  it('reads Unix seconds only within years 0001–9999', () => {
    expect(parseQueryInstant('1777629600')?.toISOString()).toBe('2026-05-01T10:00:00.000Z');
    expect(parseQueryInstant('1e21')).toBeNull();
    expect(parseQueryInstant('12345678901234567890')).toBeNull();
    expect(parseQueryInstant('999999999999')).toBeNull();
    expect(parseQueryInstant('NaN')).toBeNull();
  });
});
