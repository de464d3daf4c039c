import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { toQueryInstant } from '../../../common/http/calendar.js';
import { IsDate, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

export class ListAuditEventsQueryDto {
  /** Only events of this application. */
  @IsOptional()
  @IsString()
  @Matches(/^app_[0-9a-f]{32}$/, { message: 'app_id must look like app_<32 hex>' })
  app_id?: string;

  /** Only the events of this organization (members, invitations, ownership, settings); needs the admin role. */
  @IsOptional()
  @IsUUID()
  organization_id?: string;

  /** Only events of this action, e.g. `token.reuse_detected`. */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  action?: string;

  /** ISO 8601; events at or after. */
  @IsOptional()
  @Transform(toQueryInstant)
  @IsDate({ message: 'since must be an ISO 8601 date-time or Unix seconds' })
  since?: Date;

  /** ISO 8601; events before. */
  @IsOptional()
  @Transform(toQueryInstant)
  @IsDate({ message: 'until must be an ISO 8601 date-time or Unix seconds' })
  until?: Date;

  /** `next_cursor` of the previous page. */
  @IsOptional()
  @IsString()
  // 18 digits: always within bigint, so a long one is a 400 rather than an overflow in SQL.
  @Matches(/^[0-9]{1,18}$/, { message: 'cursor is invalid' })
  cursor?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit: number = 100;
}

export class AuditEventDto {
  @ApiProperty({ example: '1042' }) id: string;
  occurred_at: Date;
  @ApiProperty({ example: 'token.reuse_detected' }) action: string;
  @ApiProperty({ enum: ['operator', 'app', 'sdk', 'system', 'anonymous'] }) actor_type: string;
  @ApiPropertyOptional({ type: String, nullable: true }) actor_id: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' }) application_id: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' }) user_id: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' }) organization_id: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) subject_id: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) details: Record<string, unknown>;
}

export class CursorPaginationDto {
  @ApiPropertyOptional({ type: String, nullable: true }) next_cursor: string | null;
  has_more: boolean;
}

export class AuditEventPageDto {
  @ApiProperty({ type: [AuditEventDto] }) data: AuditEventDto[];
  pagination: CursorPaginationDto;
}
