import type { SleepStage } from './mapping/parsed-items.js';
import { localDate } from '../../common/time/local-time.js';

/** One stored stage interval, as session assembly sees it. Times are epoch milliseconds. */
export interface StageInterval {
  dataSourceId: string;
  stage: SleepStage;
  start: number;
  end: number;
  parentId: string | null;
  zoneOffset: string | null;
  recordId: string | null;
}

export interface AssembledSession {
  dataSourceId: string;
  /** `p:<parentId>` for a platform session, `t:<ISO start>` for one assembled by the gap rule. */
  sessionKey: string;
  parentId: string | null;
  start: number;
  end: number;
  zoneOffset: string | null;
  /** YYYY-MM-DD of the session's end in its own offset (UTC when it has none). */
  localDate: string;
  durationSeconds: number;
  timeInBedSeconds: number;
  totalSleepSeconds: number;
  awakeSeconds: number;
  lightSeconds: number;
  deepSeconds: number;
  remSeconds: number;
  asleepSeconds: number;
  inBedSeconds: number;
  unknownSeconds: number;
  /** Percent with two decimals; null when the session has no sleep stage. */
  efficiency: number | null;
  stageCount: number;
  isPrimary: boolean;
}

export interface SleepAssemblyOptions {
  /** Anchors further apart than this start a new session. */
  gapMinutes: number;
}

/**
 * Where two stages of one session overlap, the more specific one counts and the other is clipped, so no second is
 * counted twice (an "asleep" wrapper around detailed stages, an "awake" inside it, "in bed" under everything).
 */
const PRIORITY: Record<SleepStage, number> = {
  deep: 7,
  rem: 6,
  light: 5,
  awake: 4,
  asleep: 3,
  unknown: 2,
  in_bed: 1,
};

const SLEEP_STAGES: ReadonlySet<SleepStage> = new Set(['asleep', 'light', 'deep', 'rem']);

/** Stages that open and chain sessions; awake and unknown only count inside one. */
function isAnchor(stage: SleepStage): boolean {
  return stage !== 'awake' && stage !== 'unknown';
}

