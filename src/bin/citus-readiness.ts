import 'reflect-metadata';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config.js';
import { checkSchema, checkStatements, distributedTables } from '../database/citus/citus-readiness.js';
import { buildDataSourceOptions } from '../database/data-source-options.js';
import { openDatabaseServer } from '../database/database-server.js';
import { guardedClient } from '../database/guarded-pg.js';
import { migrateUnderLock } from '../database/migrate.js';
import { SQL_CAPTURE_DIR_ENV } from '../database/sql-capture.js';

async function capturedStatements(dir: string): Promise<Set<string>> {
  const statements = new Set<string>();
  for (const file of (await readdir(dir)).filter((name) => name.endsWith('.jsonl'))) {
    for (const line of (await readFile(path.join(dir, file), 'utf8')).split('\n'))
      if (line) statements.add(JSON.parse(line) as string);
  }
  return statements;
}

/**
 * Checks that the schema and every statement the application sent (captured with WEARBRIDGE_SQL_CAPTURE_DIR during a
 * test run) would run on Citus distributed by user_id. Usage: citus-readiness <capture dir>. The database is the
 * usual one (DATABASE_URL or the embedded server), migrated first.
 */
async function main() {
  const dir = process.argv[2] ?? process.env[SQL_CAPTURE_DIR_ENV];
  if (!dir) {
    console.error(`usage: citus-readiness <folder of statements captured with ${SQL_CAPTURE_DIR_ENV}>`);
    process.exit(2);
  }
  const statements = await capturedStatements(dir);
  const config = loadConfig();
  const server = await openDatabaseServer(config);
  const dataSource = await new DataSource(buildDataSourceOptions(server.url, config)).initialize();
  const client = guardedClient({ connectionString: server.url }, () => undefined);
  let failed: boolean;
  try {
    await migrateUnderLock(dataSource);
    await client.connect();
    const distributed = await distributedTables(client);
    const schema = await checkSchema(client, distributed);
    const report = await checkStatements(client, statements, distributed);
    console.log(`distributed by user_id: ${distributed.join(', ')}`);
    console.log(
      `${statements.size} captured statements, ${report.checked} on distributed tables checked, ` +
        `${report.excused.length} cross-user sweeps excused`,
    );
    for (const excuse of new Set(report.excused)) console.log(`  excused: ${excuse}`);
    const findings = [...schema, ...report.findings];
    for (const finding of findings) console.error(`✗ ${finding.problem}: ${finding.subject}`);
    if (report.checked === 0) console.error('✗ no statement on a distributed table was captured');
    failed = findings.length > 0 || report.checked === 0;
    if (!failed) console.log('Citus-ready: every key and every statement names the user');
  } finally {
    await client.end();
    await dataSource.destroy();
    await server.stop();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
