import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { collectGarbageAfterGrowth } from '../../common/memory/collect-garbage.js';
import { batchPasses, MAX_ITEMS_PER_PASS, mergePassResults, type BatchPass } from './batch-passes.js';
import { describeTouched } from './batch-touched.js';
import { collapseByKey, mergeWindows, sameWindows } from './batch-collapse.js';
import { DataSourcesRepository } from './data-sources.repository.js';
import { unfitForColumns, unstorableTextIn } from './mapping/column-fit.js';
import { rejection } from './mapping/item-base.js';
import { parseDeletion, parseRecord, parseSleep, parseWorkout } from './mapping/index.js';
import type {
  Collection,
  NormalizedSample,
  NormalizedSleepStage,
  NormalizedWorkout,
  ParseResult,
  Rejection,
  SourceDescriptor,
  UnknownRecord,
} from './mapping/parsed-items.js';
import type { CollectionCounts, NormalizeBatchInput, NormalizeBatchResult } from './normalize-batch.types.js';
import { type RawRecordRow, RawRecordsRepository } from './raw-records.repository.js';
import type { UpsertCounts } from './record-upserts.js';
import { type SampleRow, SamplesRepository } from './samples.repository.js';
import { assembleSleepSessions } from './sleep-assembly.js';
import { SleepRepository, type SleepStageRow, type TouchedStage, type Window } from './sleep.repository.js';
import { type WorkoutRow, WorkoutsRepository } from './workouts.repository.js';
import { napIds } from './sleep-naps.js';

const emptyCounts = (received: number): CollectionCounts => ({
  received,
  inserted: 0,
  updated: 0,
  duplicate: 0,
  rejected: 0,
});

const ms = (d: Date) => d.getTime();

/** Parses one item, rejecting it (not the batch) when its text or its lengths cannot be stored. */
function parseStorable<T>(
  collection: Collection,
  raw: unknown,
  index: number,
  parse: (raw: unknown, i: number) => ParseResult<T>,
  textKnownStorable: boolean,
): ParseResult<T> {
  const unstorable = textKnownStorable ? undefined : unstorableTextIn(raw);
  if (unstorable) return rejection(collection, index, unstorable);
  const result = parse(raw, index);
  if (!result.ok || collection === 'deleted') return result;
  const unfit = unfitForColumns(result.item as Parameters<typeof unfitForColumns>[0]);
  return unfit ? rejection(collection, index, unfit) : result;
}

/**
 * Writes one SDK batch into the unified model, inside the caller's transaction (ingestion's journal row and these
 * rows commit together). Deterministic and idempotent: replaying a batch changes nothing and reports every item as
 * a duplicate. Bad items are rejected with a reason, never thrown.
 */
/** How one batch's rows are written (see NormalizeBatchInput). */
interface WriteMode {
  skipHeld: boolean;
  /** False when an id names its interval: then no inserted row can be a moved record's new version. */
  movesPossible: boolean;
}

