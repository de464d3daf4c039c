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
