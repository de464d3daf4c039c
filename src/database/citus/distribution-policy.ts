/**
 * How the schema distributes on Citus (docs/scaling.md): every table with a `user_id` column is distributed by it,
 * co-located, except the ones below. Those are looked up by something other than the user (a token's hash, an
 * organization), so they stay whole on every node as reference tables, like the tables without `user_id`.
 */
export const REFERENCE_TABLES_WITH_USER_ID: Readonly<Record<string, string>> = {
  users: 'found by id, external id or email within an application on every request',
  audit_events: 'read per organization; user_id is only the subject of an entry and may be null',
  invitation_codes: 'redeemed by the hash of a code, before the user is known',
  refresh_token_families: 'found through a refresh token, by its hash, before the user is known',
};

/**
 * Statements that touch distributed tables without naming a user, on purpose: background sweeps that look for work
 * across all users. On Citus they run as multi-shard queries on a schedule, never on a request's path. Each key is a
 * fragment of the statement's text.
 */
export const CROSS_USER_STATEMENTS: Readonly<Record<string, string>> = {
  'lease_until IS NULL OR lease_until < now()':
    'import sweep: imports whose worker died (ImportsRepository.findUnattended)',
  "WHERE status = 'uploading' AND lease_until < now()":
    'import sweep: uploads abandoned mid-way (ImportsRepository.failAbandonedUploads)',
  'DELETE FROM sync_log_events WHERE received_at < $1':
    'retention sweep: SDK log events past their retention (SyncLogsRepository.deleteOlderThan)',
};
