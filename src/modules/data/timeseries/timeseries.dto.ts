import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDate, IsIn, IsOptional } from 'class-validator';
import { METRICS } from '../../normalization/catalogue/index.js';
import { RESOLUTIONS, type Resolution } from './resolution.js';
import { PaginationDto, SourceMetadataDto } from '../common.dto.js';
import { toInstant, toList } from '../query-transforms.js';
import { CursorPageQuery } from '../../../common/http/pagination.js';

const METRIC_CODES = METRICS.map((m) => m.code);

export class TimeseriesQueryDto extends CursorPageQuery({ maxLimit: 1000, unit: 'Items' }) {
  /** Inclusive start: ISO 8601 or Unix seconds. */
  @Transform(toInstant)
  @IsDate({ message: 'start_time must be an ISO 8601 date-time or Unix seconds' })
  start_time: Date;

  /** Exclusive end: ISO 8601 or Unix seconds. */
  @Transform(toInstant)
  @IsDate({ message: 'end_time must be an ISO 8601 date-time or Unix seconds' })
  end_time: Date;

  /** Metric codes (repeat the parameter or separate with commas); all metrics when absent. */
  @IsOptional()
  @Transform(toList)
  @IsIn(METRIC_CODES, { each: true, message: 'types must hold catalogue metric codes (GET /api/v1/metrics)' })
  types?: string[];

  /** raw samples, or buckets of 1min, 5min, 15min, 1hour, 1day. */
  @IsOptional()
  @IsIn(RESOLUTIONS)
  resolution: Resolution = 'raw';

  /** Bucket alignment: UTC, or each sample's local time (its zone offset, else the user's last known one). */
  @IsOptional()
  @IsIn(['utc', 'local'])
  tz: 'utc' | 'local' = 'utc';
}

export class TimeseriesItemDto {
  /** Start of the sample or bucket (UTC). */
  timestamp: string;
  /** End of the sample or bucket (UTC, exclusive for buckets). */
  end_timestamp: string;
  /** ±HH:MM: the sample's own offset; for local buckets the offset at the bucket's first sample. Null when unknown. */
  @ApiProperty({ type: String, nullable: true })
  zone_offset: string | null;
  type: string;
  /** In `unit`; a bucket's sum, average or count (see `aggregation`). */
  value: number;
  /** Canonical unit of `value` (catalogue unit; `count` for counted category buckets). */
  unit: string;
  source: SourceMetadataDto;
  /** Category metrics: the label of a raw sample. */
  @ApiProperty({ type: String, nullable: true, required: false })
  category?: string | null;
  /** Peer compatibility: we never store provider daily totals. */
  @ApiProperty({ type: Boolean, nullable: true })
  is_daily_total: null;
  /** Buckets: sum, avg or count. */
  @ApiProperty({ required: false, enum: ['sum', 'avg', 'count'] })
  aggregation?: string;
  /** Buckets: samples (or sample parts) in the bucket. */
  @ApiProperty({ required: false })
  count?: number;
  @ApiProperty({ required: false })
  min?: number;
  @ApiProperty({ required: false })
  max?: number;
}

export class TimeseriesMetadataDto {
  @ApiProperty({ enum: RESOLUTIONS })
  resolution: string;
  tz: string;
  sample_count: number;
  start_time: string;
  end_time: string;
  /** The offset used for records that carried none (the user's last known), when local alignment needed one. */
  @ApiProperty({ type: String, nullable: true })
  fallback_zone_offset: string | null;
}

export class TimeseriesPageDto {
  data: TimeseriesItemDto[];
  pagination: PaginationDto;
  metadata: TimeseriesMetadataDto;
}
