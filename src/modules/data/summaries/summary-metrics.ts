/** Summary figure → the metrics that feed it (deduplicated together) and its unit. */
export const ACTIVITY_GROUPS = [
  { key: 'steps', metrics: ['steps'], unit: 'count' },
  { key: 'distance', metrics: ['distance_walking_running', 'distance'], unit: 'm' },
  { key: 'cycling_distance', metrics: ['distance_cycling'], unit: 'm' },
  { key: 'floors', metrics: ['flights_climbed'], unit: 'count' },
  { key: 'active_energy', metrics: ['active_energy'], unit: 'kcal' },
  { key: 'basal_energy', metrics: ['basal_energy'], unit: 'kcal' },
  { key: 'total_energy', metrics: ['total_energy'], unit: 'kcal' },
  { key: 'exercise_time', metrics: ['exercise_time'], unit: 'min' },
] as const;

/** The metrics of the daily body summary (a selection of the catalogue's body metrics, vitals included). */
export const BODY_SUMMARY_METRICS = [
  'weight',
  'height',
  'body_fat_percentage',
  'body_mass_index',
  'body_temperature',
  'blood_pressure_systolic',
  'blood_pressure_diastolic',
  'resting_heart_rate',
  'heart_rate_variability_sdnn',
  'heart_rate_variability_rmssd',
] as const;
