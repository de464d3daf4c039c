import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Documentation of the SDK envelope; the body itself is streamed and checked by the service, not by a pipe. */
export class SyncDataDto {
  @ApiPropertyOptional({ type: 'array', items: { type: 'object' }, description: 'Samples (10 keys each).' })
  records?: unknown[];
  @ApiPropertyOptional({ type: 'array', items: { type: 'object' }, description: 'Sleep stage intervals.' })
  sleep?: unknown[];
  @ApiPropertyOptional({ type: 'array', items: { type: 'object' }, description: 'Workout sessions.' })
  workouts?: unknown[];
  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'object' },
    description: 'Tombstones `{id, type}` of records deleted on the device.',
  })
  deleted?: unknown[];
}

export class SyncRequestDto {
  @ApiProperty({ enum: ['apple', 'google', 'samsung'], description: 'Case-insensitive.' })
  provider: string;
  @ApiPropertyOptional({ example: '0.13.0' })
  sdkVersion?: string;
  @ApiPropertyOptional({ example: '2026-04-10T12:00:05Z' })
  syncTimestamp?: string;
  data: SyncDataDto;
}

export class SyncLogsRequestDto {
  @ApiPropertyOptional({ example: '0.13.0' })
  sdkVersion?: string;
  @ApiPropertyOptional({ enum: ['apple', 'google', 'samsung'] })
  provider?: string;
  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    description: 'Events as the SDK sends them (`eventType`, `timestamp`, …); unknown types are kept.',
  })
  events: unknown[];
}

export class SyncLogsResultDto {
  @ApiProperty({ example: 202 })
  status_code: number;
  @ApiProperty({ example: 'Log events stored successfully' })
  response: string;
  user_id: string;
  /** Events that were not objects, or beyond 1,000 in one request. */
  dropped_count: number;
  events_saved: number;
  records_saved: number;
  workouts_saved: number;
  sleep_saved: number;

  static of(userId: string, stored: number, dropped: number): SyncLogsResultDto {
    return {
      status_code: 202,
      response: 'Log events stored successfully',
      user_id: userId,
      dropped_count: dropped,
      events_saved: stored,
      records_saved: 0,
      workouts_saved: 0,
      sleep_saved: 0,
    };
  }
}
