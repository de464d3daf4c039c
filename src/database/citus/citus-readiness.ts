import type pg from 'pg';
import { CROSS_USER_STATEMENTS, REFERENCE_TABLES_WITH_USER_ID } from './distribution-policy.js';

export const DISTRIBUTION_COLUMN = 'user_id';

export interface Finding {
  subject: string;
  problem: string;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Alias?: string;
  Operation?: string;
  Plans?: PlanNode[];
  [condition: string]: unknown;
}

const SCAN_CONDITIONS = ['Index Cond', 'Filter', 'Recheck Cond', 'TID Cond'];
const JOIN_CONDITIONS = ['Hash Cond', 'Merge Cond', 'Join Filter'];

/** Tables distributed by user_id: every table with that column but the reference tables of the policy. */
export async function distributedTables(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND a.attname = $1
      ORDER BY 1`,
    [DISTRIBUTION_COLUMN],
  );
  return rows.map((r) => r.name).filter((name) => !(name in REFERENCE_TABLES_WITH_USER_ID));
}

/** Citus needs the distribution column in every primary key and unique index, and in foreign keys between them. */
export async function checkSchema(client: pg.ClientBase, distributed: string[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  const indexes = await client.query<{ table: string; index: string; primary: boolean; columns: string[] }>(
    `SELECT c.relname AS table, i.relname AS index, x.indisprimary AS primary,
            array(SELECT a.attname::text FROM unnest(x.indkey) k JOIN pg_attribute a
                   ON a.attrelid = c.oid AND a.attnum = k) AS columns
       FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
      WHERE c.relname = ANY($1) AND c.relnamespace = 'public'::regnamespace AND x.indisunique`,
    [distributed],
  );
  const withPrimaryKey = new Set(indexes.rows.filter((r) => r.primary).map((r) => r.table));
  for (const table of distributed)
    if (!withPrimaryKey.has(table)) findings.push({ subject: table, problem: 'has no primary key' });
  for (const index of indexes.rows)
    if (!index.columns.includes(DISTRIBUTION_COLUMN))
      findings.push({
        subject: `${index.table}.${index.index}`,
        problem: `${index.primary ? 'primary key' : 'unique index'} (${index.columns.join(', ')}) lacks ${DISTRIBUTION_COLUMN}`,
      });
  const foreignKeys = await client.query<{ name: string; table: string; target: string; columns: string[] }>(
    `SELECT k.conname AS name, c.relname AS table, t.relname AS target,
            array(SELECT a.attname::text FROM unnest(k.conkey) n JOIN pg_attribute a
                   ON a.attrelid = c.oid AND a.attnum = n) AS columns
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class t ON t.oid = k.confrelid
      WHERE k.contype = 'f' AND c.relname = ANY($1) AND t.relname = ANY($1)`,
    [distributed],
  );
  for (const key of foreignKeys.rows)
    if (!key.columns.includes(DISTRIBUTION_COLUMN))
      findings.push({
        subject: `${key.table}.${key.name}`,
        problem: `foreign key to ${key.target} (${key.columns.join(', ')}) lacks ${DISTRIBUTION_COLUMN}`,
      });
  return findings;
}

function conditions(node: PlanNode, names: string[]): string[] {
  return names.flatMap((name) => (typeof node[name] === 'string' ? [node[name] as string] : []));
}

function walk(node: PlanNode, visit: (node: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

const mentionsUser = (alias: string, texts: string[]) =>
  texts.some((t) => t.includes(`${alias}.${DISTRIBUTION_COLUMN}`));

/**
 * The distributed tables a verbose generic plan reads or writes without the user in sight: a scan whose own
 * conditions do not name `alias.user_id`, and is not joined on it either (a co-located join keeps to one shard).
 */
export function scansWithoutUser(plan: PlanNode, distributed: ReadonlySet<string>): string[] {
  const joins: string[] = [];
  walk(plan, (node) => joins.push(...conditions(node, JOIN_CONDITIONS)));
  const unfiltered: string[] = [];
  walk(plan, (node) => {
    const table = node['Relation Name'];
    if (!table || !distributed.has(table) || node['Node Type'] === 'ModifyTable') return;
    const alias = node.Alias ?? table;
    const own = conditions(node, SCAN_CONDITIONS);
    for (const child of node.Plans ?? []) own.push(...conditions(child, SCAN_CONDITIONS));
    if (!mentionsUser(alias, own) && !mentionsUser(alias, joins)) unfiltered.push(table);
  });
  return unfiltered;
}

const DML = /^\s*(WITH|SELECT|INSERT|UPDATE|DELETE)\b/i;

function parameterCount(sql: string): number {
  let highest = 0;
  for (const match of sql.matchAll(/\$(\d+)/g)) highest = Math.max(highest, Number(match[1]));
  return highest;
}

/** Rows an INSERT into a distributed table must bring their user_id; its column list says whether they do. */
function insertsWithoutUser(sql: string, distributed: ReadonlySet<string>): string[] {
  const missing: string[] = [];
  for (const match of sql.matchAll(/INSERT\s+INTO\s+"?(\w+)"?\s*(?:AS\s+\w+\s*)?\(([^)]*)\)/gi)) {
    const [, table, columns] = match;
    if (distributed.has(table) && !new RegExp(`\\b${DISTRIBUTION_COLUMN}\\b`).test(columns))
      missing.push(table);
  }
  return missing;
}

/** Whether the statement names one of the tables as a whole word (a cheap filter before planning it). */
export function touches(sql: string, tables: readonly string[]): boolean {
  return tables.some((table) => new RegExp(`(^|[^\\w])"?${table}"?([^\\w]|$)`).test(sql));
}

export interface StatementReport {
  checked: number;
  excused: string[];
  findings: Finding[];
}

/** Plans every captured statement on the distributed tables generically and reports those that ignore the user. */
export async function checkStatements(
  client: pg.ClientBase,
  statements: Iterable<string>,
  distributedNames: string[],
): Promise<StatementReport> {
  const distributed = new Set(distributedNames);
  const report: StatementReport = { checked: 0, excused: [], findings: [] };
  for (const sql of statements) {
    if (!DML.test(sql) || !touches(sql, distributedNames)) continue;
    const excuse = Object.entries(CROSS_USER_STATEMENTS).find(([fragment]) => sql.includes(fragment));
    if (excuse) {
      report.excused.push(excuse[1]);
      continue;
    }
    report.checked++;
    const subject = sql.replace(/\s+/g, ' ').trim().slice(0, 240);
    const missingInserts = insertsWithoutUser(sql, distributed);
    if (missingInserts.length)
      report.findings.push({ subject, problem: `inserts into ${missingInserts.join(', ')} without user_id` });
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL plan_cache_mode = force_generic_plan');
      await client.query(`PREPARE wb_citus_check AS ${sql}`);
      const args = Array.from({ length: parameterCount(sql) }, () => 'NULL').join(', ');
      const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
        `EXPLAIN (VERBOSE, FORMAT JSON) EXECUTE wb_citus_check${args ? `(${args})` : ''}`,
      );
      const unfiltered = scansWithoutUser(rows[0]['QUERY PLAN'][0].Plan, distributed);
      if (unfiltered.length)
        report.findings.push({
          subject,
          problem: `reads ${[...new Set(unfiltered)].join(', ')} without user_id`,
        });
    } catch (error) {
      report.findings.push({ subject, problem: `could not be planned: ${(error as Error).message}` });
    } finally {
      await client.query('ROLLBACK');
      // Prepared statements outlive the transaction.
      await client.query('DEALLOCATE ALL');
    }
  }
  return report;
}
