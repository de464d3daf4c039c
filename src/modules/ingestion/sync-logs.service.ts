import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal.js';
import { AppError } from '../../common/errors/app-error.js';
import { isRepresentableInstant, parseDateTime } from '../../common/http/calendar.js';
import { IngestionService } from './ingestion.service.js';
import { canonicalProvider, isPlainObject, optionalSessionId } from './sync-envelope.js';
import { NewLogEvent, StoredLogEvent, SyncLogsRepository } from './sync-logs.repository.js';

/** More than any SDK sends (one start/end event plus one device_state); the rest of a request is dropped, counted. */
export const MAX_EVENTS_PER_REQUEST = 1000;

export interface LogsOutcome {
  userId: string;
  stored: number;
  dropped: number;
}

function shortString(value: unknown, max: number): string | null {
  return typeof value === 'string' && value.length > 0 ? value.slice(0, max) : null;
}

/** ISO 8601 (UTC when zoneless) or epoch milliseconds; an impossible day or year is kept as null, not stored. */
function timestamp(value: unknown): Date | null {
  if (typeof value === 'string') return parseDateTime(value);
  if (typeof value !== 'number') return null;
  const date = new Date(value);
  return isRepresentableInstant(date) ? date : null;
}

/**
 * Unlike upstream (strict schema → 400), telemetry is taken as sent: unknown event types, batteryLevel −1,
 * millisecond timestamps and the 0.8.1 fields (`syncSessionId`; `errorCode`, `errorMessage`, `timeRange` on
 * type-end events) are all kept. Only a body that is not an object with an `events` array is refused.
 */
export function parseLogEvents(body: unknown): {
  provider: string | null;
  sdkVersion: string | null;
  events: NewLogEvent[];
  dropped: number;
} {
  if (!isPlainObject(body)) throw new AppError('bad_request', 'The request body must be a JSON object.');
  if (!Array.isArray(body.events)) throw new AppError('bad_request', 'events must be an array.');
  const events: NewLogEvent[] = [];
  const sessionId = optionalSessionId(body.syncSessionId);
  let dropped = 0;
  for (const event of body.events) {
    if (!isPlainObject(event) || events.length >= MAX_EVENTS_PER_REQUEST) {
      dropped++;
      continue;
    }
    events.push({
      eventType: shortString(event.eventType, 100),
      syncSessionId: sessionId ?? optionalSessionId(event.syncSessionId),
      occurredAt: timestamp(event.timestamp),
      payload: event,
    });
  }
  return {
    provider: canonicalProvider(body.provider) ?? shortString(body.provider, 32)?.toLowerCase() ?? null,
    sdkVersion: shortString(body.sdkVersion, 64),
    events,
    dropped,
  };
}

@Injectable()
export class SyncLogsService {
  constructor(
    private readonly ingestion: IngestionService,
    private readonly logs: SyncLogsRepository,
  ) {}

  async store(principal: Principal, userId: string, body: unknown): Promise<LogsOutcome> {
    const user = await this.ingestion.resolveUser(principal, userId);
    const parsed = parseLogEvents(body);
    await this.logs.append(user.id, parsed, parsed.events);
    return { userId: user.id, stored: parsed.events.length, dropped: parsed.dropped };
  }

  /** The newest telemetry of a user, for the read API's sync status. */
  async recent(userId: string, limit = 50): Promise<StoredLogEvent[]> {
    return this.logs.recent(userId, limit);
  }
}
