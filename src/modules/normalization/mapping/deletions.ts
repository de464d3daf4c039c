import { describeValue, isObject, optionalString } from './fields.js';
import { readId, rejection } from './item-base.js';
import type { DeletionRequest, ParseResult } from './parsed-items.js';

/** One item of `data.deleted`: `{id}`, `{id, type}` or a bare id string. */
export function parseDeletion(raw: unknown, index: number): ParseResult<DeletionRequest> {
  const item = typeof raw === 'string' || typeof raw === 'number' ? { id: raw } : raw;
  if (!isObject(item))
    return rejection('deleted', index, `deletion must be an id or an object, got ${describeValue(raw)}`);
  const id = readId(item.id, 'id');
  if (!id.ok) return rejection('deleted', index, id.reason);
  if (id.value === null) return rejection('deleted', index, 'missing id');
  return { ok: true, item: { index, recordId: id.value, vendorType: optionalString(item.type, 128) } };
}
