import { Injectable } from '@nestjs/common';
import type { Principal } from '../../../common/auth/principal.js';
import { sourceMetadata } from '../common.dto.js';
import type {
  ActivitySummaryDto,
  ActivitySummaryPageDto,
  MetricSourcesDto,
  SummariesQueryDto,
} from './summaries.dto.js';
import { type ContributionRow, SummariesRepository } from './summaries.repository.js';
import { round, SummaryDays } from './summary-days.js';
import { formatOffset } from '../../../common/time/local-time.js';
import { ACTIVITY_GROUPS } from './summary-metrics.js';

/** Per local day: steps, energy, distance and the other activity figures, each counted once across sources. */
@Injectable()
export class ActivitySummaryService {
  constructor(
    private readonly days: SummaryDays,
    private readonly summaries: SummariesRepository,
  ) {}

  async activity(
    principal: Principal,
    userId: string,
    query: SummariesQueryDto,
  ): Promise<ActivitySummaryPageDto> {
    const { order, page, rankedSources } = await this.days.prepare(principal, userId, query, 'activity');
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
    return { data, pagination: page.pagination, metadata: this.days.metadata(query, page) };
  }
}
