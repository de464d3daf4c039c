import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal.js';
import { AppError } from '../../common/errors/app-error.js';
import { UsersService } from '../users/users.service.js';
import { decodeCursor, encodeCursor, isKeyTuple, type Pagination } from './cursor.js';
import { type SourceRow, sourceMetadata } from './dto/common.dto.js';
import type {
  ActivitySummaryDto,
  ActivitySummaryPageDto,
  BodyMetricDto,
  BodySummaryDto,
  BodySummaryPageDto,
  MetricSourcesDto,
  SleepSummaryDto,
  SleepSummaryPageDto,
  SummariesQueryDto,
  SummaryMetadataDto,
} from './dto/summaries.dto.js';
import { SourcePriorityService } from './source-priority.service.js';
import {
  type ContributionRow,
  type DayWindow,
  SLICE_MINUTES,
  type SleepSessionRow,
  SummariesRepository,
} from './summaries.repository.js';
import { addDays, daysBetween, formatOffset, isDate, localDayStart, offsetMinutes } from './time.js';
import { ACTIVITY_GROUPS, BODY_METRICS } from './summary-metrics.js';
import { UserSourcesRepository } from './user-sources.repository.js';

const BODY_UNITS: Record<(typeof BODY_METRICS)[number], string> = {
  weight: 'kg',
  height: 'cm',
  body_fat_percentage: '%',
  body_mass_index: 'kg/m2',
  body_temperature: 'degC',
  blood_pressure_systolic: 'mmHg',
  blood_pressure_diastolic: 'mmHg',
  resting_heart_rate: 'bpm',
  heart_rate_variability_sdnn: 'ms',
  heart_rate_variability_rmssd: 'ms',
};

/** Metrics whose records say where the user is; used to find the last known offset. */
const OFFSET_PROBES = ['steps', 'heart_rate', 'active_energy', 'weight'];

const PRIORITY_RULE = `Per ${SLICE_MINUTES}-minute slice and figure, only the best-ranked source with data counts; rank = device type, then provider, then the older source (PUT /api/v1/applications/{app_id}/source-priority). Local day = each record's zone offset, else the user's last known offset, else UTC.`;

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

interface DayPage {
  window: DayWindow;
  days: string[];
  pagination: Pagination;
}

@Injectable()
export class SummariesService {
  constructor(
    private readonly users: UsersService,
    private readonly summaries: SummariesRepository,
    private readonly sources: UserSourcesRepository,
    private readonly priorities: SourcePriorityService,
  ) {}

  async activity(
    principal: Principal,
    userId: string,
    query: SummariesQueryDto,
  ): Promise<ActivitySummaryPageDto> {
    const { order, page, rankedSources } = await this.prepare(principal, userId, query, 'activity');
    const groups = ACTIVITY_GROUPS.flatMap((g) => g.metrics.map((metric) => ({ metric, key: g.key })));
    const [sources, rows, heartRate] = await Promise.all([
      rankedSources(),
      this.summaries.activityContributions(userId, groups, page.window, order),
      this.summaries.heartRateByDay(userId, page.window),
    ]);
    const byDay = new Map<string, ContributionRow[]>();
    for (const row of rows) byDay.set(row.local_date, [...(byDay.get(row.local_date) ?? []), row]);
    const hrByDay = new Map(heartRate.map((h) => [h.local_date, h]));

    const data: ActivitySummaryDto[] = [];
    for (const day of page.days) {
      const contributions = byDay.get(day) ?? [];
      const hr = hrByDay.get(day);
      if (contributions.length === 0 && !hr) continue;
      const figures = new Map<string, MetricSourcesDto>();
      for (const group of ACTIVITY_GROUPS) {
        const parts = contributions.filter((c) => c.key === group.key);
        if (parts.length === 0) continue;
        const contributors = parts
          .map((p) => {
            const source = sources.get(p.data_source_id);
            return {
              source: sourceMetadata(source, p.data_source_id),
              rank: Number(source?.rank ?? 0),
              value: round(p.value, 3),
            };
          })
          .sort((a, b) => a.rank - b.rank);
        figures.set(group.key, {
          metric: group.key,
          unit: group.unit,
          value: round(
            parts.reduce((sum, p) => sum + p.value, 0),
            3,
          ),
          contributors,
        });
      }
      const value = (key: string, digits = 1) => {
        const figure = figures.get(key);
        return figure ? round(figure.value, digits) : null;
      };
      const active = value('active_energy');
      const basal = value('basal_energy');
      const steps = figures.get('steps');
      // The day's offset: what most of its counted data had, steps first.
      const offsetRow = contributions.find((c) => c.key === 'steps') ?? contributions[0];
      data.push({
        date: day,
        zone_offset: offsetRow
          ? formatOffset(Math.round(offsetRow.off_seconds / 60))
          : page.window.fallbackOffset,
        source: steps ? steps.contributors[0]!.source : null,
        steps: steps ? Math.round(steps.value) : null,
        distance_meters: value('distance'),
        cycling_distance_meters: value('cycling_distance'),
        floors_climbed: value('floors', 0),
        active_calories_kcal: active,
        basal_calories_kcal: basal,
        total_calories_kcal:
          value('total_energy') ??
          (active !== null || basal !== null ? round((active ?? 0) + (basal ?? 0)) : null),
        active_minutes: value('exercise_time', 0),
        heart_rate: hr
          ? { avg_bpm: round(hr.avg), min_bpm: hr.min, max_bpm: hr.max, sample_count: Number(hr.n) }
          : null,
        sources: [...figures.values()],
      });
    }
    return { data, pagination: page.pagination, metadata: this.metadata(query, page) };
  }

