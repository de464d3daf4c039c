import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsDate, IsIn, IsOptional } from 'class-validator';
import { ACTIVITY_TYPES } from '../../normalization/catalogue/index.js';
import { PaginationDto, SourceMetadataDto } from '../common.dto.js';
import { toBoolean, toInstant, toList } from '../query-transforms.js';
import { CursorPageQuery } from '../../../common/http/pagination.js';

class EventsQueryDto extends CursorPageQuery({ maxLimit: 100, unit: 'Items' }) {
  /** Events starting at or after this instant (ISO 8601 or Unix seconds). */
  @Transform(toInstant)
  @IsDate({ message: 'start_date must be an ISO 8601 date-time or Unix seconds' })
  start_date: Date;

  /** Events starting before this instant (ISO 8601 or Unix seconds). */
  @Transform(toInstant)
  @IsDate({ message: 'end_date must be an ISO 8601 date-time or Unix seconds' })
  end_date: Date;
}

export class WorkoutsQueryDto extends EventsQueryDto {
  /** Activity types (repeat or comma-separate), e.g. running,cycling. */
  @IsOptional()
  @Transform(toList)
  @IsIn(ACTIVITY_TYPES as readonly string[], { each: true })
  type?: string[];

  /** Peer alias of `type` (one activity type). */
  @IsOptional()
  @Transform(toList)
  @IsIn(ACTIVITY_TYPES as readonly string[], { each: true })
  record_type?: string[];
}

export class SleepQueryDto extends EventsQueryDto {
  /** main: main sleep only; nap: naps only; absent: both. */
  @IsOptional()
  @IsIn(['main', 'nap'])
  type?: 'main' | 'nap';

  /** Keep, per night, only the sessions of the highest-priority source (the application's source priority). */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  filter_by_priority: boolean = false;
}

export class WorkoutDto {
  id: string;
  /** Unified activity type (running, cycling, …). */
  type: string;
  @ApiProperty({ type: String, nullable: true })
  name: string | null;
  start_time: string;
  end_time: string;
  @ApiProperty({ type: String, nullable: true })
  zone_offset: string | null;
  duration_seconds: number;
  source: SourceMetadataDto;
  @ApiProperty({ type: Number, nullable: true })
  calories_kcal: number | null;
  @ApiProperty({ type: Number, nullable: true })
  distance_meters: number | null;
  @ApiProperty({ type: Number, nullable: true })
  avg_heart_rate_bpm: number | null;
  @ApiProperty({ type: Number, nullable: true })
  max_heart_rate_bpm: number | null;
  @ApiProperty({ type: Number, nullable: true })
  avg_pace_sec_per_km: number | null;
  @ApiProperty({ type: Number, nullable: true })
  elevation_gain_meters: number | null;
  @ApiProperty({ type: Number, nullable: true })
  steps: number | null;
  /** The activity type exactly as the platform sent it. */
  vendor_type: string;
}

export class StatisticDto {
  type: string;
  value: number;
  /** Canonical unit; null for statistics no mapping knows (kept as sent). */
  @ApiProperty({ type: String, nullable: true })
  unit: string | null;
}

export class WorkoutDetailDto extends WorkoutDto {
  /** Every statistic in its canonical unit, then the unmapped ones as sent. */
  statistics: StatisticDto[];
  @ApiProperty({ type: String, nullable: true })
  notes: string | null;
  /** Route points as the platform sent them (lat/lon/altitude/time…). */
  @ApiProperty({ type: 'array', items: { type: 'object' }, nullable: true })
  route: unknown[] | null;
  @ApiProperty({ type: 'array', items: { type: 'object' }, nullable: true })
  laps: unknown[] | null;
  @ApiProperty({ type: 'array', items: { type: 'object' }, nullable: true })
  segments: unknown[] | null;
  @ApiProperty({ type: 'array', items: { type: 'object' }, nullable: true })
  samples: unknown[] | null;
}

export class SleepStagesDto {
  awake_minutes: number;
  light_minutes: number;
  deep_minutes: number;
  rem_minutes: number;
  /** Asleep without a stage (platforms that do not stage sleep). */
  asleep_minutes: number;
}

export class StageIntervalDto {
  /** in_bed, asleep, awake, light, deep, rem or unknown. */
  stage: string;
  start_time: string;
  end_time: string;
}

export class SleepSessionDto {
  id: string;
  start_time: string;
  end_time: string;
  @ApiProperty({ type: String, nullable: true })
  zone_offset: string | null;
  /** The local day the session ends on: the night it belongs to. */
  local_date: string;
  source: SourceMetadataDto;
  duration_seconds: number;
  sleep_duration_seconds: number;
  time_in_bed_seconds: number;
  @ApiProperty({ type: Number, nullable: true })
  efficiency_percent: number | null;
  stages: SleepStagesDto;
  sleep_stage_intervals: StageIntervalDto[];
  is_nap: boolean;
  /** False when this (in-bed only) session overlaps a staged one of another source and is not counted. */
  is_primary: boolean;
}

export class EventsMetadataDto {
  start_time: string;
  end_time: string;
  sample_count: number;
  @ApiProperty({ type: String, nullable: true })
  resolution: null;
}

export class WorkoutPageDto {
  data: WorkoutDto[];
  pagination: PaginationDto;
  metadata: EventsMetadataDto;
}

export class SleepPageDto {
  data: SleepSessionDto[];
  pagination: PaginationDto;
  metadata: EventsMetadataDto;
}
