import { AppError } from '../../common/errors/app-error.js';
import { isCalendarDate, parseQueryInstant } from '../../common/http/calendar.js';

export const isDate = isCalendarDate;

/** A query instant: Unix seconds or ISO 8601 (see common/http/calendar.ts). */
export const parseInstant = parseQueryInstant;

export function requireRange(start: Date, end: Date, startField: string, endField: string): void {
  if (end.getTime() <= start.getTime())
    throw new AppError('validation_failed', `${endField} must be after ${startField}`, {
      errors: [{ field: endField, messages: [`${endField} must be after ${startField}`] }],
    });
}
