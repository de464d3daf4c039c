import type { SleepStage } from '../mapping/parsed-items.js';

export interface SleepStageDefinition {
  code: SleepStage;
  description: string;
}

/** The one stage set every platform's sleep samples are mapped to. */
export const SLEEP_STAGES = [
  { code: 'in_bed', description: 'In bed, asleep or not (the iPhone wrapper interval)' },
  { code: 'asleep', description: 'Asleep, stage not specified' },
  { code: 'awake', description: 'Awake during the sleep session (also out of bed)' },
  { code: 'light', description: 'Light sleep (Apple core sleep)' },
  { code: 'deep', description: 'Deep sleep' },
  { code: 'rem', description: 'REM sleep' },
  { code: 'unknown', description: 'Stage not known; the vendor stage is kept' },
] as const satisfies readonly SleepStageDefinition[];
