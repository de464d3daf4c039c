import { describe, expect, it } from '@jest/globals';
import { parseInstant } from '../../modules/data/time.js';
import {
  addDays,
  daysBetween,
  formatOffset,
  localDate,
  localDayStart,
  offsetMillis,
  offsetMinutes,
  parseZoneOffset,
} from './local-time.js';

describe('local time', () => {
  it('parses and formats offsets', () => {
    expect(offsetMinutes('+05:30')).toBe(330);
    expect(offsetMinutes('-04:00')).toBe(-240);
    expect(offsetMinutes(null)).toBeNull();
    expect(offsetMinutes('garbage')).toBeNull();
    expect(formatOffset(-570)).toBe('-09:30');
    expect(formatOffset(0)).toBe('+00:00');
    expect(offsetMillis('+05:30:00')).toBe(330 * 60_000);
    expect(offsetMillis('garbage')).toBe(0);
  });

  it('normalises what clients send as offsets and refuses the rest', () => {
    expect(parseZoneOffset('Z')).toEqual({ ok: true, value: '+00:00' });
    expect(parseZoneOffset('-00:00')).toEqual({ ok: true, value: '+00:00' });
    expect(parseZoneOffset('+05:30:00')).toEqual({ ok: true, value: '+05:30' });
    expect(parseZoneOffset(null)).toEqual({ ok: true, value: null });
    expect(parseZoneOffset('+05:30:15')).toEqual({ ok: false });
    expect(parseZoneOffset('+19:00')).toEqual({ ok: false });
    expect(parseZoneOffset(120)).toEqual({ ok: false });
  });

  it('finds the local day of an instant and where a local day starts', () => {
    expect(localDate(new Date('2026-03-28T23:30:00Z'), '+01:00')).toBe('2026-03-29');
    expect(localDate(Date.parse('2026-03-29T03:00:00Z'), '-04:00')).toBe('2026-03-28');
    expect(localDate(new Date('2026-03-29T03:00:00Z'), null)).toBe('2026-03-29');
    expect(localDayStart('2026-03-29', 60).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3);
  });

  it('accepts ISO 8601, dates and Unix seconds as the peer does', () => {
    expect(parseInstant('2026-05-01')?.toISOString()).toBe('2026-05-01T00:00:00.000Z');
    expect(parseInstant('2026-05-01T10:00:00')?.toISOString()).toBe('2026-05-01T10:00:00.000Z');
    expect(parseInstant('2026-05-01T10:00:00+02:00')?.toISOString()).toBe('2026-05-01T08:00:00.000Z');
    expect(parseInstant('1777629600')?.toISOString()).toBe('2026-05-01T10:00:00.000Z');
    expect(parseInstant('yesterday')).toBeNull();
  });
});
