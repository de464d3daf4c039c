import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { PaginationDto } from '../common.dto.js';
import { CursorPageQuery } from '../../../common/http/pagination.js';

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

export class BatchesQueryDto extends CursorPageQuery({ maxLimit: 100, unit: 'Items' }) {}

export class BatchDto {
  batch_id: string;
  provider: string;
  /** sdk or tutorial. */
  source: string;
  @ApiProperty({ type: String, nullable: true })
  sdk_version: string | null;
  /** completed, partial when some items were rejected, quarantined when the body could not be used as a whole. */
  status: string;
  @ApiProperty({ type: String, nullable: true, description: 'Why the batch is (or was) quarantined.' })
  quarantine_reason: string | null;
  @ApiProperty({ type: String, nullable: true })
  sync_session_id: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['historical', 'live'] })
  sync_type: string | null;
  /** X-Open-Wearables-SDK-Version of the push. */
  @ApiProperty({ type: String, nullable: true })
  sdk_header_version: string | null;
  /** X-Open-Wearables-SDK-Platform of the push. */
  @ApiProperty({ type: String, nullable: true })
  sdk_platform: string | null;
  @ApiProperty({ type: String, nullable: true })
  user_agent: string | null;
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
  sync_session_id: string | null;
  @ApiProperty({ type: String, nullable: true })
  occurred_at: string | null;
  received_at: string;
  /** The event as the SDK sent it. */
  @ApiProperty({ type: 'object', additionalProperties: true })
  payload: Record<string, unknown>;
}

export class SyncSessionErrorDto {
  @ApiProperty({ type: String, nullable: true })
  data_type: string | null;
  @ApiProperty({ type: String, nullable: true })
  error_code: string | null;
  @ApiProperty({ type: String, nullable: true })
  error_message: string | null;
}

export class SyncSessionDto {
  sync_session_id: string;
  @ApiProperty({ type: String, nullable: true })
  provider: string | null;
  /** historical or live (batches without a syncType count as live). */
  @ApiProperty({ enum: ['historical', 'live'] })
  sync_type: string;
  /** The first batch or log event of the session. */
  started_at: string;
  last_activity_at: string;
  batches: number;
  items: number;
  /** Items rejected across the session's batches. */
  rejections: number;
  /** Batches kept in quarantine. */
  quarantined_batches: number;
  /** Data types whose `historical_data_type_sync_end` said success:false or carried an errorCode. */
  errors: number;
  @ApiProperty({ type: [SyncSessionErrorDto], description: 'The session’s errors, up to 20.' })
  error_details: SyncSessionErrorDto[];
  /**
   * Historical: every data type the start event announced (else every type seen) ended with success:true. Live:
   * each push is complete once acknowledged, so true.
   */
  finished: boolean;
}

export class SyncSessionsQueryDto {
  /** Sessions returned, newest activity first (1–100). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;
}

export class SyncSessionListDto {
  @ApiProperty({ type: [SyncSessionDto] })
  items: SyncSessionDto[];
  total: number;
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
  @ApiProperty({
    type: SyncSessionDto,
    nullable: true,
    description: 'The sync session with the newest activity.',
  })
  latest_session: SyncSessionDto | null;
  generated_at: string;
}
