import { Injectable } from '@nestjs/common';
import type { Principal } from '../../../common/auth/principal.js';
import { AppError } from '../../../common/errors/app-error.js';
import { UsersService } from '../../users/users.service.js';
import { decodeCursor, encodeCursor, isKeyTuple, type Pagination } from '../cursor.js';
import { type DataSourceRow } from '../common.dto.js';
import type { SummariesQueryDto, SummaryMetadataDto } from './summaries.dto.js';
import { SourcePriorityService } from '../source-priority/source-priority.service.js';
import { type DayWindow, SLICE_MINUTES } from './summaries.repository.js';
import { addDays, daysBetween } from '../../../common/time/local-time.js';
import { isDate } from '../time.js';
import { DataSourceReadsRepository } from '../data-source-reads.repository.js';

/** Metrics whose records say where the user is; used to find the last known offset. */
const OFFSET_PROBES = ['steps', 'heart_rate', 'active_energy', 'weight'];

const PRIORITY_RULE = `Per ${SLICE_MINUTES}-minute slice and figure, only the best-ranked source with data counts; rank = device type, then provider, then the older source (PUT /api/v1/applications/{app_id}/source-priority). Local day = each record's zone offset, else the user's last known offset, else UTC.`;

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** One page of days: the window to query, the days in order, the cursors. */
export interface DayPage {
  window: DayWindow;
  days: string[];
  pagination: Pagination;
}

/**
 * What every daily summary shares: the date range check, tenancy, the page of local days with its cursors, the
 * priority order and the user's fallback offset, and the response metadata.
 */
@Injectable()
export class SummaryDays {
  constructor(
    private readonly users: UsersService,
    private readonly sources: DataSourceReadsRepository,
    private readonly priorities: SourcePriorityService,
  ) {}

  async prepare(principal: Principal, userId: string, query: SummariesQueryDto, kind: string) {
    if (!isDate(query.start_date) || !isDate(query.end_date) || query.end_date < query.start_date)
      throw new AppError('validation_failed', 'end_date must be a valid date on or after start_date', {
        errors: [{ field: 'end_date', messages: ['end_date must be a valid date on or after start_date'] }],
      });
    const owner = await this.users.getOwnership(principal, userId);
    const page = this.dayPage(query, `summary-${kind}`);
    // Independent reads, concurrently: the priority override and the fallback offset, then (by the caller) the
    // ranked sources alongside the summary's own queries.
    const [order, lastOffset] = await Promise.all([
      this.priorities.orderFor(owner.applicationId),
      this.sources.lastKnownOffset(userId, page.window.to, OFFSET_PROBES),
    ]);
    page.window.fallbackOffset = lastOffset ?? '+00:00';
    const rankedSources = async () =>
      new Map(
        (await this.sources.listRanked(userId, order)).map((s) => [s.id, s] as [string, DataSourceRow]),
      );
    return { order, page: page as DayPage, rankedSources };
  }

  /** A page is a run of at most `limit` calendar days; the cursor is the first day of the next run. */
  private dayPage(query: SummariesQueryDto, kind: string): DayPage {
    const cursor = decodeCursor<[string]>(kind, query.cursor, isKeyTuple<[string]>('date'));
    const desc = query.sort_order === 'desc';
    const anchor = cursor?.key[0] ?? (desc ? query.end_date : query.start_date);
    if (!isDate(anchor) || anchor < query.start_date || anchor > query.end_date)
      throw new AppError('validation_failed', 'cursor is outside start_date..end_date', {
        errors: [{ field: 'cursor', messages: ['cursor is outside start_date..end_date'] }],
      });
    const first = desc ? maxDate(query.start_date, addDays(anchor, -(query.limit - 1))) : anchor;
    const last = desc ? anchor : minDate(query.end_date, addDays(anchor, query.limit - 1));
    const days = Array.from({ length: daysBetween(first, last) + 1 }, (_, i) => addDays(first, i));
    if (desc) days.reverse();
    const nextAnchor = desc ? addDays(first, -1) : addDays(last, 1);
    const hasNext = desc ? nextAnchor >= query.start_date : nextAnchor <= query.end_date;
    const prevAnchor = desc
      ? minDate(query.end_date, addDays(anchor, query.limit))
      : maxDate(query.start_date, addDays(anchor, -query.limit));
    const hasPrev = desc ? anchor < query.end_date : anchor > query.start_date;
    return {
      // Offsets run from −12:00 to +14:00, and interval samples may start the day before.
      window: {
        firstDay: first,
        lastDay: last,
        from: new Date(Date.parse(`${first}T00:00:00Z`) - 14 * 3_600_000 - 86_400_000),
        to: new Date(Date.parse(`${addDays(last, 1)}T00:00:00Z`) + 12 * 3_600_000),
        fallbackOffset: '+00:00',
      },
      days,
      pagination: {
        next_cursor: hasNext ? encodeCursor(kind, 'next', [nextAnchor]) : null,
        previous_cursor: hasPrev ? encodeCursor(kind, 'prev', [prevAnchor]) : null,
        has_more: hasNext,
      },
    };
  }

  metadata(query: SummariesQueryDto, page: DayPage): SummaryMetadataDto {
    return {
      start_date: query.start_date,
      end_date: query.end_date,
      fallback_zone_offset: page.window.fallbackOffset,
      priority: PRIORITY_RULE,
    };
  }
}

const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);
