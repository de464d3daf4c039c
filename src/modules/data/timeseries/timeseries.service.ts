import { Injectable } from '@nestjs/common';
import type { Principal } from '../../../common/auth/principal.js';
import { METRICS } from '../../normalization/catalogue/index.js';
import { UsersService } from '../../users/users.service.js';
import { decodeCursor, isKeyTuple, keysetPage } from '../cursor.js';
import { type DataSourceRow, sourceMetadata } from '../common.dto.js';
import type { TimeseriesItemDto, TimeseriesPageDto, TimeseriesQueryDto } from './timeseries.dto.js';
import { JsonBody } from '../json-body.js';
import { priorityOrder } from '../source-priority/priority.js';
import { rawItemJson } from './raw-items.js';
import { bucketAggregation, metricOrThrow, resolutionSeconds } from './resolution.js';
import { formatOffset } from '../../../common/time/local-time.js';
import { requireRange } from '../time.js';
import {
  type BucketKey,
  type BucketRow,
  type RawKey,
  TimeseriesRepository,
} from './timeseries.repository.js';
import { DataSourceReadsRepository } from '../data-source-reads.repository.js';

const ALL_METRICS = METRICS.map((m) => m.code);
const iso = (ms: number) => new Date(ms).toISOString();

@Injectable()
export class TimeseriesService {
  constructor(
    private readonly users: UsersService,
    private readonly series: TimeseriesRepository,
    private readonly sources: DataSourceReadsRepository,
  ) {}

  async read(
    principal: Principal,
    userId: string,
    query: TimeseriesQueryDto,
  ): Promise<TimeseriesPageDto | JsonBody<TimeseriesPageDto>> {
    requireRange(query.start_time, query.end_time, 'start_time', 'end_time');
    await this.users.getOwnership(principal, userId);
    const metrics = [...new Set(query.types && query.types.length > 0 ? query.types : ALL_METRICS)].sort();
    // Sources are looked up alongside the page (a separate tiny query), not joined per row.
    const loadSources = async () =>
      new Map(
        (await this.sources.listRanked(userId, priorityOrder())).map(
          (s) => [s.id, s] as [string, DataSourceRow],
        ),
      );
    const metadata = {
      resolution: query.resolution,
      tz: query.tz,
      start_time: query.start_time.toISOString(),
      end_time: query.end_time.toISOString(),
      fallback_zone_offset: null as string | null,
    };

    if (query.resolution === 'raw') {
      const cursor = decodeCursor<RawKey>(
        'ts-raw',
        query.cursor,
        isKeyTuple<RawKey>('instant', 'text', 'uuid', 'instant'),
      );
      const [sources, rows] = await Promise.all([
        loadSources(),
        this.series.rawPage(userId, metrics, query.start_time, query.end_time, cursor, query.limit),
      ]);
      const page = keysetPage('ts-raw', rows, query.limit, cursor, (r): RawKey => [
        r.k_start,
        r.metric,
        r.data_source_id,
        r.k_end,
      ]);
      // Up to 1,000 items: written straight to JSON text (see rawItemJson), each source's JSON once per page.
      const sourceJson = new Map<string, string>();
      const items = page.items.map((r) => {
        let source = sourceJson.get(r.data_source_id);
        if (source === undefined) {
          source = JSON.stringify(sourceMetadata(sources.get(r.data_source_id), r.data_source_id));
          sourceJson.set(r.data_source_id, source);
        }
        return rawItemJson(r, source);
      });
      return JsonBody.page<TimeseriesPageDto>(`[${items.join(',')}]`, {
        pagination: page.pagination,
        metadata: { ...metadata, sample_count: items.length },
      });
    }

    const seconds = resolutionSeconds(query.resolution);
    const byAggregation = { sum: [] as string[], avg: [] as string[], count: [] as string[] };
    for (const code of metrics) byAggregation[bucketAggregation(metricOrThrow(code))].push(code);
    const cursor = decodeCursor<BucketKey>(
      'ts-bucket',
      query.cursor,
      isKeyTuple<BucketKey>('instant', 'text', 'uuid'),
    );
    const readBuckets = async () => {
      const localFallback =
        query.tz === 'local'
          ? ((await this.sources.lastKnownOffset(userId, query.end_time, metrics)) ?? '+00:00')
          : null;
      metadata.fallback_zone_offset = localFallback;
      return this.series.bucketPage({
        userId,
        avgMetrics: byAggregation.avg,
        sumMetrics: byAggregation.sum,
        countMetrics: byAggregation.count,
        from: query.start_time,
        to: query.end_time,
        seconds,
        localFallback,
        cursor,
        limit: query.limit,
      });
    };
    const [sources, rows] = await Promise.all([loadSources(), readBuckets()]);
    const page = keysetPage('ts-bucket', rows, query.limit, cursor, (r): BucketKey => [
      r.bucket,
      r.metric,
      r.data_source_id,
    ]);
    const data = page.items.map((r) => this.bucketItem(r, seconds, query.tz === 'local', sources));
    return {
      data,
      pagination: page.pagination,
      metadata: { ...metadata, sample_count: data.reduce((n, d) => n + (d.count ?? 0), 0) },
    };
  }

  private bucketItem(
    r: BucketRow,
    seconds: number,
    local: boolean,
    sources: Map<string, DataSourceRow>,
  ): TimeseriesItemDto {
    const metric = metricOrThrow(r.metric);
    const aggregation = bucketAggregation(metric);
    const wall = Date.parse(`${r.bucket.replace(' ', 'T')}Z`);
    // A local bucket spans local wall-clock time: across a DST change its UTC length is 23 or 25 hours.
    const firstOff = local ? (r.first_off ?? 0) : 0;
    const lastOff = local ? (r.last_off ?? 0) : 0;
    const count = Number(r.n);
    return {
      timestamp: iso(wall - firstOff * 1000),
      end_timestamp: iso(wall + seconds * 1000 - lastOff * 1000),
      zone_offset: formatOffset(Math.round(firstOff / 60)),
      type: r.metric,
      value: aggregation === 'sum' ? r.total : aggregation === 'avg' ? r.mean : count,
      unit: aggregation === 'count' ? 'count' : metric.unit,
      source: sourceMetadata(sources.get(r.data_source_id), r.data_source_id),
      is_daily_total: null,
      aggregation,
      count,
      min: r.low,
      max: r.high,
    };
  }
}
