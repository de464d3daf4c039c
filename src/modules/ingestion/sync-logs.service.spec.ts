import { describe, expect, it } from '@jest/globals';
import { MAX_EVENTS_PER_REQUEST, parseLogEvents } from './sync-logs.service.js';

describe('parseLogEvents', () => {
  it('keeps every object event as sent, parses millisecond timestamps and counts the rest as dropped', () => {
    const parsed = parseLogEvents({
      sdkVersion: '0.11.0',
      provider: 'GOOGLE',
      events: [
        { eventType: 'device_state', timestamp: '2026-04-10T07:15:02.123Z', batteryLevel: -1 },
        { eventType: 'something_new', timestamp: 'not a time' },
        'oops',
      ],
    });
    expect(parsed.provider).toBe('google');
    expect(parsed.dropped).toBe(1);
    expect(parsed.events[0]).toMatchObject({ eventType: 'device_state', payload: { batteryLevel: -1 } });
    expect(parsed.events[0].occurredAt?.toISOString()).toBe('2026-04-10T07:15:02.123Z');
    expect(parsed.events[1]).toMatchObject({ eventType: 'something_new', occurredAt: null });
  });

  it('links events to the request syncSessionId (else their own), keeps the 0.8.1 end-event fields, folds health_connect', () => {
    const parsed = parseLogEvents({
      provider: 'health_connect',
      syncSessionId: 'sess-1',
      events: [
        {
          eventType: 'historical_data_type_sync_end',
          dataType: 'HEART_RATE',
          success: false,
          errorCode: 'HC_QUOTA',
          errorMessage: 'rate limited',
          timeRange: { startDate: '2026-03-01T00:00:00Z', endDate: '2026-04-01T00:00:00Z' },
        },
      ],
    });
    expect(parsed.provider).toBe('google');
    expect(parsed.events[0]).toMatchObject({
      syncSessionId: 'sess-1',
      payload: {
        errorCode: 'HC_QUOTA',
        errorMessage: 'rate limited',
        timeRange: { endDate: '2026-04-01T00:00:00Z' },
      },
    });
    const own = parseLogEvents({ events: [{ eventType: 'device_state', syncSessionId: 'sess-2' }, {}] });
    expect(own.events.map((e) => e.syncSessionId)).toEqual(['sess-2', null]);
  });

  it('caps the events of one request', () => {
    const parsed = parseLogEvents({ events: Array.from({ length: MAX_EVENTS_PER_REQUEST + 5 }, () => ({})) });
    expect(parsed.events).toHaveLength(MAX_EVENTS_PER_REQUEST);
    expect(parsed.dropped).toBe(5);
  });

  it('refuses a body without an events array', () => {
    expect(() => parseLogEvents({ events: 'x' })).toThrow(/events must be an array/);
    expect(() => parseLogEvents([])).toThrow(/JSON object/);
  });
});
