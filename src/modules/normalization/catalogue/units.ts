/**
 * The one unit registry. Every unit string a platform may put in `unit` is listed with its dimension and how to
 * reach the dimension's base unit (`base = value × factor + offset`). Conversions only happen inside a dimension;
 * concentrations cross between mass and molar forms only with the analyte's molar mass.
 */

export type Dimension =
  | 'energy'
  | 'energy_rate'
  | 'volume'
  | 'volume_flow'
  | 'mass'
  | 'length'
  | 'duration'
  | 'temperature'
  | 'count'
  | 'frequency'
  | 'speed'
  | 'power'
  | 'percent'
  | 'pressure'
  | 'mass_concentration'
  | 'molar_concentration'
  | 'oxygen_uptake'
  | 'metabolic_equivalent'
  | 'sound_level'
  | 'insulin'
  | 'body_mass_index'
  | 'conductance'
  | 'angle'
  | 'score'
  | 'index'
  | 'flag'
  | 'enumeration';

/** What a per-minute frequency counts; a step cadence is never turned into a pedal cadence. */
export type FrequencyOf = 'beats' | 'breaths' | 'steps' | 'revolutions';

export interface UnitDefinition {
  dimension: Dimension;
  factor: number;
  offset?: number;
  counts?: FrequencyOf;
}

const u = (dimension: Dimension, factor = 1, extra: Partial<UnitDefinition> = {}): UnitDefinition => ({
  dimension,
  factor,
  ...extra,
});

const KCAL_PER_KJ = 1 / 4.184;
const LITRE = 1000;
const US_FLUID_OUNCE = 29.5735295625;
const POUND = 0.45359237;
const FOOT = 0.3048;
const MILE = 1609.344;

// Base units: kcal, kcal/day, mL, L/min, kg, m, s, degC, count, per minute, m/s, W, %, mmHg, mg/dL, mmol/L,
// mL/kg/min, kcal/kg/h, dB, IU, kg/m2, µS.
export const UNITS: Readonly<Record<string, UnitDefinition>> = {
  // Energy. HealthKit's `Cal` is the large (food) calorie; `cal` is the small one.
  kcal: u('energy'),
  Kcal: u('energy'),
  KCAL: u('energy'),
  Cal: u('energy'),
  kilocalorie: u('energy'),
  kilocalories: u('energy'),
  cal: u('energy', 0.001),
  kJ: u('energy', KCAL_PER_KJ),
  kj: u('energy', KCAL_PER_KJ),
  KJ: u('energy', KCAL_PER_KJ),
  J: u('energy', KCAL_PER_KJ / 1000),

  'kcal/day': u('energy_rate'),
  'kcal/d': u('energy_rate'),
  'Cal/day': u('energy_rate'),
  'Cal/d': u('energy_rate'),
  'kJ/day': u('energy_rate', KCAL_PER_KJ),
  'kJ/d': u('energy_rate', KCAL_PER_KJ),

  mL: u('volume'),
  ml: u('volume'),
  L: u('volume', LITRE),
  l: u('volume', LITRE),
  dL: u('volume', 100),
  fl_oz: u('volume', US_FLUID_OUNCE),
  fl_oz_us: u('volume', US_FLUID_OUNCE),
  'fl oz': u('volume', US_FLUID_OUNCE),
  fl_oz_imp: u('volume', 28.4130625),
  cup_us: u('volume', 236.5882365),

  'L/min': u('volume_flow'),
  'l/min': u('volume_flow'),
  'mL/min': u('volume_flow', 0.001),
  'L/s': u('volume_flow', 60),

  kg: u('mass'),
  g: u('mass', 1e-3),
  mg: u('mass', 1e-6),
  mcg: u('mass', 1e-9),
  µg: u('mass', 1e-9),
  μg: u('mass', 1e-9),
  ug: u('mass', 1e-9),
  lb: u('mass', POUND),
  lbs: u('mass', POUND),
  oz: u('mass', POUND / 16),
  st: u('mass', POUND * 14),

  m: u('length'),
  cm: u('length', 0.01),
  mm: u('length', 0.001),
  km: u('length', 1000),
  ft: u('length', FOOT),
  in: u('length', FOOT / 12),
  yd: u('length', FOOT * 3),
  mi: u('length', MILE),

  s: u('duration'),
  sec: u('duration'),
  ms: u('duration', 0.001),
  min: u('duration', 60),
  h: u('duration', 3600),
  hr: u('duration', 3600),
  d: u('duration', 86400),
  day: u('duration', 86400),
  years: u('duration', 31557600),
  yr: u('duration', 31557600),

  degC: u('temperature'),
  '°C': u('temperature'),
  C: u('temperature'),
  celsius: u('temperature'),
  degF: u('temperature', 5 / 9, { offset: -160 / 9 }),
  '°F': u('temperature', 5 / 9, { offset: -160 / 9 }),
  F: u('temperature', 5 / 9, { offset: -160 / 9 }),
  K: u('temperature', 1, { offset: -273.15 }),

  count: u('count'),
  steps: u('count'),
  floors: u('count'),
  strokes: u('count'),
  pushes: u('count'),

  bpm: u('frequency', 1, { counts: 'beats' }),
  'beats/min': u('frequency', 1, { counts: 'beats' }),
  'breaths/min': u('frequency', 1, { counts: 'breaths' }),
  brpm: u('frequency', 1, { counts: 'breaths' }),
  spm: u('frequency', 1, { counts: 'steps' }),
  'steps/min': u('frequency', 1, { counts: 'steps' }),
  rpm: u('frequency', 1, { counts: 'revolutions' }),
  'rev/min': u('frequency', 1, { counts: 'revolutions' }),
  'count/min': u('frequency'),
  '/min': u('frequency'),
  '1/min': u('frequency'),
  Hz: u('frequency', 60),

  'm/s': u('speed'),
  'km/h': u('speed', 1000 / 3600),
  'km/hr': u('speed', 1000 / 3600),
  kph: u('speed', 1000 / 3600),
  mph: u('speed', MILE / 3600),
  'ft/s': u('speed', FOOT),

  W: u('power'),
  kW: u('power', 1000),

  '%': u('percent'),
  percent: u('percent'),

  mmHg: u('pressure'),
  kPa: u('pressure', 7.500616827),

  'mg/dL': u('mass_concentration'),
  'mg/dl': u('mass_concentration'),
  'g/L': u('mass_concentration', 100),
  'mg/L': u('mass_concentration', 0.1),
  'mmol/L': u('molar_concentration'),
  'mmol/l': u('molar_concentration'),
  mM: u('molar_concentration'),
  'µmol/L': u('molar_concentration', 0.001),

  'mL/kg/min': u('oxygen_uptake'),
  'ml/kg/min': u('oxygen_uptake'),
  'mL/(kg·min)': u('oxygen_uptake'),
  'mL/(kg*min)': u('oxygen_uptake'),

  'kcal/kg/h': u('metabolic_equivalent'),
  'kcal/kg/hr': u('metabolic_equivalent'),
  'kcal/(kg·h)': u('metabolic_equivalent'),
  'kcal/(kg·hr)': u('metabolic_equivalent'),
  'kcal/hr·kg': u('metabolic_equivalent'),
  MET: u('metabolic_equivalent'),
  METs: u('metabolic_equivalent'),

  dB: u('sound_level'),
  dBASPL: u('sound_level'),
  dBA: u('sound_level'),
  'dB(A)': u('sound_level'),
  dBSPL: u('sound_level'),

  IU: u('insulin'),
  '[IU]': u('insulin'),
  U: u('insulin'),

  kg_m2: u('body_mass_index'),
  'kg/m2': u('body_mass_index'),
  'kg/m²': u('body_mass_index'),
  'kg/m^2': u('body_mass_index'),

  uS: u('conductance'),
  µS: u('conductance'),
  μS: u('conductance'),
  mcS: u('conductance'),
  mS: u('conductance', 1000),
  S: u('conductance', 1e6),

  degrees: u('angle'),
  deg: u('angle'),

  score: u('score'),
  index: u('index'),
  bool: u('flag'),
  enum: u('enumeration'),
};

