import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Counts of one collection of a batch. */
export class WebhookCollectionCountsDto {
  received: number;
  inserted: number;
  updated: number;
  duplicate: number;
  rejected: number;
}

export class SyncCountsDto {
  @ApiProperty({ type: WebhookCollectionCountsDto }) records: WebhookCollectionCountsDto;
  @ApiProperty({ type: WebhookCollectionCountsDto }) sleep: WebhookCollectionCountsDto;
  @ApiProperty({ type: WebhookCollectionCountsDto }) workouts: WebhookCollectionCountsDto;
  /** Deletions received and applied. */
  @ApiProperty({ example: { received: 0, applied: 0, rejected: 0 } })
  deleted: { received: number; applied: number; rejected: number };
}

export class TimeRangeDto {
  @ApiProperty({ format: 'date-time' }) start: string;
  @ApiProperty({ format: 'date-time' }) end: string;
}

export class SyncCompletedDataDto {
  @ApiProperty({ format: 'uuid' }) user_id: string;
  @ApiProperty({ format: 'uuid' }) batch_id: string;
  @ApiProperty({ example: 'apple' }) provider: string;
  @ApiProperty({ type: SyncCountsDto }) counts: SyncCountsDto;
  /** Catalogue codes of the metrics the batch stored samples of (sleep and workouts are counted in `counts`). */
  @ApiProperty({ type: [String], example: ['heart_rate', 'steps'] }) metrics: string[];
  /** Earliest start and latest end of what the batch stored; null when it stored nothing. */
  @ApiProperty({ type: TimeRangeDto, nullable: true }) time_range: TimeRangeDto | null;
}

export class SyncQuarantinedDataDto {
  @ApiProperty({ format: 'uuid' }) user_id: string;
  @ApiProperty({ format: 'uuid' }) batch_id: string;
  @ApiProperty({ type: String, nullable: true, example: 'apple' }) provider: string | null;
  /** Why the batch was kept aside instead of stored. */
  reason: string;
}

export const SUMMARY_KINDS = ['activity', 'sleep', 'body'] as const;
export type SummaryKind = (typeof SUMMARY_KINDS)[number];

export class SummaryDayDto {
  @ApiProperty({ format: 'date', example: '2026-11-20' }) local_date: string;
  @ApiProperty({ enum: SUMMARY_KINDS, isArray: true }) kinds: SummaryKind[];
}

export class SummaryUpdatedDataDto {
  @ApiProperty({ format: 'uuid' }) user_id: string;
  /** The user's local days whose daily summaries may have changed, oldest first. */
  @ApiProperty({ type: [SummaryDayDto] }) days: SummaryDayDto[];
}

export class UserCreatedDataDto {
  @ApiProperty({ format: 'uuid' }) user_id: string;
  @ApiProperty({ type: String, nullable: true }) external_user_id: string | null;
}

export class UserDeletedDataDto {
  @ApiProperty({ format: 'uuid' }) user_id: string;
}

export class ConnectionCreatedDataDto {
  @ApiProperty({ format: 'uuid' }) user_id: string;
  @ApiProperty({ example: 'apple' }) provider: string;
  /** True when a sync brought back a connection that had been revoked (by sign-out or an operator). */
  reactivated: boolean;
}

/** `sdk_sign_out`: the user's SDK token; `operator`: an operator or the application's own credentials. */
export const CONNECTION_REVOKED_REASONS = ['sdk_sign_out', 'operator'] as const;

export class ConnectionRevokedDataDto {
  @ApiProperty({ format: 'uuid' }) user_id: string;
  @ApiProperty({ type: String, nullable: true, example: 'apple' }) provider: string | null;
  @ApiProperty({ enum: CONNECTION_REVOKED_REASONS }) reason: (typeof CONNECTION_REVOKED_REASONS)[number];
}

export class ImportTotalsDto {
  /** Elements read from the file. */
  @ApiProperty() seen: number;
  /** Rows written: new, or changed since an earlier import. */
  @ApiProperty() stored: number;
  /** Already held: an earlier import of the same history, or the SDK's copy of the same reading. */
  @ApiProperty() duplicate: number;
  @ApiProperty() rejected: number;
}

export class ImportCompletedDataDto {
  @ApiProperty({ format: 'uuid' }) user_id: string;
  @ApiProperty({ format: 'uuid' }) import_id: string;
  @ApiProperty({ example: 'apple_health' }) kind: string;
  @ApiProperty({ type: ImportTotalsDto }) totals: ImportTotalsDto;
}

export class ImportFailedDataDto {
  @ApiProperty({ format: 'uuid' }) user_id: string;
  @ApiProperty({ format: 'uuid' }) import_id: string;
  @ApiProperty({ example: 'apple_health' }) kind: string;
  @ApiProperty({ example: 'The zip holds no apple_health_export/export.xml.' }) error: string;
  @ApiProperty({ type: ImportTotalsDto, description: 'What was stored before the failure stays stored.' })
  totals: ImportTotalsDto;
}

export class WebhookTestDataDto {
  @ApiProperty({ format: 'uuid' }) endpoint_id: string;
  message: string;
}

export class WebhookDisabledDataDto {
  @ApiProperty({ format: 'uuid' }) endpoint_id: string;
  @ApiProperty({ example: 'failing' }) reason: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String }) failing_since: string | null;
}
