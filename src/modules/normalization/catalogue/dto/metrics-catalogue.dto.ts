import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class MetricDto {
  @ApiProperty({ example: 'heart_rate', description: 'Stable metric code used in read responses' })
  code: string;

  @ApiProperty({ example: 'bpm', description: 'Canonical unit every stored value is in' })
  unit: string;

  @ApiProperty({
    enum: ['sample', 'interval', 'category'],
    description: 'Instant reading, quantity over an interval, or label',
  })
  kind: 'sample' | 'interval' | 'category';

  @ApiProperty({
    enum: ['sum', 'avg', 'min', 'max', 'last'],
    description: 'How values roll up to one per day',
  })
  aggregation: 'sum' | 'avg' | 'min' | 'max' | 'last';

  @ApiProperty({ example: 20, description: 'Smallest accepted value, in `unit`' })
  min: number;

  @ApiProperty({ example: 300, description: 'Largest accepted value, in `unit`' })
  max: number;

  @ApiProperty({ example: 'heart' })
  group: string;

  @ApiProperty({ example: 'Heart rate' })
  description: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { 1: 'unspecified', 2: 'light' },
    description: 'Category metrics only: platform integer → label',
  })
  categories?: Record<string, string>;

  @ApiPropertyOptional({ example: 'energy', description: 'The Open Wearables series code when ours differs' })
  peer_code?: string;
}

export class WorkoutStatisticDto {
  @ApiProperty({ example: 'heart_rate_avg' })
  code: string;

  @ApiProperty({ example: 'bpm' })
  unit: string;

  @ApiProperty({ example: 'Average heart rate' })
  description: string;
}

export class SleepStageDto {
  @ApiProperty({ enum: ['in_bed', 'asleep', 'awake', 'light', 'deep', 'rem', 'unknown'] })
  code: string;

  @ApiProperty({ example: 'Light sleep (Apple core sleep)' })
  description: string;
}

export class MetricsCatalogueDto {
  @ApiProperty({ type: [MetricDto] })
  metrics: MetricDto[];

  @ApiProperty({ type: [WorkoutStatisticDto] })
  workout_statistics: WorkoutStatisticDto[];

  @ApiProperty({ type: [String], example: ['running', 'cycling', 'swimming'] })
  activity_types: string[];

  @ApiProperty({ type: [SleepStageDto] })
  sleep_stages: SleepStageDto[];
}
