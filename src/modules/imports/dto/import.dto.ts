import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { CursorPageQuery } from '../../../common/http/pagination.js';
import { ImportTotalsDto } from '../../webhooks/dto/webhook-events.dto.js';
import { IMPORT_KINDS, IMPORT_STATUSES, type ImportKind, type ImportStatus } from '../import.entity.js';

export class ImportTypeCountsDto extends ImportTotalsDto {}

export class ImportRejectionDto {
  /** The HealthKit type (`HKQuantityTypeIdentifierStepCount`) or the element (`Workout`, `WorkoutRoute`). */
  @ApiProperty({ example: 'HKQuantityTypeIdentifierHeartRate' }) type: string;
  @ApiProperty({ example: 'startDate is not a date' }) reason: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Line of export.xml; null when normalization refused it.',
  })
  line: number | null;
}

@ApiExtraModels(ImportTypeCountsDto)
export class ImportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) user_id: string;
  @ApiProperty({ enum: IMPORT_KINDS }) kind: ImportKind;
  @ApiProperty({
    enum: IMPORT_STATUSES,
    description:
      'uploading (the body is arriving), queued, parsing, then completed, failed (see `error`) or cancelled.',
  })
  status: ImportStatus;
  @ApiProperty({ type: String, nullable: true, example: 'export.zip' }) file_name: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'SHA-256 (hex) of the decoded upload.' })
  sha256: string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Size of the file (while uploading: Content-Length).',
  })
  bytes_total: number | null;
  @ApiProperty({ description: 'Bytes received (uploading) or parsed (parsing); compressed bytes of a zip.' })
  bytes_read: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(ImportTypeCountsDto) },
    description:
      'Per export type (HealthKit identifier, `Workout`, `ActivitySummary`…). seen − stored − duplicate − rejected ' +
      'is what an export holds but the model does not import (ActivitySummary rings, clinical records).',
    example: {
      HKQuantityTypeIdentifierStepCount: { seen: 1200, stored: 1150, duplicate: 48, rejected: 2 },
    },
  })
  by_type: Record<string, ImportTypeCountsDto>;
  @ApiProperty({ type: ImportTotalsDto }) totals: ImportTotalsDto;
  @ApiProperty({ type: [ImportRejectionDto], description: 'The first 100 rejections.' })
  rejections: ImportRejectionDto[];
  @ApiProperty() rejection_count: number;
  @ApiProperty({ type: String, nullable: true, description: 'Why the import failed.' }) error: string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) started_at: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finished_at: string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'While parsing: the time left at the rate so far, in seconds.',
  })
  estimated_seconds_left: number | null;
}

export class ImportPaginationDto {
  @ApiProperty({ type: String, nullable: true }) next_cursor: string | null;
  @ApiProperty() has_more: boolean;
}

export class ImportPageDto {
  @ApiProperty({ type: [ImportDto] }) data: ImportDto[];
  @ApiProperty({ type: ImportPaginationDto }) pagination: ImportPaginationDto;
}

export class ListImportsQueryDto extends CursorPageQuery({
  maxLimit: 100,
  defaultLimit: 20,
  unit: 'Imports',
}) {
  @IsOptional()
  @IsUUID('all', { message: 'cursor is not one this endpoint returned' })
  declare cursor?: string;
}
