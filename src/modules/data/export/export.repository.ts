import { Injectable } from '@nestjs/common';
import { Transactions } from '../../../database/transactions.js';

/**
 * One exported table: its rows, keyset-paged on the table's own primary key so each page is an index range scan and
 * memory stays one page whatever the user's volume. `key` lists the key columns after user_id; `columns` is the
 * select list (jsonb built in SQL, so values keep full precision and timestamps their ISO form).
 */
export interface ExportTable {
  type: string;
  table: string;
  /** Primary-key columns after user_id, with their SQL types. */
  key: Array<[column: string, type: string]>;
  columns: string;
}

/** Every per-user table, in a dependency-friendly order; raw payload bytes are excluded (kept only for replays). */
export const EXPORT_TABLES: ExportTable[] = [
  { type: 'data_source', table: 'data_sources', key: [['id', 'uuid']], columns: 't.*' },
  {
    type: 'sample',
    table: 'samples',
    key: [
      ['metric', 'text'],
      ['start_at', 'timestamptz'],
      ['data_source_id', 'uuid'],
      ['end_at', 'timestamptz'],
    ],
    columns: 't.*',
  },
  {
    type: 'raw_record',
    table: 'raw_records',
    key: [
      ['vendor_type', 'text'],
      ['start_at', 'timestamptz'],
      ['data_source_id', 'uuid'],
      ['end_at', 'timestamptz'],
    ],
    columns: 't.*',
  },
  {
    type: 'sleep_stage',
    table: 'sleep_stages',
    key: [
      ['start_at', 'timestamptz'],
      ['data_source_id', 'uuid'],
      ['end_at', 'timestamptz'],
      ['stage', 'text'],
    ],
    columns: 't.*',
  },
  { type: 'sleep_session', table: 'sleep_sessions', key: [['id', 'uuid']], columns: 't.*' },
  { type: 'workout', table: 'workouts', key: [['id', 'uuid']], columns: 't.*' },
  {
    type: 'sync_batch',
    table: 'sync_batches',
    key: [['id', 'uuid']],
    columns: `t.id, t.application_id, t.source, t.provider, t.sdk_version, t.sync_timestamp, t.idempotency_key,
              encode(t.body_sha256, 'hex') AS body_sha256, t.body_bytes, t.status, t.item_count, t.inserted, t.updated,
              t.duplicate, t.rejected, t.counts, t.rejections, t.received_at, t.completed_at`,
  },
  { type: 'sync_log_event', table: 'sync_log_events', key: [['id', 'bigint']], columns: 't.*' },
];

@Injectable()
export class ExportRepository {
  constructor(private readonly db: Transactions) {}

  /** Inside the export's transaction: its statements may run longer than request work's statement_timeout. */
  async extendStatementTimeout(milliseconds: number): Promise<void> {
    await this.db.manager.query(`SELECT set_config('statement_timeout', $1, true)`, [`${milliseconds}ms`]);
  }

  async profile(userId: string): Promise<Record<string, unknown> | null> {
    const rows: Array<{ row: Record<string, unknown> }> = await this.db.manager.query(
      `SELECT to_jsonb(u) AS row FROM users u WHERE u.id = $1`,
      [userId],
    );
    return rows[0]?.row ?? null;
  }

  /** Rows per exported table for the user, in the caller's snapshot. */
  async counts(userId: string): Promise<Record<string, number>> {
    const [row]: Array<Record<string, number>> = await this.db.manager.query(
      `SELECT ${EXPORT_TABLES.map(
        (table) => `(SELECT count(*)::int FROM ${table.table} WHERE user_id = $1) AS "${table.type}"`,
      ).join(', ')}`,
      [userId],
    );
    return row;
  }

  /** Rows after `after` (the previous page's last key, as text), `limit` of them, each as JSON text plus its key. */
  async page(
    table: ExportTable,
    userId: string,
    after: string[] | null,
    limit: number,
  ): Promise<Array<{ line: string; key: string[] }>> {
    const key = table.key.map(([column]) => `t.${column}`).join(', ');
    const params: unknown[] = [userId, limit];
    let keyset = '';
    if (after) {
      params.push(after);
      // The key travels as text and is compared as the row's own types: cast each element back.
      keyset = `AND (${key}) > (${table.key.map(([, type], i) => `($3::text[])[${i + 1}]::${type}`).join(', ')})`;
    }
    const rows: Array<{ line: string; k: string[] }> = await this.db.manager.query(
      `SELECT (to_jsonb(x) - 'user_id' - 'k')::text AS line, x.k FROM (
         SELECT ${table.columns}, ARRAY[${table.key.map(([column]) => `t.${column}::text`).join(', ')}] AS k
           FROM ${table.table} t WHERE t.user_id = $1 ${keyset}
          ORDER BY ${key} LIMIT $2) x`,
      params,
    );
    return rows.map((r) => ({ line: r.line, key: r.k }));
  }
}
