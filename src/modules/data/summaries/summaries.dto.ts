import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '../../../common/http/calendar.js';
import { IsIn, IsOptional } from 'class-validator';
import { PaginationDto, SourceMetadataDto } from '../common.dto.js';
import { CursorPageQuery } from '../../../common/http/pagination.js';

export class SummariesQueryDto extends CursorPageQuery({
  maxLimit: 400,
  unit: 'Days',
  note: 'days without data are left out',
}) {
  /** First local day (YYYY-MM-DD), inclusive. */
  @ApiProperty({ format: 'date', example: '2026-03-01' })
  @IsCalendarDate({ message: 'start_date must be a real calendar day as YYYY-MM-DD' })
  start_date: string;

  /** Last local day (YYYY-MM-DD), inclusive. */
  @ApiProperty({ format: 'date', example: '2026-03-07' })
  @IsCalendarDate({ message: 'end_date must be a real calendar day as YYYY-MM-DD' })
  end_date: string;

  @IsOptional()
  @IsIn(['asc', 'desc'])
  sort_order: 'asc' | 'desc' = 'asc';
}

export class ContributorDto {
  source: SourceMetadataDto;
  /** The source's rank under the application's priority (1 = preferred). */
  rank: number;
  /** What this source counted for, in the metric's unit. */
  value: number;
}

/** How one summary figure was made: its unit, and which sources counted how much. */
export class MetricSourcesDto {
  metric: string;
  unit: string;
  value: number;
  /** Sources that counted, best-ranked first. A source missing here either had no data or was outranked in every slice. */
  contributors: ContributorDto[];
}

export class HeartRateStatsDto {
  avg_bpm: number;
  min_bpm: number;
  max_bpm: number;
  sample_count: number;
}

export class ActivitySummaryDto {
  /** Local calendar day. */
  date: string;
  /** The offset most of the day's counted data had (±HH:MM). */
  zone_offset: string;
  /** The main source of the day's steps (peer field). */
  @ApiProperty({ type: SourceMetadataDto, nullable: true })
  source: SourceMetadataDto | null;
  @ApiProperty({ type: Number, nullable: true })
  steps: number | null;
  /** Walking and running distance (and distance of unstated activity). */
  @ApiProperty({ type: Number, nullable: true })
  distance_meters: number | null;
  @ApiProperty({ type: Number, nullable: true })
  cycling_distance_meters: number | null;
  @ApiProperty({ type: Number, nullable: true })
  floors_climbed: number | null;
  @ApiProperty({ type: Number, nullable: true })
  active_calories_kcal: number | null;
  @ApiProperty({ type: Number, nullable: true })
  basal_calories_kcal: number | null;
  /** The platform's total when it reports one, else active + basal. */
  @ApiProperty({ type: Number, nullable: true })
  total_calories_kcal: number | null;
  /** Exercise minutes. */
  @ApiProperty({ type: Number, nullable: true })
  active_minutes: number | null;
  @ApiProperty({ type: HeartRateStatsDto, nullable: true })
  heart_rate: HeartRateStatsDto | null;
  /** Per figure, which sources counted (priority resolution per 15-minute slice). */
  sources: MetricSourcesDto[];
}

export class SummaryMetadataDto {
  start_date: string;
  end_date: string;
  /** Offset applied to records that carried none: the user's last known, else +00:00. */
  fallback_zone_offset: string;
  /** How sources were chosen. */
  priority: string;
}

export class ActivitySummaryPageDto {
  data: ActivitySummaryDto[];
  pagination: PaginationDto;
  metadata: SummaryMetadataDto;
}

export class SleepSessionRefDto {
  id: string;
  start_time: string;
  end_time: string;
  @ApiProperty({ type: String, nullable: true })
  zone_offset: string | null;
  duration_minutes: number;
  is_nap: boolean;
}