export function getUnit(symbol: string): UnitDefinition | undefined {
  return Object.hasOwn(UNITS, symbol) ? UNITS[symbol] : undefined;
}

export interface ConversionContext {
  /** g/mol of the analyte, for mass ↔ molar concentrations. */
  molarMass?: number;
}

/** A value converted to the target unit, or null when the two units do not measure the same thing. */
export function convertUnit(
  value: number,
  from: string,
  to: string,
  context: ConversionContext = {},
): number | null {
  if (from === to) return value;
  const source = getUnit(from);
  const target = getUnit(to);
  if (!source || !target) return null;
  if (source.dimension !== target.dimension) {
    return convertConcentration(value, source, target, context.molarMass);
  }
  if (source.counts && target.counts && source.counts !== target.counts) return null;
  const base = value * source.factor + (source.offset ?? 0);
  return tidy((base - (target.offset ?? 0)) / target.factor);
}

function convertConcentration(
  value: number,
  source: UnitDefinition,
  target: UnitDefinition,
  molarMass: number | undefined,
): number | null {
  if (molarMass === undefined) return null;
  // mmol/L × mg/mmol = mg/L, and 1 mg/dL = 10 mg/L.
  const mgPerDlPerMmolPerL = molarMass / 10;
  if (source.dimension === 'molar_concentration' && target.dimension === 'mass_concentration') {
    return tidy((value * source.factor * mgPerDlPerMmolPerL) / target.factor);
  }
  if (source.dimension === 'mass_concentration' && target.dimension === 'molar_concentration') {
    return tidy((value * source.factor) / mgPerDlPerMmolPerL / target.factor);
  }
  return null;
}

/** Drops binary floating-point noise introduced by the conversion itself (0.1 × 3 → 0.3, not 0.30000000000000004). */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}
