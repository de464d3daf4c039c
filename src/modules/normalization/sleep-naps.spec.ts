import { describe, expect, it } from '@jest/globals';
import type { SleepStage } from './mapping/parsed-items.js';
import { assembleSleepSessions, type StageInterval } from './sleep-assembly.js';
import { napIds } from './sleep-naps.js';

const GAP_MINUTES = 120;
const NAP_MAX_MINUTES = 180;
const OFFSET = '+01:00';

/** Local wall-clock time (OFFSET) on 2026-04-10, or the next day for hours ≥ 24. */
function at(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return Date.parse('2026-04-10T00:00:00Z') + ((h! - 1) * 60 + m!) * 60_000;
}

function stage(stage: SleepStage, from: string, to: string): StageInterval {
  return {
    dataSourceId: 'watch',
    stage,
    start: at(from),
    end: at(to),
    parentId: null,
    zoneOffset: OFFSET,
    recordId: `${stage}-${from}`,
  };
}

function nights(stages: StageInterval[]) {
  const sessions = assembleSleepSessions(stages, { gapMinutes: GAP_MINUTES });
  const naps = napIds(
    sessions.map((s) => ({
      id: s.sessionKey,
      dataSourceId: s.dataSourceId,
      localDate: s.localDate,
      start: s.start,
      end: s.end,
      zoneOffset: s.zoneOffset,
      isPrimary: s.isPrimary,
    })),
    { maxMinutes: NAP_MAX_MINUTES, separationMinutes: GAP_MINUTES },
  );
  return sessions
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ hours: s.totalSleepSeconds / 3600, nap: naps.has(s.sessionKey) }));
}

/** A night 23:00–07:30 broken at 03:00 by a wake of `minutes`, recorded as an awake stage. */
function brokenNight(minutes: number): StageInterval[] {
  const wakeEnd = at('27:00') + minutes * 60_000;
  return [
    stage('light', '23:00', '25:00'),
    stage('deep', '25:00', '27:00'),
    { ...stage('awake', '27:00', '27:00'), end: wakeEnd },
    { ...stage('light', '27:00', '31:30'), start: wakeEnd },
  ];
}

describe('sleep nights and naps', () => {
  it.each([
    ['a 10-minute wake', brokenNight(10), [{ hours: 8.5 - 10 / 60, nap: false }]],
    ['a 35-minute wake', brokenNight(35), [{ hours: 8.5 - 35 / 60, nap: false }]],
    ['a 70-minute wake', brokenNight(70), [{ hours: 8.5 - 70 / 60, nap: false }]],
    // Past the two-hour gap the halves are two sessions, but the second is not daytime: still night sleep.
    [
      'a 150-minute wake',
      brokenNight(150),
      [
        { hours: 4, nap: false },
        { hours: 2, nap: false },
      ],
    ],
    [
      'a night and an afternoon nap',
      [stage('light', '23:00', '31:00'), stage('light', '38:00', '38:40')],
      [
        { hours: 8, nap: false },
        { hours: 40 / 60, nap: true },
      ],
    ],
    ['a shift worker sleeping 09:00–16:00', [stage('light', '33:00', '40:00')], [{ hours: 7, nap: false }]],
    [
      'a shift worker with an evening doze before the next shift',
      [stage('light', '33:00', '40:00'), stage('light', '43:00', '43:45')],
      [
        { hours: 7, nap: false },
        { hours: 0.75, nap: true },
      ],
    ],
  ])('%s', (_case, stages, expected) => {
    const result = nights(stages);
    expect(result.map((r) => r.nap)).toEqual(expected.map((e) => e.nap));
    result.forEach((r, i) => expect(r.hours).toBeCloseTo(expected[i]!.hours, 5));
  });
});
