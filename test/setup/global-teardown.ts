import './resolve-ts-sources.cjs';
import pg from 'pg';
import { SERVER_ENV, TEMPLATE_ENV } from './test-database-server.js';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env[SERVER_ENV];
  const template = process.env[TEMPLATE_ENV];
  if (serverUrl && template) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    const { rows } = await admin.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2',
      [template, `wb_test_${template.split('_').pop()}_%`],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.end();
  }
  await globalThis.__WB_TEST_DB_STOP__?.();
}