@Injectable()
export class NormalizationService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSources: DataSourcesRepository,
    private readonly samples: SamplesRepository,
    private readonly rawRecords: RawRecordsRepository,
    private readonly sleep: SleepRepository,
    private readonly workouts: WorkoutsRepository,
  ) {}

  /** Which SDK (headers) last delivered data for these sources; called after the batch committed. */
  async recordSourceClient(
    userId: string,
    dataSourceIds: string[],
    client: { sdkVersion: string | null; platform: string | null; userAgent: string | null },
  ): Promise<void> {
    await this.dataSources.recordClient(userId, dataSourceIds, client);
  }

  /** Items per normalization pass (see batchPasses); tests make passes small to cross their boundaries. */
  passItems = MAX_ITEMS_PER_PASS;

  async normalizeBatch(input: NormalizeBatchInput): Promise<NormalizeBatchResult> {
    let result: NormalizeBatchResult | null = null;
    for (const pass of batchPasses(input.data, this.passItems)) {
      // Earlier passes' garbage is collected before the next is parsed: otherwise a 64 MiB batch peaks at their sum.
      if (result) collectGarbageAfterGrowth();
      const passResult = await this.normalizePass(input, pass);
      result = result ? mergePassResults(result, passResult) : passResult;
    }
    return result!;
  }

  private async normalizePass(input: NormalizeBatchInput, pass: BatchPass): Promise<NormalizeBatchResult> {
    const { userId, batchId, provider } = input;
    const { data, offsets } = pass;
    const rejections: Rejection[] = [];
    const parseAll = <T>(
      collection: Collection,
      value: unknown,
      parse: (raw: unknown, i: number) => ParseResult<T>,
    ) => {
      const items: T[] = [];
      if (value === undefined || value === null) return { items, received: 0, rejected: 0 };
      if (!Array.isArray(value)) {
        rejections.push({ collection, index: -1, reason: `data.${collection} must be an array` });
        return { items, received: 0, rejected: 0 };
      }
      let rejected = 0;
      const offset = offsets[collection] ?? 0;
      value.forEach((raw, i) => {
        const index = offset + i;
        const result = parseStorable(collection, raw, index, parse, input.textKnownStorable === true);
        if (result.ok) items.push(result.item);
        else {
          rejected++;
          rejections.push(result.rejection);
        }
      });
      return { items, received: value.length, rejected };
    };

    const records = parseAll('records', data.records, (raw, i) => parseRecord(provider, raw, i));
    const sleep = parseAll('sleep', data.sleep, (raw, i) => parseSleep(provider, raw, i));
    const workouts = parseAll('workouts', data.workouts, (raw, i) => parseWorkout(provider, raw, i));
    const deleted = parseAll('deleted', data.deleted, (raw, i) => parseDeletion(raw, i));

    const result: NormalizeBatchResult = {
      records: { ...emptyCounts(records.received), rejected: records.rejected, unknown: 0 },
      sleep: { ...emptyCounts(sleep.received), rejected: sleep.rejected },
      workouts: { ...emptyCounts(workouts.received), rejected: workouts.rejected },
      deleted: { received: deleted.received, applied: 0, rejected: deleted.rejected },
      rejections,
      touched: describeTouched([], [], [], false),
      dataSourceIds: [],
    };

    const sources: SourceDescriptor[] = [
      ...records.items.map((r) => r.source),
      ...sleep.items.map((s) => s.source),
      ...workouts.items.map((w) => w.source),
    ];
    const sourceIds = await this.dataSources.resolve(userId, sources);
    const sourceId = (s: SourceDescriptor) => sourceIds.get(s.key)!;
    result.dataSourceIds = [...new Set(sourceIds.values())];

    const samples = records.items.filter((r): r is NormalizedSample => r.kind === 'sample');
    const unknown = records.items.filter((r): r is UnknownRecord => r.kind === 'unknown');
    result.records.unknown = unknown.length;
    const mode: WriteMode = {
      skipHeld: input.skipHeldByOtherSources === true,
      movesPossible: input.idsPinTheirInterval !== true,
    };
    await this.writeSamples(userId, batchId, samples, sourceId, result.records, mode);
    await this.writeRawRecords(userId, batchId, unknown, sourceId, result.records, mode);
    const touchedStages = await this.writeStages(userId, batchId, sleep.items, sourceId, result.sleep, mode);
    await this.writeWorkouts(userId, batchId, workouts.items, sourceId, result.workouts, mode);

    // Deletions run last: a batch that carries a record and its deletion ends with the record deleted.
    const ids = [...new Set(deleted.items.map((d) => d.recordId))].sort();
    if (ids.length > 0) {
      const stageHits = await this.sleep.tombstoneByIds(userId, batchId, ids);
      touchedStages.push(...stageHits.touched);
      const matched = new Set([
        ...(await this.samples.tombstoneByIds(userId, batchId, ids)),
        ...(await this.rawRecords.tombstoneByIds(userId, batchId, ids)),
        ...stageHits.matchedIds,
        ...(await this.workouts.tombstoneByIds(userId, batchId, ids)),
      ]);
      result.deleted.applied = deleted.items.filter((d) => matched.has(d.recordId)).length;
    }

    await this.recomputeSleepSessions(userId, batchId, touchedStages);
    const changed = [result.records, result.sleep, result.workouts].some((c) => c.inserted + c.updated > 0);
    result.touched = describeTouched(
      samples,
      sleep.items,
      workouts.items,
      changed || result.deleted.applied > 0,
    );
    return result;
  }

  private get chunkRows(): number {
    return this.config.normalization.upsertChunkRows;
  }

  private async writeSamples(
    userId: string,
    batchId: string,
    items: NormalizedSample[],
    sourceId: (s: SourceDescriptor) => string,
    counts: CollectionCounts,
    mode: WriteMode,
  ): Promise<void> {
    const all: SampleRow[] = items.map((s) => ({
      metric: s.metric,
      startAt: s.start,
      dataSourceId: sourceId(s.source),
      endAt: s.end,
      value: s.value,
      unit: s.unit,
      category: s.category ?? null,
      zoneOffset: s.zoneOffset,
      recordId: s.recordId,
      parentId: s.parentId,
      vendorType: s.vendorType,
      metadata: s.metadata,
    }));
    const collapsedRows = collapseByKey(
      all,
      (r) => `${r.dataSourceId}|${r.metric}|${ms(r.startAt)}|${ms(r.endAt)}`,
    );
    const rows = await this.withoutHeld(collapsedRows.rows, mode.skipHeld, counts, (held) =>
      this.samples.heldByOtherSources(userId, held),
    );
    const { collapsed } = collapsedRows;
    if (rows.length === 0) return;
    await this.samples.lockOwner(userId);
    const written = await this.samples.upsertSamples(userId, batchId, rows, this.chunkRows);
    await this.countWithMoves(rows, written, collapsed, counts, mode, (fresh) =>
      this.samples.tombstoneMoved(userId, batchId, fresh, this.chunkRows),
    );
  }

  private async writeRawRecords(
    userId: string,
    batchId: string,
    items: UnknownRecord[],
    sourceId: (s: SourceDescriptor) => string,
    counts: CollectionCounts,
    mode: WriteMode,
  ): Promise<void> {
    const all: RawRecordRow[] = items.map((r) => ({
      vendorType: r.vendorType,
      startAt: r.start,
      dataSourceId: sourceId(r.source),
      endAt: r.end,
      value: r.value,
      unit: r.unit,
      zoneOffset: r.zoneOffset,
      recordId: r.recordId,
      parentId: r.parentId,
      metadata: r.metadata,
    }));
    const { rows, collapsed } = collapseByKey(
      all,
      (r) => `${r.dataSourceId}|${r.vendorType}|${ms(r.startAt)}|${ms(r.endAt)}`,
    );
    if (rows.length === 0) return;
    const written = await this.rawRecords.upsertRawRecords(userId, batchId, rows, this.chunkRows);
    await this.countWithMoves(rows, written, collapsed, counts, mode, (fresh) =>
      this.rawRecords.tombstoneMoved(userId, batchId, fresh, this.chunkRows),
    );
  }

  /** Drops (as duplicates) the rows another source of the same origin holds, when the batch asks for it. */
  private async withoutHeld<T>(
    rows: T[],
    skipHeld: boolean,
    counts: CollectionCounts,
    findHeld: (rows: T[]) => Promise<Set<number>>,
  ): Promise<T[]> {
    if (!skipHeld || rows.length === 0) return rows;
    const held = await findHeld(rows);
    if (held.size === 0) return rows;
    counts.duplicate += held.size;
    return rows.filter((_, i) => !held.has(i));
  }

  /**
   * Adds an upsert's outcome to the counts. Only newly inserted rows can be a moved record's new version; each one
   * whose stale version `tombstoneMoved` retires counts as an update, not an insert.
   */
  private async countWithMoves<T extends { recordId: string | null }>(
    rows: T[],
    written: UpsertCounts,
    collapsed: number,
    counts: CollectionCounts,
    mode: WriteMode,
    tombstoneMoved: (fresh: T[]) => Promise<number>,
  ): Promise<void> {
    const fresh = mode.movesPossible
      ? rows.filter((r) => r.recordId !== null && written.insertedRecordIds.has(r.recordId))
      : [];
    const moved = fresh.length > 0 ? await tombstoneMoved(fresh) : 0;
    counts.inserted += written.inserted - moved;
    counts.updated += written.updated + moved;
    counts.duplicate += written.unchanged + collapsed;
  }

  private async writeStages(
    userId: string,
    batchId: string,
    items: NormalizedSleepStage[],
    sourceId: (s: SourceDescriptor) => string,
    counts: CollectionCounts,
    mode: WriteMode,
  ): Promise<TouchedStage[]> {
    const all: SleepStageRow[] = items.map((s) => ({
      startAt: s.start,
      dataSourceId: sourceId(s.source),
      endAt: s.end,
      stage: s.stage,
      zoneOffset: s.zoneOffset,
      recordId: s.recordId,
      parentId: s.parentId,
      vendorType: s.vendorType,
      values: s.values.length > 0 ? s.values : null,
    }));
    const collapsedRows = collapseByKey(
      all,
      (r) => `${r.dataSourceId}|${ms(r.startAt)}|${ms(r.endAt)}|${r.stage}`,
    );
    const rows = await this.withoutHeld(collapsedRows.rows, mode.skipHeld, counts, (held) =>
      this.sleep.stagesHeldByOtherSources(userId, held),
    );
    const { collapsed } = collapsedRows;
    if (rows.length === 0) return [];
    const written = await this.sleep.upsertStages(userId, batchId, rows, this.chunkRows);
    let movedTouched: TouchedStage[] = [];
    await this.countWithMoves(rows, written, collapsed, counts, mode, async (fresh) => {
      const moved = await this.sleep.tombstoneMovedStages(userId, batchId, fresh, this.chunkRows);
      movedTouched = moved.touched;
      return moved.replaced;
    });
    return [...written.touched, ...movedTouched];
  }

  private async writeWorkouts(
    userId: string,
    batchId: string,
    items: NormalizedWorkout[],
    sourceId: (s: SourceDescriptor) => string,
    counts: CollectionCounts,
    mode: WriteMode,
  ): Promise<void> {
    const all: WorkoutRow[] = items.map((w) => ({
      startAt: w.start,
      dataSourceId: sourceId(w.source),
      endAt: w.end,
      zoneOffset: w.zoneOffset,
      activityType: w.activityType,
      vendorType: w.vendorType,
      title: w.title,
      notes: w.notes,
      statistics: w.statistics,
      otherValues: w.otherValues.length > 0 ? w.otherValues : null,
      route: w.route,
      laps: w.laps,
      segments: w.segments,
      samples: w.samples,
      metadata: w.metadata,
      recordId: w.recordId,
      parentId: w.parentId,
    }));
    const collapsedRows = collapseByKey(all, (r) => `${r.dataSourceId}|${ms(r.startAt)}|${ms(r.endAt)}`);
    const rows = await this.withoutHeld(collapsedRows.rows, mode.skipHeld, counts, (held) =>
      this.workouts.heldByOtherSources(userId, held),
    );
    const { collapsed } = collapsedRows;
    if (rows.length === 0) return;
    const written = await this.workouts.upsertWorkouts(userId, batchId, rows, this.chunkRows);
    await this.countWithMoves(rows, written, collapsed, counts, mode, (fresh) =>
      this.workouts.tombstoneMovedWorkouts(userId, batchId, fresh),
    );
  }

  /**
   * Recomputes every session a changed stage can affect, and nothing else. The window starts as the changed
   * intervals padded by the gap, then grows to cover every stored session it reaches (padded too) until it stops
   * growing; inside it, sessions are rebuilt from all live stages, so the result equals a rebuild from scratch.
   */
  private async recomputeSleepSessions(
    userId: string,
    batchId: string,
    touched: TouchedStage[],
  ): Promise<void> {
    if (touched.length === 0) return;
    const { sleepGapMinutes, napMaxMinutes } = this.config.normalization;
    const gapMs = sleepGapMinutes * 60_000;
    await this.sleep.lockUserSleep(userId);

    const pad = (t: { start: number; end: number }): Window => ({ lo: t.start - gapMs, hi: t.end + gapMs });
    const parentIds = [...new Set(touched.map((t) => t.parentId).filter((p): p is string => p !== null))];
    let windows = mergeWindows(touched.map(pad));
    let stored = await this.sleep.findSessions(userId, windows, parentIds);
    for (;;) {
      const grown = mergeWindows([...windows, ...stored.map(pad)]);
      if (sameWindows(grown, windows)) break;
      windows = grown;
      stored = await this.sleep.findSessions(userId, windows, parentIds);
    }

    const stages = await this.sleep.loadStages(userId, windows);
    const sessions = assembleSleepSessions(stages, { gapMinutes: sleepGapMinutes });
    const produced = new Set(sessions.map((s) => `${s.dataSourceId}|${s.sessionKey}`));
    const stale = stored.filter((s) => !produced.has(`${s.dataSourceId}|${s.sessionKey}`));
    await this.sleep.replaceSessions(userId, batchId, sessions, stale);
    const days = new Set([...sessions.map((s) => s.localDate), ...stale.map((s) => s.localDate)]);
    const sessionsOfDays = await this.sleep.sessionsOfDays(userId, [...days].sort());
    await this.sleep.setNaps(
      userId,
      sessionsOfDays.map((s) => s.id),
      napIds(sessionsOfDays, { maxMinutes: napMaxMinutes, separationMinutes: sleepGapMinutes }),
    );
  }
}