export class SleepSourceDto {
  source: SourceMetadataDto;
  rank: number;
  /** True for the source whose sessions make this night. */
  counted: boolean;
}

export class SleepSummaryStagesDto {
  awake_minutes: number;
  light_minutes: number;
  deep_minutes: number;
  rem_minutes: number;
  asleep_minutes: number;
}

export class SleepSummaryDto {
  /** Local day of waking up. */
  date: string;
  source: SourceMetadataDto;
  /** Main sleep (the longest non-nap session of the counted source); null when the day had only naps. */
  @ApiProperty({ type: String, nullable: true })
  start_time: string | null;
  @ApiProperty({ type: String, nullable: true })
  end_time: string | null;
  @ApiProperty({ type: String, nullable: true })
  zone_offset: string | null;
  /** Sleep in the main sleep. */
  duration_minutes: number;
  /** Sleep in the main sleep and the naps. */
  total_duration_minutes: number;
  time_in_bed_minutes: number;
  @ApiProperty({ type: Number, nullable: true })
  efficiency_percent: number | null;
  stages: SleepSummaryStagesDto;
  nap_count: number;
  nap_duration_minutes: number;
  sessions: SleepSessionRefDto[];
  /** Heart rate during the main sleep. */
  @ApiProperty({ type: Number, nullable: true })
  avg_heart_rate_bpm: number | null;
  @ApiProperty({ type: Number, nullable: true })
  min_heart_rate_bpm: number | null;
  /** The platform's resting heart rate for the day of waking. */
  @ApiProperty({ type: Number, nullable: true })
  resting_heart_rate_bpm: number | null;
  @ApiProperty({ type: Number, nullable: true })
  avg_hrv_sdnn_ms: number | null;
  @ApiProperty({ type: Number, nullable: true })
  avg_hrv_rmssd_ms: number | null;
  @ApiProperty({ type: Number, nullable: true })
  avg_respiratory_rate: number | null;
  @ApiProperty({ type: Number, nullable: true })
  avg_spo2_percent: number | null;
  /** Every source with a session that night, and which one counted. */
  sources: SleepSourceDto[];
}

export class SleepSummaryPageDto {
  data: SleepSummaryDto[];
  pagination: PaginationDto;
  metadata: SummaryMetadataDto;
}

export class BodyMetricDto {
  unit: string;
  /** The day's last reading of the counted source. */
  latest: number;
  latest_at: string;
  average: number;
  min: number;
  max: number;
  count: number;
  source: SourceMetadataDto;
}

export class BodySummaryDto {
  date: string;
  @ApiProperty({ type: BodyMetricDto, nullable: true })
  weight: BodyMetricDto | null;
  @ApiProperty({ type: BodyMetricDto, nullable: true })
  height: BodyMetricDto | null;
  @ApiProperty({ type: BodyMetricDto, nullable: true })
  body_fat_percentage: BodyMetricDto | null;
  @ApiProperty({ type: BodyMetricDto, nullable: true })
  body_mass_index: BodyMetricDto | null;
  @ApiProperty({ type: BodyMetricDto, nullable: true })
  body_temperature: BodyMetricDto | null;
  @ApiProperty({ type: BodyMetricDto, nullable: true })
  blood_pressure_systolic: BodyMetricDto | null;
  @ApiProperty({ type: BodyMetricDto, nullable: true })
  blood_pressure_diastolic: BodyMetricDto | null;
  @ApiProperty({ type: BodyMetricDto, nullable: true })
  resting_heart_rate: BodyMetricDto | null;
  @ApiProperty({ type: BodyMetricDto, nullable: true })
  heart_rate_variability_sdnn: BodyMetricDto | null;
  @ApiProperty({ type: BodyMetricDto, nullable: true })
  heart_rate_variability_rmssd: BodyMetricDto | null;
}

export class BodySummaryPageDto {
  data: BodySummaryDto[];
  pagination: PaginationDto;
  metadata: SummaryMetadataDto;
}
