import { Injectable } from '@nestjs/common';
import type { Principal } from '../../../common/auth/principal.js';
import { UsersService } from '../../users/users.service.js';
import { decodeCursor, isKeyTuple, keysetPage } from '../cursor.js';
import type {
  BatchDto,
  BatchesQueryDto,
  BatchPageDto,
  DataSourceListDto,
  SyncSessionListDto,
  SyncSessionsQueryDto,
  SyncStatusDto,
} from './sync-status.dto.js';
import { sessionView } from './sync-sessions.js';
import { DEFAULT_PROVIDER_ORDER } from '../source-priority/priority.js';
import { SourcePriorityService } from '../source-priority/source-priority.service.js';
import { type BatchKey, type BatchRow, SyncStatusRepository } from './sync-status.repository.js';
import { DataSourceReadsRepository } from '../data-source-reads.repository.js';

const TELEMETRY_EVENTS = 20;

const batchView = (b: BatchRow): BatchDto => ({
  batch_id: b.id,
  provider: b.provider,
  source: b.source,
  sdk_version: b.sdk_version,
  status: b.status,
  quarantine_reason: b.quarantine_reason,
  sync_session_id: b.sync_session_id,
  sync_type: b.sync_type,
  sdk_header_version: b.sdk_header_version,
  sdk_platform: b.sdk_platform,
  user_agent: b.user_agent,
  item_count: b.item_count,
  inserted: b.inserted,
  updated: b.updated,
  duplicate: b.duplicate,
  rejected: b.rejected,
  counts: b.counts,
  received_at: b.received_at.toISOString(),
  completed_at: b.completed_at.toISOString(),
});

@Injectable()
export class SyncStatusService {
  constructor(
    private readonly users: UsersService,
    private readonly status: SyncStatusRepository,
    private readonly sources: DataSourceReadsRepository,
    private readonly priorities: SourcePriorityService,
  ) {}

  async dataSources(principal: Principal, userId: string): Promise<DataSourceListDto> {
    const owner = await this.users.getOwnership(principal, userId);
    const rows = await this.sources.listRanked(userId, await this.priorities.orderFor(owner.applicationId));
    const items = rows.map((s) => ({
      id: s.id,
      user_id: userId,
      provider: s.provider,
      user_connection_id: null,
      device_model: s.device_model,
      software_version: s.software_version,
      source: s.app_name ?? s.app_id,
      device_type: s.device_type,
      original_source_name: s.app_name,
      display_name:
        [s.device_name ?? s.device_model, s.app_name ?? s.app_id].filter(Boolean).join(' · ') || s.provider,
      app_id: s.app_id,
      device_name: s.device_name,
      device_manufacturer: s.device_manufacturer,
      recording_method: s.recording_method,
      priority_rank: Number(s.rank),
      created_at: s.created_at.toISOString(),
    }));
    return { items, total: items.length };
  }

  async syncStatus(principal: Principal, userId: string): Promise<SyncStatusDto> {
    const user = await this.users.getAccessible(principal, userId);
    const [batches, freshness, telemetry, sessions] = await Promise.all([
      this.status.lastBatchPerProvider(userId, [...DEFAULT_PROVIDER_ORDER, 'unknown']),
      this.status.metricFreshness(userId),
      this.status.recentLogEvents(userId, TELEMETRY_EVENTS),
      this.status.sessions(userId, 1),
    ]);
    const now = Date.now();
    return {
      user_id: userId,
      last_synced_at: user.lastSyncedAt ? new Date(user.lastSyncedAt).toISOString() : null,
      last_batches: batches.map(batchView),
      metrics: freshness.map((f) => ({
        metric: f.metric,
        newest_sample_start: f.newest_start.toISOString(),
        newest_sample_end: f.newest_end.toISOString(),
        lag_seconds: Math.max(0, Math.round((now - f.newest_end.getTime()) / 1000)),
      })),
      telemetry: telemetry.map((e) => ({
        event_type: e.event_type,
        provider: e.provider,
        sdk_version: e.sdk_version,
        sync_session_id: e.sync_session_id,
        occurred_at: e.occurred_at?.toISOString() ?? null,
        received_at: e.received_at.toISOString(),
        payload: e.payload,
      })),
      latest_session: sessions[0] ? sessionView(sessions[0]) : null,
      generated_at: new Date(now).toISOString(),
    };
  }

  async sessions(
    principal: Principal,
    userId: string,
    query: SyncSessionsQueryDto,
  ): Promise<SyncSessionListDto> {
    await this.users.getOwnership(principal, userId);
    const items = (await this.status.sessions(userId, query.limit)).map(sessionView);
    return { items, total: items.length };
  }

  async batches(principal: Principal, userId: string, query: BatchesQueryDto): Promise<BatchPageDto> {
    await this.users.getOwnership(principal, userId);
    const cursor = decodeCursor<BatchKey>('batches', query.cursor, isKeyTuple<BatchKey>('instant', 'uuid'));
    const rows = await this.status.batchesPage(userId, cursor, query.limit);
    const page = keysetPage('batches', rows, query.limit, cursor, (b): BatchKey => [b.k_received, b.id]);
    const data = page.items.map(batchView);
    return { data, pagination: page.pagination, metadata: { sample_count: data.length } };
  }
}
