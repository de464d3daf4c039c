import type { RawSampleRow } from './timeseries.repository.js';

const PLAIN_UTC_TEXT = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?$/;
const UTC_TEXT = /^(\d+)-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(\.\d+)?( BC)?$/;

/**
 * `Date#toISOString()` of a PostgreSQL `timestamp` text in UTC, as the pg driver's Date would give it (milliseconds
 * truncated), without building a Date: string slicing for the usual four-digit years.
 */
export function isoFromUtcText(text: string): string {
  if (PLAIN_UTC_TEXT.test(text)) {
    const ms = text.length > 20 ? text.slice(20, 23).padEnd(3, '0') : '000';
    return `${text.slice(0, 10)}T${text.slice(11, 19)}.${ms}Z`;
  }
  const m = UTC_TEXT.exec(text);
  if (!m) return new Date(NaN).toISOString(); // throws, as the Date of an unparseable value did
  const date = new Date(
    Date.UTC(2000, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])),
  );
  date.setUTCFullYear(m[8] ? 1 - Number(m[1]) : Number(m[1]));
  date.setUTCMilliseconds(m[7] ? Math.trunc(Number(`0${m[7]}`) * 1000) : 0);
  return date.toISOString();
}

/**
 * A raw sample's response item (TimeseriesItemDto) as JSON text, exactly what JSON.stringify wrote for the object
 * the service used to build: same keys in the same order, `category` only when set. Written by hand because a page
 * holds up to 1,000 of them: no Date, no object per item, and the source's JSON (`source`) is made once per source.
 */
export function rawItemJson(r: RawSampleRow, source: string): string {
  return (
    `{"timestamp":"${isoFromUtcText(r.utc_start)}","end_timestamp":"${isoFromUtcText(r.utc_end)}",` +
    `"zone_offset":${JSON.stringify(r.zone_offset)},"type":${JSON.stringify(r.metric)},` +
    `"value":${JSON.stringify(r.value)},"unit":${JSON.stringify(r.unit)},"source":${source},` +
    (r.category !== null ? `"category":${JSON.stringify(r.category)},` : '') +
    `"is_daily_total":null}`
  );
}
