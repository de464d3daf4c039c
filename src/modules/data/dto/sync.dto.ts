import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PaginationDto } from './common.dto.js';

export class DataSourceDto {
  id: string;
  user_id: string;
  provider: string;
  /** Peer field; on-device sources have no connection. */
  @ApiProperty({ type: String, nullable: true })
  user_connection_id: null;
  @ApiProperty({ type: String, nullable: true })
  device_model: string | null;
  @ApiProperty({ type: String, nullable: true })
  software_version: string | null;
  /** Writer app (name, else bundle/package id). */
  @ApiProperty({ type: String, nullable: true })
  source: string | null;
  device_type: string;
  @ApiProperty({ type: String, nullable: true })
  original_source_name: string | null;
  display_name: string;
  @ApiProperty({ type: String, nullable: true })
  app_id: string | null;
  @ApiProperty({ type: String, nullable: true })
  device_name: string | null;
  @ApiProperty({ type: String, nullable: true })
  device_manufacturer: string | null;
  @ApiProperty({ type: String, nullable: true })
  recording_method: string | null;
  /** Rank under the application's source priority (1 = preferred in summaries). */
  priority_rank: number;
  created_at: string;
}

export class DataSourceListDto {
  items: DataSourceDto[];
  total: number;
}

export class BatchesQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;

  /** Items per page (1–100). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 50;
}

export class BatchDto {
  batch_id: string;
  provider: string;
  /** sdk or tutorial. */
  source: string;
  @ApiProperty({ type: String, nullable: true })
  sdk_version: string | null;
  /** completed, or partial when some items were rejected. */
  status: string;
  item_count: number;
  inserted: number;
  updated: number;
  duplicate: number;
  rejected: number;
  /** Per-collection counts as normalization reported them. */
  @ApiProperty({ type: 'object', additionalProperties: true })
  counts: Record<string, unknown>;
  received_at: string;
  completed_at: string;
}

export class BatchPageMetadataDto {
  sample_count: number;
}

export class BatchPageDto {
  data: BatchDto[];
  pagination: PaginationDto;
  metadata: BatchPageMetadataDto;
}

export class MetricLagDto {
  metric: string;
  newest_sample_start: string;
  newest_sample_end: string;
  /** Seconds from the newest sample's end to now. */
  lag_seconds: number;
}

export class TelemetryEventDto {
  @ApiProperty({ type: String, nullable: true })
  event_type: string | null;
  @ApiProperty({ type: String, nullable: true })
  provider: string | null;
  @ApiProperty({ type: String, nullable: true })
  sdk_version: string | null;
  @ApiProperty({ type: String, nullable: true })
  occurred_at: string | null;
  received_at: string;
  /** The event as the SDK sent it. */
  @ApiProperty({ type: 'object', additionalProperties: true })
  payload: Record<string, unknown>;
}

export class SyncStatusDto {
  user_id: string;
  @ApiProperty({ type: String, nullable: true })
  last_synced_at: string | null;
  /** The newest batch of each provider, newest first. */
  last_batches: BatchDto[];
  /** Per metric, how far behind now its newest sample is. */
  metrics: MetricLagDto[];
  /** The latest SDK telemetry events (POST /sdk/users/{id}/logs), newest first. */
  telemetry: TelemetryEventDto[];
  generated_at: string;
}
