import { describe, expect, it } from '@jest/globals';
import { parseSleep } from './index.js';
import { mapSleepStage } from './sleep-stages.js';

function stage(value: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'E5F6A7B8-C9D0-4B11-CC33-EEFF00112207',
    parentId: null,
    stage: value,
    startDate: '2026-04-09T22:31:30Z',
    endDate: '2026-04-09T22:58:00Z',
    zoneOffset: '+02:00',
    source: null,
    values: null,
    metadata: null,
    ...extra,
  };
}

describe('mapSleepStage', () => {
  it.each([
    ['in_bed', 'in_bed'],
    ['inBed', 'in_bed'],
    ['IN_BED', 'in_bed'],
    ['sleeping', 'asleep'],
    ['asleep', 'asleep'],
    ['asleepUnspecified', 'asleep'],
    ['awake', 'awake'],
    ['AWAKE', 'awake'],
    ['out_of_bed', 'awake'],
    ['light', 'light'],
    ['core', 'light'],
    ['asleepCore', 'light'],
    ['deep', 'deep'],
    ['asleepDeep', 'deep'],
    ['rem', 'rem'],
    ['asleepREM', 'rem'],
    ['REM', 'rem'],
    ['unknown', 'unknown'],
    ['HKCategoryValueSleepAnalysisAsleepCore', 'light'],
    ['HKCategoryValueSleepAnalysisInBed', 'in_bed'],
  ])('maps %s to %s', (spelling, expected) => {
    expect(mapSleepStage(spelling)).toBe(expected);
  });

  it('returns null for a spelling it does not know', () => {
    expect(mapSleepStage('napping')).toBeNull();
  });
});

describe('parseSleep', () => {
  it('maps the stage and keeps the vendor spelling', () => {
    const result = parseSleep('apple', stage('core'), 1);
    expect(result).toMatchObject({
      ok: true,
      item: { kind: 'sleep_stage', stage: 'light', vendorType: 'core', index: 1 },
    });
  });

  it('keeps an unknown stage spelling as unknown instead of dropping it', () => {
    const result = parseSleep('google', stage('napping'), 0);
    expect(result).toMatchObject({ ok: true, item: { stage: 'unknown', vendorType: 'napping' } });
  });

  it('keeps Samsung per-stage values such as sleepScore', () => {
    const result = parseSleep(
      'samsung',
      stage('light', { values: [{ type: 'sleepScore', value: 82, unit: 'score' }, 'junk'] }),
      0,
    );
    expect(result).toMatchObject({
      ok: true,
      item: { values: [{ type: 'sleepScore', value: 82, unit: 'score' }] },
    });
  });

  it('rejects a stage without a stage string', () => {
    expect(parseSleep('apple', stage(null), 2)).toEqual({
      ok: false,
      rejection: { collection: 'sleep', index: 2, reason: 'missing stage' },
    });
  });
});
