import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { AppModule } from '../../app.module.js';
import { loadConfig } from '../../config/app-config.js';
import { openDatabaseServer } from '../../database/database-server.js';
import { BatchReplayService } from './batch-replay.service.js';

export const RENORMALIZE_USAGE =
  'renormalize      --user <user id> | --since <ISO date> | --quarantined [--batch <id>]: replay journaled batches';

/** `npm run cli -- renormalize --user <id> | --since <date>`: replays raw batches through the current mappings. */
export async function renormalizeCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      user: { type: 'string' },
      since: { type: 'string' },
      quarantined: { type: 'boolean' },
      batch: { type: 'string' },
    },
  });
  const since = values.since ? new Date(values.since) : undefined;
  if ((!values.user && !since && !values.quarantined) || (since && Number.isNaN(since.getTime())))
    throw new Error(`usage: npm run cli -- ${RENORMALIZE_USAGE}`);
  const config = loadConfig();
  const server = await openDatabaseServer(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, server.url), {
    logger: false,
  });
  try {
    const report = await app.get(BatchReplayService).renormalize(
      {
        userId: values.user?.toLowerCase(),
        since,
        quarantinedOnly: values.quarantined,
        batchId: values.batch?.toLowerCase(),
      },
      (line) => process.stdout.write(`${line}\n`),
    );
    process.stdout.write(
      `${report.batches} batch(es): ${report.replayed} replayed (${report.released} released from quarantine), ` +
        `${report.stillQuarantined} still quarantined, ${report.skippedNoPayload} without a raw body, ` +
        `${report.failed} failed\n`,
    );
    if (report.failed > 0) process.exitCode = 1;
  } finally {
    await app.close();
    await server.stop();
  }
}
