import { describe, expect, it } from '@jest/globals';
import { addDays, formatOffset, localDate, localDayStart, offsetMinutes, parseInstant } from './time.js';

describe('time helpers', () => {
  it('parses and formats offsets', () => {
    expect(offsetMinutes('+05:30')).toBe(330);
    expect(offsetMinutes('-04:00')).toBe(-240);
    expect(offsetMinutes(null)).toBeNull();
    expect(offsetMinutes('garbage')).toBeNull();
    expect(formatOffset(-570)).toBe('-09:30');
    expect(formatOffset(0)).toBe('+00:00');
  });

  it('finds the local day of an instant and where a local day starts', () => {
    expect(localDate(new Date('2026-03-28T23:30:00Z'), 60)).toBe('2026-03-29');
    expect(localDate(new Date('2026-03-29T03:00:00Z'), -240)).toBe('2026-03-28');
    expect(localDayStart('2026-03-29', 60).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });

  it('accepts ISO 8601, dates and Unix seconds as the peer does', () => {
    expect(parseInstant('2026-05-01')?.toISOString()).toBe('2026-05-01T00:00:00.000Z');
    expect(parseInstant('2026-05-01T10:00:00')?.toISOString()).toBe('2026-05-01T10:00:00.000Z');
    expect(parseInstant('2026-05-01T10:00:00+02:00')?.toISOString()).toBe('2026-05-01T08:00:00.000Z');
    expect(parseInstant('1777629600')?.toISOString()).toBe('2026-05-01T10:00:00.000Z');
    expect(parseInstant('yesterday')).toBeNull();
  });
});
