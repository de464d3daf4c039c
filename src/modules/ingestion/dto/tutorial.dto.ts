import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { SyncBatchRecord } from '../sync-batches.repository.js';
import { RejectionDto } from './sync-result.dto.js';

export class TutorialReadingDto {
  @ApiProperty({
    example: 'heartRate',
    description: 'HealthKit short name (stepCount, heartRate, sleepAnalysis, …).',
  })
  dataType: string;
  @ApiProperty({ example: 72 })
  value: number;
  @ApiPropertyOptional({ example: 'count/min' })
  unit?: string;
  @ApiProperty({ example: '2026-04-10T07:15:02Z' })
  startDate: string;
  @ApiPropertyOptional({ example: '2026-04-10T07:15:02Z' })
  endDate?: string;
}

export class TutorialSyncRequestDto {
  /** Your own id for the user (external_user_id); the user is created in the API key's application if new. */
  @ApiProperty({ example: 'user-42' })
  userId: string;
  @ApiProperty({ type: [TutorialReadingDto] })
  readings: TutorialReadingDto[];
}

export class TutorialSyncResultDto {
  /** Readings in the request. */
  received: number;
  /** Readings skipped as invalid (listed in `rejections`). */
  rejected: number;
  /** Readings stored (received − rejected). */
  stored: number;
  @ApiProperty({ format: 'uuid' })
  batch_id: string;
  @ApiProperty({ type: [RejectionDto] })
  rejections: RejectionDto[];

  static from(batch: SyncBatchRecord): TutorialSyncResultDto {
    return {
      received: batch.itemCount,
      rejected: batch.rejected,
      stored: batch.itemCount - batch.rejected,
      batch_id: batch.id,
      rejections: batch.rejections as RejectionDto[],
    };
  }
}

export class TutorialSummaryQueryDto {
  /** Newest readings returned per data type. */
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? Number(value) : value))
  @IsInt()
  @Min(1)
  @Max(1000)
  limit: number = 100;
}

export class TutorialSummaryEntryDto {
  value: number;
  unit: string | null;
  date: string;
  /** sleepAnalysis only: the stage; `value` is then the duration in minutes. */
  stage?: string;
}

export class TutorialSummaryDto {
  userId: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { $ref: '#/components/schemas/TutorialSummaryEntryDto' } },
    example: { heartRate: [{ value: 72, unit: 'bpm', date: '2026-04-10T07:15:02.000Z' }] },
  })
  summary: Record<string, TutorialSummaryEntryDto[]>;
  /** Readings stored for this user in total. */
  totalReadings: number;
}