  async sleep(principal: Principal, userId: string, query: SummariesQueryDto): Promise<SleepSummaryPageDto> {
    const { order, page, rankedSources } = await this.prepare(principal, userId, query, 'sleep');
    const [sources, sessions] = await Promise.all([
      rankedSources(),
      this.summaries.sleepSessions(userId, page.window, order),
    ]);
    const byDay = new Map<string, SleepSessionRow[]>();
    for (const s of sessions) byDay.set(s.local_date, [...(byDay.get(s.local_date) ?? []), s]);

    // Per night, the best-ranked source with a main (non-nap) primary session counts; else the best with a nap.
    const nights = new Map<
      string,
      { counted: SleepSessionRow[]; main: SleepSessionRow | null; all: SleepSessionRow[] }
    >();
    for (const day of page.days) {
      const all = (byDay.get(day) ?? []).filter((s) => s.is_primary);
      if (all.length === 0) continue;
      const best = (rows: SleepSessionRow[]) =>
        rows.reduce((a, b) => (Number(b.rank) < Number(a.rank) ? b : a)).data_source_id;
      const mains = all.filter((s) => !s.is_nap);
      const winner = best(mains.length > 0 ? mains : all);
      const counted = all.filter((s) => s.data_source_id === winner);
      const main = counted
        .filter((s) => !s.is_nap)
        .reduce<SleepSessionRow | null>(
          (a, b) => (a === null || b.duration_seconds > a.duration_seconds ? b : a),
          null,
        );
      nights.set(day, { counted, main, all });
    }

    // Vitals of the night: inside the main sleep, and the platform's resting heart rate of the day of waking.
    const fallback = offsetMinutes(page.window.fallbackOffset) ?? 0;
    const windows = [...nights.entries()].flatMap(([day, night]) => {
      if (!night.main) return [];
      const m = night.main;
      const dayStart = localDayStart(day, offsetMinutes(m.zone_offset) ?? fallback);
      const inside = (metric: string) => ({ tag: day, metric, from: m.start_at, to: m.end_at });
      return [
        inside('heart_rate'),
        inside('heart_rate_variability_sdnn'),
        inside('heart_rate_variability_rmssd'),
        inside('respiratory_rate'),
        inside('oxygen_saturation'),
        {
          tag: day,
          metric: 'resting_heart_rate',
          from: dayStart,
          to: new Date(dayStart.getTime() + 86_400_000),
        },
      ];
    });
    const vitals = await this.summaries.windowAggregates(userId, windows);
    const vital = (day: string, metric: string) =>
      vitals.find((v) => v.tag === day && v.metric === metric) ?? null;
    const avg = (day: string, metric: string) => {
      const v = vital(day, metric);
      return v?.avg === null || v?.avg === undefined ? null : round(v.avg);
    };

    const minutes = (seconds: number) => Math.round(seconds / 60);
    const data: SleepSummaryDto[] = [...nights.entries()].map(([day, night]) => {
      const main = night.main;
      const naps = night.counted.filter((s) => s.is_nap);
      const sum = (rows: SleepSessionRow[], pick: (s: SleepSessionRow) => number) =>
        rows.reduce((n, s) => n + pick(s), 0);
      const inMain = main ? [main] : [];
      const ranked = [...new Map(night.all.map((s) => [s.data_source_id, s])).values()].sort(
        (a, b) => Number(a.rank) - Number(b.rank),
      );
      const counted = night.counted[0]!.data_source_id;
      return {
        date: day,
        source: sourceMetadata(sources.get(counted), counted),
        start_time: main?.start_at.toISOString() ?? null,
        end_time: main?.end_at.toISOString() ?? null,
        zone_offset: main?.zone_offset ?? null,
        duration_minutes: minutes(sum(inMain, (s) => s.total_sleep_seconds)),
        total_duration_minutes: minutes(sum(night.counted, (s) => s.total_sleep_seconds)),
        time_in_bed_minutes: minutes(sum(inMain, (s) => s.time_in_bed_seconds)),
        efficiency_percent:
          main && main.time_in_bed_seconds > 0
            ? round((main.total_sleep_seconds / main.time_in_bed_seconds) * 100)
            : null,
        stages: {
          awake_minutes: minutes(sum(inMain, (s) => s.awake_seconds)),
          light_minutes: minutes(sum(inMain, (s) => s.light_seconds)),
          deep_minutes: minutes(sum(inMain, (s) => s.deep_seconds)),
          rem_minutes: minutes(sum(inMain, (s) => s.rem_seconds)),
          asleep_minutes: minutes(sum(inMain, (s) => s.asleep_seconds)),
        },
        nap_count: naps.length,
        nap_duration_minutes: minutes(sum(naps, (s) => s.total_sleep_seconds)),
        sessions: night.counted.map((s) => ({
          id: s.id,
          start_time: s.start_at.toISOString(),
          end_time: s.end_at.toISOString(),
          zone_offset: s.zone_offset,
          duration_minutes: minutes(s.duration_seconds),
          is_nap: s.is_nap,
        })),
        avg_heart_rate_bpm: avg(day, 'heart_rate'),
        min_heart_rate_bpm: vital(day, 'heart_rate')?.min ?? null,
        resting_heart_rate_bpm: avg(day, 'resting_heart_rate'),
        avg_hrv_sdnn_ms: avg(day, 'heart_rate_variability_sdnn'),
        avg_hrv_rmssd_ms: avg(day, 'heart_rate_variability_rmssd'),
        avg_respiratory_rate: avg(day, 'respiratory_rate'),
        avg_spo2_percent: avg(day, 'oxygen_saturation'),
        sources: ranked.map((s) => ({
          source: sourceMetadata(sources.get(s.data_source_id), s.data_source_id),
          rank: Number(s.rank),
          counted: s.data_source_id === counted,
        })),
      };
    });
    return { data, pagination: page.pagination, metadata: this.metadata(query, page) };
  }

