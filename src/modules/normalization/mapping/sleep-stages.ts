import type { SleepStage } from './parsed-items.js';

/**
 * Every stage spelling seen on the wire, keyed by its folded form (lower case, without `_`, `-` or spaces), so
 * `in_bed`, `inBed` and `IN_BED` are one key. `core` is Apple's name for light sleep.
 */
const STAGES_BY_FOLDED_SPELLING: Readonly<Record<string, SleepStage>> = {
  inbed: 'in_bed',
  sleeping: 'asleep',
  asleep: 'asleep',
  asleepunspecified: 'asleep',
  awake: 'awake',
  // Awake in bed is still awake; out of bed ends sleep but sits inside the session window.
  awakeinbed: 'awake',
  outofbed: 'awake',
  light: 'light',
  core: 'light',
  asleepcore: 'light',
  deep: 'deep',
  asleepdeep: 'deep',
  rem: 'rem',
  asleeprem: 'rem',
  unknown: 'unknown',
  undefined: 'unknown',
};

/** HealthKit export names (`HKCategoryValueSleepAnalysisAsleepCore`) carry this prefix. */
const HEALTHKIT_PREFIX = 'hkcategoryvaluesleepanalysis';

/** The unified stage, or null when the spelling is not one we know. */
export function mapSleepStage(vendorStage: string): SleepStage | null {
  let folded = vendorStage.toLowerCase().replace(/[\s_-]/g, '');
  if (folded.startsWith(HEALTHKIT_PREFIX)) folded = folded.slice(HEALTHKIT_PREFIX.length);
  return Object.hasOwn(STAGES_BY_FOLDED_SPELLING, folded) ? STAGES_BY_FOLDED_SPELLING[folded] : null;
}
