import { describe, expect, it } from '@jest/globals';
import type { SleepStage } from './mapping/parsed-items.js';
import { localDate } from '../../common/time/local-time.js';
import { assembleSleepSessions, type StageInterval } from './sleep-assembly.js';

const WATCH = 'watch-source';
const PHONE = 'phone-source';
const t = (iso: string) => Date.parse(iso);

function stage(s: SleepStage, start: string, end: string, extra: Partial<StageInterval> = {}): StageInterval {
  return {
    dataSourceId: WATCH,
    stage: s,
    start: t(start),
    end: t(end),
    parentId: null,
    zoneOffset: '+02:00',
    recordId: `${s}-${start}`,
    ...extra,
  };
}

/** A watch night 22:00–06:00 UTC with an awake gap and stages of every kind. */
const NIGHT: StageInterval[] = [
  stage('light', '2026-04-09T22:00:00Z', '2026-04-09T23:00:00Z'),
  stage('deep', '2026-04-09T23:00:00Z', '2026-04-10T00:30:00Z'),
  stage('awake', '2026-04-10T00:30:00Z', '2026-04-10T00:45:00Z'),
  stage('rem', '2026-04-10T00:45:00Z', '2026-04-10T02:00:00Z'),
  stage('light', '2026-04-10T02:00:00Z', '2026-04-10T06:00:00Z'),
];

