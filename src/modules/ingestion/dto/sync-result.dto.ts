import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SyncBatchRecord } from '../sync-batches.repository.js';

export class RejectionDto {
  @ApiProperty({ enum: ['records', 'sleep', 'workouts', 'deleted', 'readings'] })
  collection: string;
  /** Position of the item in its array. */
  index: number;
  reason: string;
  /** The item's type string, when it had one. */
  type?: string;
}

export class CollectionCountsDto {
  received: number;
  inserted: number;
  updated: number;
  duplicate: number;
  rejected: number;
  /** Records only: kept as raw records because no mapping knows their type. */
  unknown?: number;
}

export class DeletedCountsDto {
  received: number;
  applied: number;
  rejected: number;
}

export class SyncCollectionsDto {
  records: CollectionCountsDto;
  sleep: CollectionCountsDto;
  workouts: CollectionCountsDto;
  deleted: DeletedCountsDto;
}

function collectionCounts(counts: Record<string, unknown>, key: string): CollectionCountsDto {
  const c = (counts[key] ?? {}) as Partial<CollectionCountsDto>;
  return {
    received: c.received ?? 0,
    inserted: c.inserted ?? 0,
    updated: c.updated ?? 0,
    duplicate: c.duplicate ?? 0,
    rejected: c.rejected ?? 0,
    ...(c.unknown !== undefined ? { unknown: c.unknown } : {}),
  };
}

/** Quarantines that hold no body: it was over the size limit or could not be decoded. */
const BODY_NOT_KEPT: ReadonlySet<string> = new Set(['body_too_large', 'undecodable_body']);

export class QuarantineDto {
  @ApiProperty({
    enum: [
      'empty_body',
      'invalid_json',
      'not_an_object',
      'missing_provider',
      'unknown_provider',
      'invalid_data',
      'nothing_usable',
      'body_too_large',
      'undecodable_body',
    ],
  })
  reason: string;
  detail: string;
  /** False for `body_too_large` and `undecodable_body`: that body was not held, so no replay can repair it. */
  body_kept: boolean;
}

export class SyncClientDto {
  /** X-Open-Wearables-SDK-Version. */
  @ApiProperty({ type: String, nullable: true })
  sdk_version: string | null;
  /** X-Open-Wearables-SDK-Platform. */
  @ApiProperty({ type: String, nullable: true })
  platform: string | null;
  @ApiProperty({ type: String, nullable: true })
  user_agent: string | null;
}

/**
 * The answer to a sync push, and what GET …/sync/{batch_id} returns later. The first seven fields are Open Wearables'
 * `UploadDataResponse`; the rest say exactly what happened to the batch.
 */
export class SyncResultDto {
  @ApiProperty({ example: 202 })
  status_code: number;
  @ApiProperty({ example: 'Batch stored' })
  response: string;
  user_id: string;
  /** Items skipped because they were invalid (same as `rejected`). */
  dropped_count: number;
  /** Records inserted or changed. */
  records_saved: number;
  workouts_saved: number;
  sleep_saved: number;

  @ApiProperty({ format: 'uuid' })
  batch_id: string;
  @ApiProperty({
    enum: ['completed', 'partial', 'quarantined'],
    description:
      '`partial` when some items were rejected; `quarantined` when the body could not be used as a whole: it was ' +
      'kept (see `quarantine`) and nothing was normalized until an operator replays it.',
  })
  status: string;
  /** True while the batch is quarantined. */
  quarantined: boolean;
  @ApiPropertyOptional({
    type: QuarantineDto,
    nullable: true,
    description: 'Why the batch is (or was, before a replay released it) quarantined.',
  })
  quarantine: QuarantineDto | null;
  @ApiProperty({ type: String, nullable: true })
  sync_session_id: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['historical', 'live'] })
  sync_type: string | null;
  client: SyncClientDto;
  @ApiProperty({ enum: ['sdk', 'tutorial'] })
  source: string;
  provider: string;
  sdk_version: string | null;
  /** Items in the batch (records + sleep + workouts + deleted). */
  items: number;
  inserted: number;
  updated: number;
  /** Items identical to what was already stored. */
  duplicate: number;
  rejected: number;
  collections: SyncCollectionsDto;
  @ApiProperty({
    type: [RejectionDto],
    description: 'The first 100 rejections, in collection then index order.',
  })
  rejections: RejectionDto[];
  /** More items were rejected than `rejections` lists. */
  rejections_truncated: boolean;
  received_at: string;
  completed_at: string;
  @ApiPropertyOptional({ description: 'When the batch was last replayed through the mappings.' })
  renormalized_at: string | null;

  static from(row: SyncBatchRecord): SyncResultDto {
    const collections: SyncCollectionsDto = {
      records: collectionCounts(row.counts, 'records'),
      sleep: collectionCounts(row.counts, 'sleep'),
      workouts: collectionCounts(row.counts, 'workouts'),
      deleted: {
        received: 0,
        applied: 0,
        rejected: 0,
        ...((row.counts.deleted ?? {}) as Partial<DeletedCountsDto>),
      },
    };
    const saved = (c: CollectionCountsDto) => c.inserted + c.updated;
    const quarantined = row.status === 'quarantined';
    return {
      status_code: 202,
      response: quarantined
        ? `Batch quarantined: ${row.quarantineDetail ?? row.quarantineReason}`
        : row.rejected > 0
          ? `Batch stored; ${row.rejected} invalid item(s) skipped`
          : 'Batch stored',
      user_id: row.userId,
      dropped_count: row.rejected,
      records_saved: saved(collections.records),
      workouts_saved: saved(collections.workouts),
      sleep_saved: saved(collections.sleep),
      batch_id: row.id,
      status: row.status,
      quarantined,
      quarantine: row.quarantineReason
        ? {
            reason: row.quarantineReason,
            detail: row.quarantineDetail ?? '',
            body_kept: !BODY_NOT_KEPT.has(row.quarantineReason ?? ''),
          }
        : null,
      sync_session_id: row.syncSessionId,
      sync_type: row.syncType,
      client: { sdk_version: row.sdkHeaderVersion, platform: row.sdkPlatform, user_agent: row.userAgent },
      source: row.source,
      provider: row.provider,
      sdk_version: row.sdkVersion,
      items: row.itemCount,
      inserted: row.inserted,
      updated: row.updated,
      duplicate: row.duplicate,
      rejected: row.rejected,
      collections,
      rejections: row.rejections as RejectionDto[],
      rejections_truncated: row.rejected > row.rejections.length,
      received_at: new Date(row.receivedAt).toISOString(),
      completed_at: new Date(row.completedAt).toISOString(),
      renormalized_at: row.renormalizedAt ? new Date(row.renormalizedAt).toISOString() : null,
    };
  }
}
