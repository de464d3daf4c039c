import { Injectable } from '@nestjs/common';
import type { Principal } from '../../../common/auth/principal.js';
import { sourceMetadata } from '../common.dto.js';
import type { SleepSummaryDto, SleepSummaryPageDto, SummariesQueryDto } from './summaries.dto.js';
import { type SleepSessionRow, SummariesRepository } from './summaries.repository.js';
import { round, SummaryDays } from './summary-days.js';
import { localDayStart, offsetMinutes } from '../../../common/time/local-time.js';

/** Per local day: the night (main sleep) and naps, their stages and efficiency. */
@Injectable()
export class SleepSummaryService {
  constructor(
    private readonly days: SummaryDays,
    private readonly summaries: SummariesRepository,
  ) {}

  async sleep(principal: Principal, userId: string, query: SummariesQueryDto): Promise<SleepSummaryPageDto> {
    const { order, page, rankedSources } = await this.days.prepare(principal, userId, query, 'sleep');
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
    return { data, pagination: page.pagination, metadata: this.days.metadata(query, page) };
  }
}
