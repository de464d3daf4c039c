import type { MetricDefinition } from '../catalogue/index.js';
import { convertUnit } from '../catalogue/index.js';
import { formatNumber } from './fields.js';
import type { Checked } from './item-base.js';
import type { RecordMapping } from './platform-table-types.js';

const PERCENT_UNITS: ReadonlySet<string> = new Set(['%', 'percent']);

/** Null, empty and blank units mean "the metric's own unit" (category samples, Samsung's `""`). */
export function isImpliedUnit(unit: string | null): boolean {
  return unit === null || unit.trim() === '';
}

/**
 * The value in the metric's canonical unit, driven by the unit the record carries and the platform's
 * conventions for that type; a reason when the unit cannot mean this metric or the value is implausible.
 */
export function toCanonicalValue(
  metric: MetricDefinition,
  mapping: Pick<RecordMapping, 'fractionPercent' | 'impliedUnits'>,
  value: number,
  unit: string | null,
): Checked<number> {
  const converted = convertForMetric(metric, mapping, value, unit);
  if (converted === null) {
    return { ok: false, reason: `unit '${unit}' cannot be converted to ${metric.unit} for ${metric.code}` };
  }
  return checkRange(metric, converted);
}

function convertForMetric(
  metric: MetricDefinition,
  mapping: Pick<RecordMapping, 'fractionPercent' | 'impliedUnits'>,
  value: number,
  unit: string | null,
): number | null {
  if (isImpliedUnit(unit)) return value;
  const symbol = unit!.trim();
  if (mapping.impliedUnits?.includes(symbol)) return value;
  if (mapping.fractionPercent && PERCENT_UNITS.has(symbol) && metric.unit === '%') {
    return Number((value * 100).toPrecision(12));
  }
  return convertUnit(value, symbol, metric.unit, { molarMass: metric.molarMass });
}

export function checkRange(
  metric: Pick<MetricDefinition, 'code' | 'min' | 'max'>,
  value: number,
): Checked<number> {
  if (value < metric.min || value > metric.max) {
    return {
      ok: false,
      reason: `value ${formatNumber(value)} outside ${formatNumber(metric.min)}–${formatNumber(metric.max)} for ${metric.code}`,
    };
  }
  return { ok: true, value };
}
