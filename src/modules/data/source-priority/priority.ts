/**
 * Which source counts when several report the same thing. Device type first (a watch measures steps better than a
 * phone in a pocket), then provider: the peer's defaults (open-wearables §4.7) in our device vocabulary.
 */
export const DEFAULT_DEVICE_TYPE_ORDER = [
  'watch',
  'fitness_band',
  'ring',
  'chest_strap',
  'phone',
  'scale',
  'head_mounted',
  'smart_display',
  'unknown',
] as const;
export const DEFAULT_PROVIDER_ORDER = ['apple', 'samsung', 'google'] as const;

/** The override's values first, then the defaults it did not mention, in their default order. */
export function effectiveOrder(override: readonly string[], defaults: readonly string[]): string[] {
  const seen = new Set(override);
  return [...override, ...defaults.filter((value) => !seen.has(value))];
}

export interface PriorityOrder {
  deviceTypes: string[];
  providers: string[];
}

export function priorityOrder(
  override?: { deviceTypes: string[]; providers: string[] } | null,
): PriorityOrder {
  return {
    deviceTypes: effectiveOrder(override?.deviceTypes ?? [], DEFAULT_DEVICE_TYPE_ORDER),
    providers: effectiveOrder(override?.providers ?? [], DEFAULT_PROVIDER_ORDER),
  };
}

/**
 * SQL computing the same ranks for one user's data sources: `$user`, `$deviceTypes`, `$providers` are parameter
 * placeholders. Postgres `array_position` is 1-based and null when absent, hence the 1000.
 */
export function sourceRanksSql(user: string, deviceTypes: string, providers: string): string {
  return `SELECT d.id, d.provider, d.device_type,
                 row_number() OVER (ORDER BY coalesce(array_position(${deviceTypes}::varchar[], d.device_type::varchar), 1000),
                                             coalesce(array_position(${providers}::varchar[], d.provider::varchar), 1000),
                                             d.created_at, d.id) AS rank
            FROM data_sources d WHERE d.user_id = ${user}`;
}
