/** One canonical workout statistic: what the number means and the unit it is stored in. */
export interface WorkoutStatisticDefinition {
  code: string;
  unit: string;
  description: string;
  /** Plausible range in `unit`; a statistic outside it is kept aside with a reason, not stored. */
  min: number;
  max: number;
}

export const WORKOUT_STATISTICS = [
  {
    code: 'duration',
    unit: 's',
    min: 0,
    max: 604800,
    description: 'Workout duration as the platform reports it (else end − start)',
  },
  {
    code: 'active_energy',
    unit: 'kcal',
    min: 0,
    max: 50000,
    description: 'Active energy burned during the workout',
  },
  {
    code: 'basal_energy',
    unit: 'kcal',
    min: 0,
    max: 50000,
    description: 'Basal energy burned during the workout',
  },
  {
    code: 'total_energy',
    unit: 'kcal',
    min: 0,
    max: 50000,
    description:
      'Total energy burned (active + basal) when the platform reports only the total; never added to active_energy',
  },
  { code: 'distance', unit: 'm', min: 0, max: 2000000, description: 'Distance covered' },
  { code: 'steps', unit: 'count', min: 0, max: 500000, description: 'Steps taken' },
  { code: 'swim_strokes', unit: 'count', min: 0, max: 500000, description: 'Swimming strokes' },
  { code: 'lap_length', unit: 'm', min: 0, max: 10000, description: 'Pool lap length' },
  { code: 'heart_rate_min', unit: 'bpm', min: 20, max: 300, description: 'Lowest heart rate' },
  { code: 'heart_rate_avg', unit: 'bpm', min: 20, max: 300, description: 'Average heart rate' },
  { code: 'heart_rate_max', unit: 'bpm', min: 20, max: 300, description: 'Highest heart rate' },
  { code: 'speed_avg', unit: 'm/s', min: 0, max: 100, description: 'Average speed' },
  { code: 'speed_max', unit: 'm/s', min: 0, max: 150, description: 'Highest speed' },
  { code: 'running_speed_avg', unit: 'm/s', min: 0, max: 15, description: 'Average running speed' },
  { code: 'power_avg', unit: 'W', min: 0, max: 3000, description: 'Average power' },
  { code: 'power_max', unit: 'W', min: 0, max: 3000, description: 'Highest power' },
  { code: 'step_cadence_avg', unit: 'spm', min: 0, max: 400, description: 'Average step cadence' },
  { code: 'step_cadence_max', unit: 'spm', min: 0, max: 400, description: 'Highest step cadence' },
  { code: 'cycling_cadence_avg', unit: 'rpm', min: 0, max: 300, description: 'Average pedalling cadence' },
  { code: 'cycling_cadence_max', unit: 'rpm', min: 0, max: 300, description: 'Highest pedalling cadence' },
  {
    code: 'running_stride_length_avg',
    unit: 'm',
    min: 0,
    max: 5,
    description: 'Average running stride length',
  },
  {
    code: 'vertical_oscillation_avg',
    unit: 'cm',
    min: 0,
    max: 50,
    description: 'Average vertical oscillation',
  },
  {
    code: 'ground_contact_time_avg',
    unit: 'ms',
    min: 0,
    max: 2000,
    description: 'Average ground contact time',
  },
  { code: 'elevation_gain', unit: 'm', min: 0, max: 20000, description: 'Total elevation gained' },
  { code: 'elevation_loss', unit: 'm', min: 0, max: 20000, description: 'Total elevation lost' },
  { code: 'altitude_min', unit: 'm', min: -500, max: 9000, description: 'Lowest altitude' },
  { code: 'altitude_max', unit: 'm', min: -500, max: 9000, description: 'Highest altitude' },
  { code: 'vo2_max', unit: 'mL/kg/min', min: 5, max: 100, description: 'VO₂max estimated from the workout' },
  { code: 'mets_avg', unit: 'kcal/kg/h', min: 0, max: 30, description: 'Average metabolic equivalent (MET)' },
  {
    code: 'swimming_location_type',
    unit: 'enum',
    min: 0,
    max: 2,
    description: 'Swimming location: 0 unknown, 1 pool, 2 open water',
  },
  { code: 'indoor', unit: 'bool', min: 0, max: 1, description: '1 when the workout was indoors' },
  {
    code: 'weather_temperature',
    unit: 'degC',
    min: -90,
    max: 60,
    description: 'Weather temperature during the workout',
  },
  {
    code: 'weather_humidity',
    unit: '%',
    min: 0,
    max: 100,
    description: 'Relative humidity during the workout',
  },
] as const satisfies readonly WorkoutStatisticDefinition[];

export type WorkoutStatisticCode = (typeof WORKOUT_STATISTICS)[number]['code'];

const BY_CODE: ReadonlyMap<string, WorkoutStatisticDefinition> = new Map(
  WORKOUT_STATISTICS.map((statistic) => [statistic.code, statistic]),
);

export function getWorkoutStatistic(code: string): WorkoutStatisticDefinition | undefined {
  return BY_CODE.get(code);
}
