import { Injectable } from '@nestjs/common';
import type { Principal } from '../../../common/auth/principal.js';
import { sourceMetadata } from '../common.dto.js';
import type {
  BodyMetricDto,
  BodySummaryDto,
  BodySummaryPageDto,
  SummariesQueryDto,
} from './summaries.dto.js';
import { SummariesRepository } from './summaries.repository.js';
import { round, SummaryDays } from './summary-days.js';
import { BODY_SUMMARY_METRICS } from './summary-metrics.js';
import { getMetric } from '../../normalization/catalogue/index.js';

/** Per local day and body metric: the latest reading, average, min and max, in the catalogue's canonical unit. */
@Injectable()
export class BodySummaryService {
  constructor(
    private readonly days: SummaryDays,
    private readonly summaries: SummariesRepository,
  ) {}

  async body(principal: Principal, userId: string, query: SummariesQueryDto): Promise<BodySummaryPageDto> {
    const { order, page, rankedSources } = await this.days.prepare(principal, userId, query, 'body');
    const [sources, rows] = await Promise.all([
      rankedSources(),
      this.summaries.bodyByDay(userId, [...BODY_SUMMARY_METRICS], page.window, order),
    ]);
    const byDay = new Map<string, BodySummaryDto>();
    for (const day of page.days) {
      const dayRows = rows.filter((r) => r.local_date === day);
      if (dayRows.length === 0) continue;
      const item = { date: day } as BodySummaryDto;
      for (const metric of BODY_SUMMARY_METRICS) {
        const row = dayRows.find((r) => r.metric === metric);
        item[metric] = row
          ? ({
              unit: getMetric(metric)!.unit,
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
    return {
      data: [...byDay.values()],
      pagination: page.pagination,
      metadata: this.days.metadata(query, page),
    };
  }
}
