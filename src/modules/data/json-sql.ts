/**
 * SQL fragments that build response JSON inside PostgreSQL, matching what JSON.stringify made of the JavaScript objects
 * they replace: keys in the same order, the same nulls and strings; numbers are the same values (PostgreSQL writes
 * exponents as 1e-05 where JavaScript writes 0.00001, which parses to the same number).
 */

/** `Date.prototype.toISOString()` of a timestamptz (milliseconds, truncated like the pg driver's Date). */
export const isoSql = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** `Math.round(seconds / 60)` for integer seconds (half up, as Math.round; not round()'s half away from zero). */
export const minutesSql = (seconds: string) => `floor(${seconds} / 60.0 + 0.5)::int`;

/**
 * `sourceMetadata()` (dto/common.dto.ts) of a data source row `d` that may be missing (LEFT JOIN): the id comes from
 * the referencing row, so a missing source still names itself.
 */
export const sourceJsonSql = (d: string, id: string) =>
  objectSql(`${id} AS data_source_id, coalesce(${d}.provider, 'unknown') AS provider,
             coalesce(${d}.app_name, ${d}.app_id) AS source, ${d}.device_model AS device, ${d}.device_type,
             ${d}.device_name`);

/**
 * A JSON object of the given select-list (`expr AS key, …`, keys in that order), compact like JSON.stringify:
 * row_to_json writes no whitespace, unlike json_build_object and json_agg.
 */
export const objectSql = (columns: string) => `(SELECT row_to_json(o) FROM (SELECT ${columns}) o)`;
