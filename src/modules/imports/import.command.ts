import { NestFactory } from '@nestjs/core';
import cliProgress from 'cli-progress';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AppModule } from '../../app.module.js';
import { AppError } from '../../common/errors/app-error.js';
import { loadConfig } from '../../config/app-config.js';
import { openDatabaseServer } from '../../database/database-server.js';
import type { ImportDto } from './dto/import.dto.js';
import { ImportRunner } from './import-runner.js';
import { ImportsService } from './imports.service.js';

export const IMPORT_USAGE =
  'import apple-health --user <user id> <export.zip | export.xml>: import a user history with a progress bar';

const FINAL = new Set(['completed', 'failed', 'cancelled']);
const POLL_MS = 250;

export function describeImport(view: ImportDto): string {
  const { seen, stored, duplicate, rejected } = view.totals;
  const lines = [
    `import ${view.id}: ${view.status}${view.error ? ` (${view.error})` : ''}`,
    `  ${seen} element(s) read: ${stored} stored, ${duplicate} already held, ${rejected} rejected`,
  ];
  const types = Object.entries(view.by_type).sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [type, c] of types)
    lines.push(
      `  ${type}: ${c.seen} seen, ${c.stored} stored, ${c.duplicate} duplicate, ${c.rejected} rejected`,
    );
  for (const r of view.rejections.slice(0, 10))
    lines.push(`  rejected ${r.type}${r.line === null ? '' : ` (line ${r.line})`}: ${r.reason}`);
  if (view.rejection_count > 10) lines.push(`  … and ${view.rejection_count - 10} more rejection(s)`);
  return lines.join('\n');
}

/**
 * `npm run cli -- import apple-health --user <id> export.zip`: for operators migrating users. The file is taken in
 * like an upload and parsed in this process, with a progress bar over the file's bytes; a worker of a running API
 * may take the job instead, and the bar then follows its progress.
 */
export async function importCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { user: { type: 'string' } },
    allowPositionals: true,
  });
  const [kind, file] = positionals;
  if (kind !== 'apple-health' || !values.user || !file || positionals.length !== 2)
    throw new Error(`usage: npm run cli -- ${IMPORT_USAGE}`);
  if (!existsSync(file)) throw new Error(`No such file: ${file}`);
  // This process runs the import itself; no other queue work is started here.
  const config = loadConfig({ ...process.env, WEBHOOKS_WORKER_ENABLED: 'false' });
  const server = await openDatabaseServer(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, server.url), {
    logger: false,
  });
  const bar = new cliProgress.SingleBar(
    {
      format: '{bar} {percentage}% | {phase} | {stored} stored, {duplicate} duplicate | ETA {eta}s',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  try {
    const imports = app.get(ImportsService);
    const { view, created } = await imports
      .uploadAppleHealthFile(values.user, file)
      .catch((error: unknown) => {
        throw error instanceof AppError ? new Error(error.detail) : error;
      });
    if (!created) console.log(`this file was imported for the user before (import ${view.id})`);
    let current = view;
    bar.start(Math.max(1, view.bytes_total ?? 1), 0, { phase: view.status, stored: 0, duplicate: 0 });
    const show = (v: ImportDto) =>
      bar.update(v.bytes_read, { phase: v.status, stored: v.totals.stored, duplicate: v.totals.duplicate });
    const poll = setInterval(() => {
      imports
        .getForCli(view.user_id, view.id)
        .then((v) => ((current = v), show(v)))
        .catch(() => undefined);
    }, POLL_MS);
    try {
      if (!FINAL.has(view.status))
        await app.get(ImportRunner).run({ userId: view.user_id, importId: view.id });
      current = await imports.getForCli(view.user_id, view.id);
      while (!FINAL.has(current.status)) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        current = await imports.getForCli(view.user_id, view.id);
      }
    } finally {
      clearInterval(poll);
    }
    show(current);
    bar.stop();
    console.log(describeImport(current));
    if (current.status !== 'completed') process.exitCode = 1;
  } finally {
    bar.stop();
    await app.close();
    await server.stop();
  }
}
