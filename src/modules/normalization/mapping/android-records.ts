import type { RecordTypeTable } from './platform-table-types.js';

/**
 * The Android SDK's record `type` vocabulary. Health Connect and Samsung Health managers share it (a name means
 * the same thing whichever manager wrote it), so both providers read this one table.
 */
export const ANDROID_RECORD_TYPES = {
  HEART_RATE: { metric: 'heart_rate' },
  RESTING_HEART_RATE: { metric: 'resting_heart_rate' },
  // Health Connect only has an RMSSD record, whatever the SDK id (`heartRateVariabilitySDNN`) suggests.
  HEART_RATE_VARIABILITY: { metric: 'heart_rate_variability_rmssd' },
  OXYGEN_SATURATION: { metric: 'oxygen_saturation' },
  BLOOD_GLUCOSE: { metric: 'blood_glucose' },
  BLOOD_PRESSURE_SYSTOLIC: { metric: 'blood_pressure_systolic' },
  BLOOD_PRESSURE_DIASTOLIC: { metric: 'blood_pressure_diastolic' },
  RESPIRATORY_RATE: { metric: 'respiratory_rate' },
  HEIGHT: { metric: 'height' },
  WEIGHT: { metric: 'weight' },
  BODY_FAT: { metric: 'body_fat_percentage' },
  BODY_FAT_MASS: { metric: 'body_fat_mass' },
  LEAN_BODY_MASS: { metric: 'lean_body_mass' },
  SKELETAL_MUSCLE_MASS: { metric: 'skeletal_muscle_mass' },
  BMI: { metric: 'body_mass_index' },
  BODY_TEMPERATURE: { metric: 'body_temperature' },
  VO2_MAX: { metric: 'vo2_max' },
  STEP_COUNT: { metric: 'steps' },
  ACTIVE_CALORIES_BURNED: { metric: 'active_energy' },
  TOTAL_CALORIES_BURNED: { metric: 'total_energy' },
  BASAL_METABOLIC_RATE: { metric: 'basal_metabolic_rate' },
  FLOORS_CLIMBED: { metric: 'flights_climbed' },
  DISTANCE: { metric: 'distance' },
  POWER: { metric: 'power' },
  SPEED: { metric: 'speed' },
  CYCLING_PEDALING_CADENCE: { metric: 'cadence' },
  HYDRATION: { metric: 'hydration' },

  // Nutrition (NutritionPayload): a FOOD parent per meal, then one child record per nutrient.
  FOOD: { metric: 'meal' },
  DIETARY_ENERGY: { metric: 'dietary_energy' },
  DIETARY_PROTEIN: { metric: 'dietary_protein' },
  DIETARY_CARBOHYDRATE: { metric: 'dietary_carbohydrates' },
  DIETARY_FIBER: { metric: 'dietary_fiber' },
  DIETARY_SUGAR: { metric: 'dietary_sugar' },
  DIETARY_TOTAL_FAT: { metric: 'dietary_fat_total' },
  DIETARY_SATURATED_FAT: { metric: 'dietary_fat_saturated' },
  DIETARY_MONOUNSATURATED_FAT: { metric: 'dietary_fat_monounsaturated' },
  DIETARY_POLYUNSATURATED_FAT: { metric: 'dietary_fat_polyunsaturated' },
  DIETARY_TRANS_FAT: { metric: 'dietary_fat_trans' },
  DIETARY_CHOLESTEROL: { metric: 'dietary_cholesterol' },
  DIETARY_SODIUM: { metric: 'dietary_sodium' },
  DIETARY_POTASSIUM: { metric: 'dietary_potassium' },
  DIETARY_VITAMIN_A: { metric: 'dietary_vitamin_a' },
  DIETARY_VITAMIN_C: { metric: 'dietary_vitamin_c' },
  DIETARY_CALCIUM: { metric: 'dietary_calcium' },
  DIETARY_IRON: { metric: 'dietary_iron' },
} as const satisfies RecordTypeTable;
