import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../../common/auth/principal.js';
import { notFound } from '../../../common/errors/app-error.js';
import { Transactions } from '../../../database/transactions.js';
import { getWorkoutStatistic } from '../../normalization/catalogue/index.js';
import type { Provider } from '../../normalization/mapping/parsed-items.js';
import { NormalizationService } from '../../normalization/normalization.service.js';
import { UsersService } from '../../users/users.service.js';
import { decodeCursor, isKeyTuple, keysetPage } from '../cursor.js';
import { type DataSourceRow, sourceMetadata } from '../common.dto.js';
import type {
  SleepPageDto,
  SleepQueryDto,
  SleepSessionDto,
  WorkoutDetailDto,
  WorkoutDto,
  WorkoutPageDto,
  WorkoutsQueryDto,
} from './events.dto.js';
import {
  EventsRepository,
  type SleepKey,
  type WorkoutKey,
  type WorkoutRowView,
} from './events.repository.js';
import { JsonBody } from '../json-body.js';
import { priorityOrder } from '../source-priority/priority.js';
import { SourcePriorityService } from '../source-priority/source-priority.service.js';
import { requireRange } from '../time.js';
import { DataSourceReadsRepository } from '../data-source-reads.repository.js';

/** The peer returns falsy statistics as null; so do we, so its clients render the same. */
const orNull = (value: number | undefined | null) => (value ? value : null);
const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

@Injectable()
export class EventsService {
  constructor(
    private readonly users: UsersService,
    private readonly events: EventsRepository,
    private readonly sources: DataSourceReadsRepository,
    private readonly priorities: SourcePriorityService,
    private readonly normalization: NormalizationService,
    private readonly db: Transactions,
  ) {}

  async workouts(principal: Principal, userId: string, query: WorkoutsQueryDto): Promise<WorkoutPageDto> {
    requireRange(query.start_date, query.end_date, 'start_date', 'end_date');
    await this.users.getOwnership(principal, userId);
    const types = [...(query.type ?? []), ...(query.record_type ?? [])];
    const cursor = decodeCursor<WorkoutKey>(
      'workouts',
      query.cursor,
      isKeyTuple<WorkoutKey>('instant', 'uuid', 'instant'),
    );
    const [sources, rows] = await Promise.all([
      this.sourceMap(userId),
      this.events.workoutsPage(
        { userId, from: query.start_date, to: query.end_date, limit: query.limit },
        types.length > 0 ? types : null,
        cursor,
      ),
    ]);
    const page = keysetPage('workouts', rows, query.limit, cursor, (w): WorkoutKey => [
      w.k_start,
      w.data_source_id,
      w.k_end,
    ]);
    const heartRate = await this.events.heartRateInWindows(
      userId,
      page.items
        .filter((w) => w.statistics.heart_rate_avg === undefined)
        .map((w) => ({ id: w.id, dataSourceId: w.data_source_id, start: w.start_at, end: w.end_at })),
    );
    const data = page.items.map((w) => this.workoutItem(w, sources, heartRate.get(w.id)));
    return { data, pagination: page.pagination, metadata: this.metadata(query, data.length) };
  }

  async workout(principal: Principal, userId: string, workoutId: string): Promise<WorkoutDetailDto> {
    await this.users.getOwnership(principal, userId);
    const w = await this.events.workout(userId, workoutId);
    if (!w) throw notFound('Workout not found');
    const sources = await this.sourceMap(userId);
    const heartRate =
      w.statistics.heart_rate_avg === undefined
        ? (
            await this.events.heartRateInWindows(userId, [
              { id: w.id, dataSourceId: w.data_source_id, start: w.start_at, end: w.end_at },
            ])
          ).get(w.id)
        : undefined;
    return {
      ...this.workoutItem(w, sources, heartRate),
      statistics: [
        ...Object.entries(w.statistics).map(([type, value]) => ({
          type,
          value,
          unit: getWorkoutStatistic(type)?.unit ?? null,
        })),
        ...(w.other_values ?? []).map((v) => ({ type: v.type, value: v.value, unit: v.unit })),
      ],
      notes: w.notes,
      route: w.route,
      laps: w.laps,
      segments: w.segments,
      samples: w.samples,
    };
  }

  /** A tombstone, like a platform deletion: the workout leaves every read at once (summaries are computed on read). */
  async deleteWorkout(principal: Principal, userId: string, workoutId: string): Promise<void> {
    await this.users.getOwnership(principal, userId);
    if (!(await this.events.tombstoneWorkout(userId, workoutId))) throw notFound('Workout not found');
  }

