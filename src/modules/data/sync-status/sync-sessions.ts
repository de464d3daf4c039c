import type { SyncSessionDto } from './sync-status.dto.js';
import type { SessionRow } from './sync-status.repository.js';

const MAX_ERROR_DETAILS = 20;

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value.slice(0, 500) : null;
}

/**
 * One session as the API shows it. A historical session is finished when every data type its start event announced
 * (`dataTypeCounts`; else every type that reported) ended with `success: true` and none failed since; a type-end with
 * `success: false` or an `errorCode` is an error (Open Wearables 0.8.1: false means "unfinished"). Live pushes are
 * complete once acknowledged.
 */
export function sessionView(row: SessionRow): SyncSessionDto {
  const milestones = row.milestones ?? [];
  const announced = new Set<string>();
  const ended = new Map<string, boolean>();
  const errors: SyncSessionDto['error_details'] = [];
  for (const event of milestones) {
    if (event.eventType === 'historical_data_sync_start' && Array.isArray(event.dataTypeCounts)) {
      for (const entry of event.dataTypeCounts) {
        const type = text((entry as Record<string, unknown> | null)?.type);
        if (type) announced.add(type);
      }
    }
    if (event.eventType !== 'historical_data_type_sync_end') continue;
    const type = text(event.dataType) ?? '';
    const failed = event.success !== true || text(event.errorCode) !== null;
    ended.set(type, !failed);
    if (failed && errors.length < MAX_ERROR_DETAILS)
      errors.push({
        data_type: type || null,
        error_code: text(event.errorCode),
        error_message: text(event.errorMessage),
      });
  }
  const syncType = row.sync_type ?? 'live';
  const expected = announced.size > 0 ? [...announced] : [...ended.keys()];
  const finished =
    syncType === 'live' ? true : expected.length > 0 && expected.every((type) => ended.get(type) === true);
  return {
    sync_session_id: row.id,
    provider: row.provider,
    sync_type: syncType,
    started_at: new Date(row.started_at).toISOString(),
    last_activity_at: new Date(row.last_activity_at).toISOString(),
    batches: row.batches,
    items: row.items,
    rejections: row.rejections,
    quarantined_batches: row.quarantined_batches,
    errors: errors.length,
    error_details: errors,
    finished,
  };
}