function compareStages(a: StageInterval, b: StageInterval): number {
  return (
    cmp(a.dataSourceId, b.dataSourceId) ||
    a.start - b.start ||
    a.end - b.end ||
    PRIORITY[b.stage] - PRIORITY[a.stage] ||
    cmp(a.parentId ?? '', b.parentId ?? '') ||
    cmp(a.recordId ?? '', b.recordId ?? '') ||
    cmp(a.zoneOffset ?? '', b.zoneOffset ?? '')
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Span {
  start: number;
  end: number;
}

/** Total length of the union of intervals, in ms. */
function unionLength(intervals: Span[]): number {
  const sorted = [...intervals].sort((a, b) => a.start - b.start || a.end - b.end);
  let total = 0;
  let curStart = -Infinity;
  let curEnd = -Infinity;
  for (const { start, end } of sorted) {
    if (start > curEnd) {
      if (curEnd > curStart) total += curEnd - curStart;
      curStart = start;
      curEnd = end;
    } else if (end > curEnd) {
      curEnd = end;
    }
  }
  if (curEnd > curStart) total += curEnd - curStart;
  return total;
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Milliseconds per stage after clipping overlaps by PRIORITY (a sweep over every boundary). */
function stageTotals(members: StageInterval[]): Record<SleepStage, number> {
  const totals: Record<SleepStage, number> = {
    in_bed: 0,
    asleep: 0,
    awake: 0,
    light: 0,
    deep: 0,
    rem: 0,
    unknown: 0,
  };
  const bounds = [...new Set(members.flatMap((m) => [m.start, m.end]))].sort((a, b) => a - b);
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i]!;
    const to = bounds[i + 1]!;
    let best: SleepStage | null = null;
    for (const m of members) {
      if (m.start <= from && m.end >= to && (best === null || PRIORITY[m.stage] > PRIORITY[best]))
        best = m.stage;
    }
    if (best) totals[best] += to - from;
  }
  return totals;
}

interface Group {
  dataSourceId: string;
  sessionKey: string;
  parentId: string | null;
  members: StageInterval[];
}

/** Parentless stages of one source: anchors chain while they are at most `gapMs` apart; awake/unknown are clipped in. */
function clusterByGap(dataSourceId: string, stages: StageInterval[], gapMs: number): Group[] {
  const anchors = stages.filter((s) => isAnchor(s.stage));
  const clusters: Array<{ span: Span; members: StageInterval[] }> = [];
  for (const anchor of anchors) {
    const last = clusters[clusters.length - 1];
    if (last && anchor.start - last.span.end <= gapMs) {
      last.members.push(anchor);
      last.span.end = Math.max(last.span.end, anchor.end);
    } else {
      clusters.push({ span: { start: anchor.start, end: anchor.end }, members: [anchor] });
    }
  }
  // Spans of one source never overlap, so an awake stage's clipped pieces are disjoint and each belongs to the span
  // it falls in: the result does not depend on which other sessions happen to be loaded.
  for (const stage of stages) {
    if (isAnchor(stage.stage)) continue;
    for (const cluster of clusters) {
      const start = Math.max(stage.start, cluster.span.start);
      const end = Math.min(stage.end, cluster.span.end);
      if (end > start) cluster.members.push({ ...stage, start, end });
    }
  }
  return clusters.map((c) => ({
    dataSourceId,
    sessionKey: `t:${new Date(c.span.start).toISOString()}`,
    parentId: null,
    members: c.members,
  }));
}

function groupStages(stages: StageInterval[], gapMs: number): Group[] {
  const bySource = new Map<string, StageInterval[]>();
  for (const stage of stages) {
    const list = bySource.get(stage.dataSourceId) ?? [];
    list.push(stage);
    bySource.set(stage.dataSourceId, list);
  }
  const groups: Group[] = [];
  for (const [dataSourceId, sourceStages] of bySource) {
    const byParent = new Map<string, StageInterval[]>();
    const parentless: StageInterval[] = [];
    for (const stage of sourceStages) {
      if (stage.parentId === null) {
        parentless.push(stage);
      } else {
        const list = byParent.get(stage.parentId) ?? [];
        list.push(stage);
        byParent.set(stage.parentId, list);
      }
    }
    // The platform already grouped these stages into a session: its id wins over the gap rule.
    for (const [parentId, members] of byParent) {
      if (members.some((m) => isAnchor(m.stage))) {
        groups.push({ dataSourceId, sessionKey: `p:${parentId}`, parentId, members });
      }
    }
    groups.push(...clusterByGap(dataSourceId, parentless, gapMs));
  }
  return groups;
}

const seconds = (ms: number) => Math.round(ms / 1000);

/**
 * Stages in, sessions out: a pure function of the set of stages, so the result is the same whatever the order or
 * split of the batches that delivered them. Sessions are assembled per data source; then an in-bed-only session
 * (an iPhone's "in bed") that overlaps a session with real sleep stages from another source (the Watch's) is merged
 * into it: its in-bed time extends that session's time in bed and it stops being primary, so the night counts once.
 */
export function assembleSleepSessions(
  input: StageInterval[],
  options: SleepAssemblyOptions,
): AssembledSession[] {
  const gapMs = options.gapMinutes * 60_000;
  const sorted = [...input].sort(compareStages);
  const unique: StageInterval[] = [];
  for (const stage of sorted) {
    const prev = unique[unique.length - 1];
    const same =
      prev &&
      prev.dataSourceId === stage.dataSourceId &&
      prev.start === stage.start &&
      prev.end === stage.end &&
      prev.stage === stage.stage;
    if (!same) unique.push(stage);
  }

  const groups = groupStages(unique, gapMs).map((g) => {
    const start = Math.min(...g.members.map((m) => m.start));
    const end = Math.max(...g.members.map((m) => m.end));
    const hasSleep = g.members.some((m) => SLEEP_STAGES.has(m.stage));
    return { ...g, start, end, hasSleep, absorbed: [] as Span[], isPrimary: true };
  });
  groups.sort(
    (a, b) => cmp(a.dataSourceId, b.dataSourceId) || a.start - b.start || cmp(a.sessionKey, b.sessionKey),
  );

  const staged = groups.filter((g) => g.hasSleep);
  for (const inBedOnly of groups.filter((g) => !g.hasSleep)) {
    let target: (typeof groups)[number] | null = null;
    let best = 0;
    for (const candidate of staged) {
      if (candidate.dataSourceId === inBedOnly.dataSourceId) continue;
      const shared = overlap(inBedOnly, candidate);
      if (shared > best) {
        best = shared;
        target = candidate;
      }
    }
    if (target) {
      inBedOnly.isPrimary = false;
      target.absorbed.push(...inBedOnly.members.filter((m) => m.stage === 'in_bed'));
    }
  }

  return groups.map((g) => {
    const totals = stageTotals(g.members);
    const timeInBed = unionLength([...g.members, ...g.absorbed]);
    const totalSleep = totals.asleep + totals.light + totals.deep + totals.rem;
    const last = [...g.members].sort((a, b) => b.end - a.end || b.start - a.start || compareStages(a, b))[0]!;
    const efficiency =
      totalSleep > 0 && timeInBed > 0
        ? Math.min(100, Math.round((totalSleep / timeInBed) * 10_000) / 100)
        : null;
    return {
      dataSourceId: g.dataSourceId,
      sessionKey: g.sessionKey,
      parentId: g.parentId,
      start: g.start,
      end: g.end,
      zoneOffset: last.zoneOffset,
      localDate: localDate(g.end, last.zoneOffset),
      durationSeconds: seconds(g.end - g.start),
      timeInBedSeconds: seconds(timeInBed),
      totalSleepSeconds: seconds(totalSleep),
      awakeSeconds: seconds(totals.awake),
      lightSeconds: seconds(totals.light),
      deepSeconds: seconds(totals.deep),
      remSeconds: seconds(totals.rem),
      asleepSeconds: seconds(totals.asleep),
      inBedSeconds: seconds(totals.in_bed),
      unknownSeconds: seconds(totals.unknown),
      efficiency,
      stageCount: g.members.length,
      isPrimary: g.isPrimary,
    };
  });
}