  async body(principal: Principal, userId: string, query: SummariesQueryDto): Promise<BodySummaryPageDto> {
    const { order, page, rankedSources } = await this.prepare(principal, userId, query, 'body');
    const [sources, rows] = await Promise.all([
      rankedSources(),
      this.summaries.bodyByDay(userId, [...BODY_METRICS], page.window, order),
    ]);
    const byDay = new Map<string, BodySummaryDto>();
    for (const day of page.days) {
      const dayRows = rows.filter((r) => r.local_date === day);
      if (dayRows.length === 0) continue;
      const item = { date: day } as BodySummaryDto;
      for (const metric of BODY_METRICS) {
        const row = dayRows.find((r) => r.metric === metric);
        item[metric] = row
          ? ({
              unit: BODY_UNITS[metric],
              latest: row.latest,
              latest_at: row.latest_at.toISOString(),
              average: round(row.avg, 2),
              min: row.min,
              max: row.max,
              count: Number(row.n),
              source: sourceMetadata(sources.get(row.data_source_id), row.data_source_id),
            } satisfies BodyMetricDto)
          : null;
      }
      byDay.set(day, item);
    }
    return { data: [...byDay.values()], pagination: page.pagination, metadata: this.metadata(query, page) };
  }

  private async prepare(principal: Principal, userId: string, query: SummariesQueryDto, kind: string) {
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
      new Map((await this.sources.listRanked(userId, order)).map((s) => [s.id, s] as [string, SourceRow]));
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

  private metadata(query: SummariesQueryDto, page: DayPage): SummaryMetadataDto {
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
