import { AppError } from '../../common/errors/app-error.js';
import { isCalendarDate, parseQueryInstant } from '../../common/http/calendar.js';

const OFFSET = /^([+-])(\d{2}):(\d{2})$/;

/** `±HH:MM` → minutes east of UTC; null for null or anything else. */
export function offsetMinutes(offset: string | null | undefined): number | null {
  const match = offset ? OFFSET.exec(offset) : null;
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The local calendar day of an instant at a given offset. */
export function localDate(instant: Date, offset: number): string {
  return new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 10);
}

/** The UTC instant a local day starts at, under one offset. */
export function localDayStart(date: string, offset: number): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - offset * 60_000);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export const isDate = isCalendarDate;

/** A query instant: Unix seconds or ISO 8601 (see common/http/calendar.ts). */
export const parseInstant = parseQueryInstant;

export function requireRange(start: Date, end: Date, startField: string, endField: string): void {
  if (end.getTime() <= start.getTime())
    throw new AppError('validation_failed', `${endField} must be after ${startField}`, {
      errors: [{ field: endField, messages: [`${endField} must be after ${startField}`] }],
    });
}