  /** Sessions with their stage intervals arrive as JSON items from one statement and leave as they are. */
  async sleep(principal: Principal, userId: string, query: SleepQueryDto): Promise<JsonBody<SleepPageDto>> {
    requireRange(query.start_date, query.end_date, 'start_date', 'end_date');
    const owner = await this.users.getOwnership(principal, userId);
    const cursor = decodeCursor<SleepKey>('sleep', query.cursor, isKeyTuple<SleepKey>('instant', 'uuid'));
    const order = query.filter_by_priority ? await this.priorities.orderFor(owner.applicationId) : null;
    const rows = await this.events.sleepPage(
      { userId, from: query.start_date, to: query.end_date, limit: query.limit },
      { nap: query.type === undefined ? null : query.type === 'nap', priority: order },
      cursor,
    );
    const page = keysetPage('sleep', rows, query.limit, cursor, (s): SleepKey => [s.k_start, s.id]);
    return JsonBody.page<SleepPageDto>(`[${page.items.map((s) => s.item).join(',')}]`, {
      pagination: page.pagination,
      metadata: this.metadata(query, page.items.length),
    });
  }

  async sleepSession(
    principal: Principal,
    userId: string,
    sessionId: string,
  ): Promise<JsonBody<SleepSessionDto>> {
    await this.users.getOwnership(principal, userId);
    const item = await this.events.sleepItem(userId, sessionId);
    if (item === null) throw notFound('Sleep session not found');
    return new JsonBody(item);
  }

  /**
   * Sessions are derived from stage intervals, so deleting one means tombstoning its stages. Those with a platform
   * id go through normalization's own deletion path (which also rebuilds the sessions around them, e.g. an iPhone
   * in-bed session that was merged into this one becomes primary again); one transaction for all of it.
   */
  async deleteSleep(principal: Principal, userId: string, sessionId: string): Promise<void> {
    const owner = await this.users.getOwnership(principal, userId);
    await this.db.run(async () => {
      const session = await this.events.sleepSession(userId, sessionId);
      if (!session) throw notFound('Sleep session not found');
      const window = {
        id: session.id,
        dataSourceId: session.data_source_id,
        start: session.start_at,
        end: session.end_at,
      };
      const stages = await this.events.sessionStageIds(userId, window);
      if (stages.anonymous > 0) await this.events.tombstoneAnonymousStages(userId, window);
      if (stages.ids.length > 0) {
        const source = (await this.sourceMap(userId)).get(session.data_source_id);
        await this.normalization.normalizeBatch({
          userId,
          applicationId: owner.applicationId,
          // A deletion made through the API has no SDK batch; a fresh id marks the rows it changed.
          batchId: randomUUID(),
          provider: (source?.provider ?? 'apple') as Provider,
          data: { deleted: stages.ids.map((id) => ({ id })) },
        });
      }
      if (stages.ids.length === 0 && stages.anonymous === 0) await this.events.dropSession(userId, sessionId);
    });
  }

  private async sourceMap(userId: string): Promise<Map<string, DataSourceRow>> {
    return new Map((await this.sources.listRanked(userId, priorityOrder())).map((s) => [s.id, s]));
  }

  private metadata(query: { start_date: Date; end_date: Date }, count: number) {
    return {
      start_time: query.start_date.toISOString(),
      end_time: query.end_date.toISOString(),
      sample_count: count,
      resolution: null,
    };
  }

  private workoutItem(
    w: WorkoutRowView,
    sources: Map<string, DataSourceRow>,
    heartRate: { avg: number; max: number } | undefined,
  ): WorkoutDto {
    const stats = w.statistics;
    const duration = stats.duration ?? Math.round((w.end_at.getTime() - w.start_at.getTime()) / 1000);
    const distance = orNull(stats.distance);
    const isPaced = ['running', 'walking', 'hiking', 'trail_running', 'treadmill'].some((t) =>
      w.activity_type.includes(t),
    );
    return {
      id: w.id,
      type: w.activity_type,
      name: w.title,
      start_time: w.start_at.toISOString(),
      end_time: w.end_at.toISOString(),
      zone_offset: w.zone_offset,
      duration_seconds: duration,
      source: sourceMetadata(sources.get(w.data_source_id), w.data_source_id),
      calories_kcal: orNull(stats.active_energy ?? stats.total_energy),
      distance_meters: distance,
      avg_heart_rate_bpm: orNull(round1(stats.heart_rate_avg ?? heartRate?.avg ?? null)),
      max_heart_rate_bpm: orNull(stats.heart_rate_max ?? heartRate?.max ?? null),
      avg_pace_sec_per_km: isPaced && distance ? Math.round((duration / distance) * 1000) : null,
      elevation_gain_meters: orNull(stats.elevation_gain),
      steps: orNull(stats.steps),
      vendor_type: w.vendor_type,
    };
  }
}
