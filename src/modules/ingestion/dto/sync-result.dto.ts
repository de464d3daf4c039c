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
  @ApiProperty({ enum: ['completed', 'partial'], description: '`partial` when some items were rejected.' })
  status: string;
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
    return {
      status_code: 202,
      response: row.rejected > 0 ? `Batch stored; ${row.rejected} invalid item(s) skipped` : 'Batch stored',
      user_id: row.userId,
      dropped_count: row.rejected,
      records_saved: saved(collections.records),
      workouts_saved: saved(collections.workouts),
      sleep_saved: saved(collections.sleep),
      batch_id: row.id,
      status: row.status,
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
