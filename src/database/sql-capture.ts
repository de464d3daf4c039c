import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';

/**
 * Set by CI (never in production) to a folder: every distinct statement text the application sends is appended there,
 * one JSON string per line, for the Citus-readiness check (src/bin/citus-readiness.ts). Read straight from the
 * environment because the test harness builds its configuration without it, and only texts are written: parameters
 * (health values, tokens) never are.
 */
export const SQL_CAPTURE_DIR_ENV = 'WEARBRIDGE_SQL_CAPTURE_DIR';

type QueryArgument = string | { text?: string } | undefined;

export type SqlRecorder = (client: pg.ClientBase) => void;

/** A recorder that wraps each new pooled client's `query`, or undefined when capture is off. */
export function sqlRecorderFromEnv(env: NodeJS.ProcessEnv = process.env): SqlRecorder | undefined {
  const dir = env[SQL_CAPTURE_DIR_ENV];
  if (!dir) return undefined;
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${process.pid}.jsonl`);
  const seen = new Set<string>();
  const record = (argument: QueryArgument) => {
    const text = typeof argument === 'string' ? argument : argument?.text;
    if (!text || seen.has(text)) return;
    seen.add(text);
    appendFileSync(file, `${JSON.stringify(text)}\n`);
  };
  return (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      record(args[0] as QueryArgument);
      return query(...args);
    };
  };
}
