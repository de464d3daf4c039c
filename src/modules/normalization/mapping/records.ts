import { getMetric, type MetricDefinition } from '../catalogue/index.js';
import {
  describeValue,
  finiteNumber,
  formatNumber,
  isObject,
  optionalString,
  stringMetadata,
} from './fields.js';
import { parseItemBase, readType, rejection, type Checked, type ItemBaseFields } from './item-base.js';
import type { RecordMapping } from './platform-table-types.js';
import { findRecordMapping } from './platform-tables.js';
import type { NormalizedSample, ParsedRecord, ParseResult, Provider, UnknownRecord } from './parsed-items.js';
import { isImpliedUnit, toCanonicalValue } from './values.js';

const MAX_UNIT_LENGTH = 32;

/** One item of `data.records`: a catalogue sample, or an unknown type kept as a raw record. */
export function parseRecord(provider: Provider, raw: unknown, index: number): ParseResult<ParsedRecord> {
  if (!isObject(raw))
    return rejection('records', index, `record must be an object, got ${describeValue(raw)}`);
  const type = readType(raw);
  if (!type.ok) return rejection('records', index, type.reason);
  const vendorType = type.value;

  const base = parseItemBase(provider, raw, index, vendorType);
  if (!base.ok) return rejection('records', index, base.reason, vendorType);

  const mapping = findRecordMapping(provider, vendorType);
  const metric = mapping && getMetric(mapping.metric);
  if (!mapping || !metric) return { ok: true, item: unknownRecord(base.value, raw) };

  const value = sampleValue(metric, mapping, base.value, raw);
  if (!value.ok) return rejection('records', index, value.reason, vendorType);

  // Spelled out rather than spread from `base`: this runs once per record and the literal is much cheaper.
  const { recordId, parentId, start, end, zoneOffset, source } = base.value;
  const sample: NormalizedSample = {
    index,
    recordId,
    parentId,
    start,
    end,
    zoneOffset,
    source,
    vendorType,
    kind: 'sample',
    metric: metric.code,
    value: value.value.value,
    unit: metric.unit,
    metadata: stringMetadata(raw.metadata),
    vendorValue: finiteNumber(raw.value),
    vendorUnit: optionalString(raw.unit, MAX_UNIT_LENGTH),
  };
  if (metric.kind === 'category') sample.category = value.value.category;
  return { ok: true, item: sample };
}

function sampleValue(
  metric: MetricDefinition,
  mapping: RecordMapping,
  base: ItemBaseFields,
  raw: Record<string, unknown>,
): Checked<{ value: number; category: string | null }> {
  if (mapping.valueFromDuration) {
    const minutes = (base.end.getTime() - base.start.getTime()) / 60_000;
    const checked = toCanonicalValue(metric, {}, minutes, metric.unit);
    return checked.ok ? { ok: true, value: { value: checked.value, category: null } } : checked;
  }
  if (raw.value === null || raw.value === undefined)
    return { ok: false, reason: `missing value for ${metric.code}` };
  if (typeof raw.value !== 'number' || !Number.isFinite(raw.value)) {
    return { ok: false, reason: `value ${describeValue(raw.value)} is not a finite number` };
  }
  const unit = raw.unit === undefined || raw.unit === null ? null : String(raw.unit);
  if (metric.kind === 'category') return categoryValue(metric, raw.value, unit);
  const checked = toCanonicalValue(metric, mapping, raw.value, unit);
  return checked.ok ? { ok: true, value: { value: checked.value, category: null } } : checked;
}

function categoryValue(
  metric: MetricDefinition,
  value: number,
  unit: string | null,
): Checked<{ value: number; category: string | null }> {
  if (!isImpliedUnit(unit) && unit !== metric.unit) {
    return { ok: false, reason: `unit '${unit}' cannot be converted to ${metric.unit} for ${metric.code}` };
  }
  const categories = metric.categories ?? {};
  if (!Number.isInteger(value) || !Object.hasOwn(categories, value)) {
    const known = Object.keys(categories).join(', ');
    return { ok: false, reason: `value ${formatNumber(value)} is not a ${metric.code} category (${known})` };
  }
  return { ok: true, value: { value, category: categories[value] } };
}

function unknownRecord(base: ItemBaseFields, raw: Record<string, unknown>): UnknownRecord {
  return {
    ...base,
    kind: 'unknown',
    value: finiteNumber(raw.value),
    unit: optionalString(raw.unit, MAX_UNIT_LENGTH),
    metadata: stringMetadata(raw.metadata),
  };
}