/** A small deterministic PRNG so shuffles are reproducible. */
function rng(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

function shuffled<T>(items: T[], seed: number): T[] {
  const random = rng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const options = { gapMinutes: 120 };

describe('assembleSleepSessions', () => {
  it('totals each stage of one night and computes efficiency from time in bed', () => {
    const [session, ...rest] = assembleSleepSessions(NIGHT, options);
    expect(rest).toHaveLength(0);
    expect(session).toMatchObject({
      dataSourceId: WATCH,
      sessionKey: 't:2026-04-09T22:00:00.000Z',
      start: t('2026-04-09T22:00:00Z'),
      end: t('2026-04-10T06:00:00Z'),
      durationSeconds: 8 * 3600,
      lightSeconds: 5 * 3600,
      deepSeconds: 90 * 60,
      remSeconds: 75 * 60,
      awakeSeconds: 15 * 60,
      totalSleepSeconds: 8 * 3600 - 15 * 60,
      timeInBedSeconds: 8 * 3600,
      // 465 / 480 min
      efficiency: 96.88,
      localDate: '2026-04-10',
      zoneOffset: '+02:00',
      isPrimary: true,
      stageCount: 5,
    });
  });

  it('gives the same sessions whatever the order of the stages', () => {
    const stages = [
      ...NIGHT,
      stage('light', '2026-04-10T13:00:00Z', '2026-04-10T13:40:00Z'),
      stage('asleep', '2026-04-10T21:30:00Z', '2026-04-11T05:00:00Z', { dataSourceId: PHONE }),
    ];
    const expected = assembleSleepSessions(stages, options);
    expect(expected).toHaveLength(3);
    for (let seed = 1; seed <= 20; seed++) {
      expect(assembleSleepSessions(shuffled(stages, seed), options)).toEqual(expected);
    }
  });

  it('splits sessions only when anchors are more than the gap apart', () => {
    const within = [
      stage('light', '2026-04-10T00:00:00Z', '2026-04-10T01:00:00Z'),
      stage('light', '2026-04-10T03:00:00Z', '2026-04-10T04:00:00Z'),
    ];
    expect(assembleSleepSessions(within, options)).toHaveLength(1);
    const beyond = [
      stage('light', '2026-04-10T00:00:00Z', '2026-04-10T01:00:00Z'),
      stage('light', '2026-04-10T03:00:01Z', '2026-04-10T04:00:00Z'),
    ];
    expect(assembleSleepSessions(beyond, options)).toHaveLength(2);
    expect(assembleSleepSessions(beyond, { gapMinutes: 180 })).toHaveLength(1);
  });

  it('uses the Android session id over the gap rule', () => {
    const stages = [
      stage('light', '2026-04-10T00:00:00Z', '2026-04-10T01:00:00Z', { parentId: 'hc-1' }),
      stage('deep', '2026-04-10T01:00:00Z', '2026-04-10T02:00:00Z', { parentId: 'hc-2' }),
    ];
    const sessions = assembleSleepSessions(stages, options);
    expect(sessions.map((s) => [s.sessionKey, s.parentId])).toEqual([
      ['p:hc-1', 'hc-1'],
      ['p:hc-2', 'hc-2'],
    ]);
  });

  it('counts overlapping stages once, the more specific stage winning', () => {
    const stages = [
      stage('asleep', '2026-04-10T00:00:00Z', '2026-04-10T04:00:00Z'),
      stage('deep', '2026-04-10T01:00:00Z', '2026-04-10T02:00:00Z'),
      stage('awake', '2026-04-10T03:00:00Z', '2026-04-10T03:30:00Z'),
      stage('in_bed', '2026-04-09T23:30:00Z', '2026-04-10T04:30:00Z'),
    ];
    const [session] = assembleSleepSessions(stages, options);
    expect(session).toMatchObject({
      deepSeconds: 3600,
      awakeSeconds: 1800,
      asleepSeconds: 3 * 3600 - 1800,
      inBedSeconds: 3600,
      totalSleepSeconds: 3 * 3600 + 1800,
      timeInBedSeconds: 5 * 3600,
      efficiency: 70,
    });
  });

  it('merges an iPhone in-bed interval into the overlapping Watch session instead of counting the night twice', () => {
    const stages = [
      stage('in_bed', '2026-04-09T21:40:00Z', '2026-04-10T05:10:00Z', { dataSourceId: PHONE }),
      stage('deep', '2026-04-09T22:31:30Z', '2026-04-09T22:58:00Z'),
      stage('light', '2026-04-09T22:58:00Z', '2026-04-10T04:58:00Z'),
    ];
    const sessions = assembleSleepSessions(stages, options);
    const phone = sessions.find((s) => s.dataSourceId === PHONE)!;
    const watch = sessions.find((s) => s.dataSourceId === WATCH)!;
    expect(phone).toMatchObject({
      isPrimary: false,
      inBedSeconds: 27000,
      totalSleepSeconds: 0,
      efficiency: null,
    });
    // Watch asleep 22:31:30–04:58 = 23190 s; in bed 21:40–05:10 = 27000 s.
    expect(watch).toMatchObject({
      isPrimary: true,
      deepSeconds: 1590,
      lightSeconds: 21600,
      totalSleepSeconds: 23190,
      timeInBedSeconds: 27000,
      efficiency: 85.89,
    });
  });

  it('keeps an in-bed-only session primary when no other source slept then', () => {
    const [session] = assembleSleepSessions(
      [stage('in_bed', '2026-04-09T21:40:00Z', '2026-04-10T05:10:00Z', { dataSourceId: PHONE })],
      options,
    );
    expect(session).toMatchObject({
      isPrimary: true,
      timeInBedSeconds: 27000,
      totalSleepSeconds: 0,
      efficiency: null,
    });
  });

  it('ignores awake stages outside any session and clips those that stick out', () => {
    const stages = [
      stage('awake', '2026-04-09T20:00:00Z', '2026-04-09T20:30:00Z'),
      stage('light', '2026-04-10T00:00:00Z', '2026-04-10T01:00:00Z'),
      stage('awake', '2026-04-10T01:00:00Z', '2026-04-10T01:30:00Z'),
      stage('light', '2026-04-10T01:30:00Z', '2026-04-10T02:00:00Z'),
      stage('awake', '2026-04-10T02:00:00Z', '2026-04-10T02:20:00Z'),
    ];
    const sessions = assembleSleepSessions(stages, options);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({
      start: t('2026-04-10T00:00:00Z'),
      end: t('2026-04-10T02:00:00Z'),
      awakeSeconds: 1800,
      lightSeconds: 5400,
      stageCount: 3,
    });
  });

  it('collapses the same stage delivered twice', () => {
    expect(assembleSleepSessions([...NIGHT, ...NIGHT], options)).toEqual(
      assembleSleepSessions(NIGHT, options),
    );
  });
});

describe('localDate', () => {
  it('reads the calendar day in the record offset', () => {
    expect(localDate(t('2026-04-09T23:30:00Z'), '+02:00')).toBe('2026-04-10');
    expect(localDate(t('2026-04-10T01:30:00Z'), '-05:00')).toBe('2026-04-09');
    expect(localDate(t('2026-04-10T01:30:00Z'), null)).toBe('2026-04-10');
  });
});
