import { toQueryInstant } from '../../common/http/calendar.js';

/** Unix seconds or ISO 8601 → Date; anything else is left for @IsDate to reject by name. */
export const toInstant = toQueryInstant;

/** `types=a&types=b`, `types=a,b` or both → ['a', 'b']. */
export const toList = ({ value }: { value: unknown }) =>
  value === undefined
    ? undefined
    : (Array.isArray(value) ? value : [value])
        .flatMap((v) => String(v).split(','))
        .map((v) => v.trim())
        .filter(Boolean);

export const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' || value === true
    ? true
    : value === 'false' || value === '0' || value === false
      ? false
      : value;
