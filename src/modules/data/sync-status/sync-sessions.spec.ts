import { describe, expect, it } from '@jest/globals';
import { sessionView } from './sync-sessions.js';
import type { SessionRow } from './sync-status.repository.js';

const row = (over: Partial<SessionRow>): SessionRow => ({
  id: 's-1',
  provider: 'apple',
  sync_type: 'historical',
  started_at: new Date('2026-04-10T07:00:00Z'),
  last_activity_at: new Date('2026-04-10T07:05:00Z'),
  batches: 3,
  items: 4000,
  rejections: 2,
  quarantined_batches: 0,
  milestones: null,
  ...over,
});

const start = (...types: string[]) => ({
  eventType: 'historical_data_sync_start',
  dataTypeCounts: types.map((type) => ({ type, count: 0 })),
});
const end = (dataType: string, success: boolean, extra: Record<string, unknown> = {}) => ({
  eventType: 'historical_data_type_sync_end',
  dataType,
  success,
  ...extra,
});

describe('sessionView', () => {
  it('is finished when every announced type ended successfully', () => {
    const view = sessionView(
      row({ milestones: [start('HR', 'STEPS'), end('HR', true), end('STEPS', true)] }),
    );
    expect(view).toMatchObject({ finished: true, errors: 0, sync_type: 'historical', items: 4000 });
  });

  it('is unfinished while an announced type has not ended, or ended with success:false', () => {
    expect(sessionView(row({ milestones: [start('HR', 'STEPS'), end('HR', true)] })).finished).toBe(false);
    const failed = sessionView(
      row({
        milestones: [
          start('HR'),
          end('HR', false, { errorCode: 'HK_TIMEOUT', errorMessage: 'query timed out', timeRange: {} }),
        ],
      }),
    );
    expect(failed).toMatchObject({
      finished: false,
      errors: 1,
      error_details: [{ data_type: 'HR', error_code: 'HK_TIMEOUT', error_message: 'query timed out' }],
    });
  });

  it('counts a later successful end of the same type as recovery, and needs some end without a start', () => {
    expect(sessionView(row({ milestones: [start('HR'), end('HR', false), end('HR', true)] })).finished).toBe(
      true,
    );
    expect(sessionView(row({ milestones: [] })).finished).toBe(false);
    expect(sessionView(row({ milestones: [end('SLEEP', true)] })).finished).toBe(true);
  });

  it('treats a session without a type as live, and live sessions as finished', () => {
    expect(sessionView(row({ sync_type: null }))).toMatchObject({ sync_type: 'live', finished: true });
  });
});
