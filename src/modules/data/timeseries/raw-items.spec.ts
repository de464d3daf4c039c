import { describe, expect, it } from '@jest/globals';
import { isoFromUtcText, rawItemJson } from './raw-items.js';
import type { RawSampleRow } from './timeseries.repository.js';

/** What the pg driver's Date made of the same text (postgres-date: UTC, milliseconds truncated). */
const viaDate = (text: string) => {
  const [date, time] = text.split(' ');
  const [hms, fraction = '0'] = time!.split('.');
  const ms = Math.trunc(Number(`0.${fraction}`) * 1000);
  return new Date(`${date}T${hms}.${String(ms).padStart(3, '0')}Z`).toISOString();
};

describe('isoFromUtcText', () => {
  it.each([
    '2025-06-15 00:00:00',
    '2025-06-15 23:59:59.5',
    '2025-06-15 23:59:59.05',
    '2025-06-15 23:59:59.999999',
    '2025-06-15 12:34:56.123456',
    '2024-02-29 00:00:00.001',
  ])('gives Date#toISOString() of %s', (text) => {
    expect(isoFromUtcText(text)).toBe(viaDate(text));
  });

  it('falls back to a Date outside four-digit years', () => {
    expect(isoFromUtcText('10000-01-01 00:00:00')).toBe('+010000-01-01T00:00:00.000Z');
    expect(isoFromUtcText('0044-03-15 12:00:00 BC')).toBe('-000043-03-15T12:00:00.000Z');
  });
});

describe('rawItemJson', () => {
  const source = {
    data_source_id: 'ds',
    provider: 'apple',
    source: 'A "quoted" app',
    device: null,
    device_type: 'watch',
    device_name: null,
  };
  const row = (fields: Partial<RawSampleRow>): RawSampleRow => ({
    metric: 'heart_rate',
    data_source_id: 'ds',
    value: 61.5,
    unit: 'bpm',
    category: null,
    zone_offset: '+01:00',
    utc_start: '2025-06-15 00:00:00.25',
    utc_end: '2025-06-15 00:01:00',
    k_start: '',
    k_end: '',
    ...fields,
  });

  it.each([
    row({}),
    row({ zone_offset: null, value: 0.00001 }),
    row({ value: -0, unit: 'count' }),
    row({ metric: 'sleep_analysis', category: 'asleep\n"deep"', value: 1e21 }),
  ])('writes what JSON.stringify wrote for the item object (%#)', (r) => {
    const object = {
      timestamp: viaDate(r.utc_start),
      end_timestamp: viaDate(r.utc_end),
      zone_offset: r.zone_offset,
      type: r.metric,
      value: r.value,
      unit: r.unit,
      source,
      ...(r.category !== null ? { category: r.category } : {}),
      is_daily_total: null,
    };
    expect(rawItemJson(r, JSON.stringify(source))).toBe(JSON.stringify(object));
  });
});
