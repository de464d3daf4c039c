/**
 * The export writes HealthKit category values by name (`HKCategoryValueMenstrualFlowMedium`); the iOS SDK sends the
 * enum's raw integer (`3`). Raw values from Apple's HKCategoryValue* enums.
 */
const GROUPS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  MenstrualFlow: { Unspecified: 1, Light: 2, Medium: 3, Heavy: 4, None: 5 },
  CervicalMucusQuality: { Dry: 1, Sticky: 2, Creamy: 3, Watery: 4, EggWhite: 5 },
  // `Positive` is the pre-iOS 15 name of the luteinizing hormone surge.
  OvulationTestResult: {
    Negative: 1,
    LuteinizingHormoneSurge: 2,
    Positive: 2,
    Indeterminate: 3,
    EstrogenSurge: 4,
  },
  ProgesteroneTestResult: { Negative: 1, Positive: 2, Indeterminate: 3 },
  PregnancyTestResult: { Negative: 1, Positive: 2, Indeterminate: 3 },
  AppleStandHour: { Stood: 0, Idle: 1 },
  Severity: { Unspecified: 0, NotPresent: 1, Mild: 2, Moderate: 3, Severe: 4 },
  Presence: { Present: 0, NotPresent: 1 },
  AppetiteChanges: { Unspecified: 0, NoChange: 1, Decreased: 2, Increased: 3 },
  EnvironmentalAudioExposureEvent: { MomentaryLimit: 1 },
  HeadphoneAudioExposureEvent: { SevenDayLimit: 1 },
  LowCardioFitnessEvent: { LowFitness: 1 },
  AppleWalkingSteadinessEvent: { InitialLow: 1, InitialVeryLow: 2, RepeatLow: 3, RepeatVeryLow: 4 },
  Contraceptive: {
    Unspecified: 1,
    Implant: 2,
    Injection: 3,
    IntrauterineDevice: 4,
    IntravaginalRing: 5,
    Oral: 6,
    Patch: 7,
  },
  SleepAnalysis: {
    InBed: 0,
    Asleep: 1,
    AsleepUnspecified: 1,
    Awake: 2,
    AsleepCore: 3,
    AsleepDeep: 4,
    AsleepREM: 5,
  },
};

const PREFIX = 'HKCategoryValue';

const CATEGORY_VALUES: ReadonlyMap<string, number> = new Map([
  [`${PREFIX}NotApplicable`, 0],
  ...Object.entries(GROUPS).flatMap(([group, members]) =>
    Object.entries(members).map(([member, raw]) => [`${PREFIX}${group}${member}`, raw] as const),
  ),
]);

/** The raw integer of a category value name, or of a value already written as an integer; null when unknown. */
export function categoryValue(value: string): number | null {
  const known = CATEGORY_VALUES.get(value);
  if (known !== undefined) return known;
  return /^\d+$/.test(value) ? Number(value) : null;
}

/** iOS `_sleepStageString`: HKCategoryValueSleepAnalysis raw value → the SDK's stage string. */
const SLEEP_STAGES = ['in_bed', 'sleeping', 'awake', 'light', 'deep', 'rem'] as const;

export function sleepStage(value: string): string {
  const raw = categoryValue(value);
  return raw !== null && raw < SLEEP_STAGES.length ? SLEEP_STAGES[raw] : 'unknown';
}
