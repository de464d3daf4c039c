import { describeValue, finiteNumber, isObject, optionalString } from './fields.js';
import { parseItemBase, readType, rejection } from './item-base.js';
import { mapSleepStage } from './sleep-stages.js';
import type { NormalizedSleepStage, ParseResult, Provider } from './parsed-items.js';

/** One item of `data.sleep`: a stage interval. An unknown stage spelling is kept as `unknown`, not dropped. */
export function parseSleep(
  provider: Provider,
  raw: unknown,
  index: number,
): ParseResult<NormalizedSleepStage> {
  if (!isObject(raw))
    return rejection('sleep', index, `sleep item must be an object, got ${describeValue(raw)}`);
  const stage = readType(raw, 'stage');
  if (!stage.ok) return rejection('sleep', index, stage.reason);

  const base = parseItemBase(provider, raw, index, stage.value);
  if (!base.ok) return rejection('sleep', index, base.reason, stage.value);

  return {
    ok: true,
    item: {
      ...base.value,
      kind: 'sleep_stage',
      stage: mapSleepStage(stage.value) ?? 'unknown',
      values: extraValues(raw.values),
    },
  };
}

/** Samsung attaches per-stage values such as `sleepScore`; malformed entries carry nothing to keep. */
function extraValues(raw: unknown): NormalizedSleepStage['values'] {
  if (!Array.isArray(raw)) return [];
  const values: NormalizedSleepStage['values'] = [];
  for (const entry of raw) {
    if (!isObject(entry)) continue;
    const type = optionalString(entry.type, 64);
    const value = finiteNumber(entry.value);
    if (type === null || value === null) continue;
    values.push({ type, value, unit: typeof entry.unit === 'string' ? entry.unit : null });
  }
  return values;
}
