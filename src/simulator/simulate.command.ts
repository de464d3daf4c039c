import cliProgress from 'cli-progress';
import { parseArgs } from 'node:util';
import { SimulationError, simulatePhone, type SimulationSummary } from './sdk-client.js';
import { syntheticHealth, type SimulatedPlatform } from './synthetic-health.js';

export const SIMULATE_USAGE =
  'simulate         --user <id> --token <access token> [--refresh-token <rt>] [--base <url>]\n' +
  '                   [--platform ios|android|samsung] [--days N] [--chunk-size N] [--seed N]: push synthetic data as a phone';

const PLATFORMS: readonly SimulatedPlatform[] = ['ios', 'android', 'samsung'];

function positiveInteger(value: string | undefined, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > max)
    throw new Error(`--${name} must be a whole number from 1 to ${max}.`);
  return number;
}

function describe(summary: SimulationSummary): string {
  const mib = (summary.bytes / 1048576).toFixed(1);
  const seconds = (summary.elapsedMs / 1000).toFixed(1);
  const types = Object.entries(summary.perType)
    .map(([type, count]) => `${type} ${count}`)
    .join(', ');
  return [
    `Pushed ${summary.items} items in ${summary.chunks} chunks (${mib} MiB) in ${seconds} s; session ${summary.syncSessionId}.`,
    `  stored: ${summary.inserted} new, ${summary.updated} updated, ${summary.duplicate} duplicate, ${summary.rejected} rejected` +
      (summary.quarantined > 0 ? `; ${summary.quarantined} chunk(s) quarantined` : ''),
    `  per type: ${types || 'none'}`,
    `  token refreshes: ${summary.refreshes}; re-sent chunks: ${summary.resends}`,
  ].join('\n');
}

/** `npm run cli -- simulate …`: a phone without a phone, for trying a deployment end to end. */
export async function simulateCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      base: { type: 'string', default: 'http://127.0.0.1:3000' },
      user: { type: 'string' },
      token: { type: 'string' },
      'refresh-token': { type: 'string' },
      platform: { type: 'string', default: 'ios' },
      days: { type: 'string' },
      'chunk-size': { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const platform = values.platform as SimulatedPlatform;
  if (!values.user || !values.token || !PLATFORMS.includes(platform))
    throw new Error(`usage: npm run cli -- ${SIMULATE_USAGE}`);
  let base: URL;
  try {
    base = new URL(values.base);
  } catch {
    throw new Error(`--base must be the API's URL, such as http://127.0.0.1:3000 (got ${values.base}).`);
  }
  const items = syntheticHealth({
    platform,
    days: positiveInteger(values.days, 'days', 7, 3650),
    now: new Date(),
    seed: positiveInteger(values.seed, 'seed', 1, 2 ** 31),
  });

  const bar = new cliProgress.SingleBar(
    { format: '{bar} {percentage}% | {value}/{total} items | {chunks} chunks | {type}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(items.length, 0, { chunks: 0, type: '' });
  try {
    const summary = await simulatePhone({
      baseUrl: base.toString(),
      userId: values.user,
      platform,
      credentials: { accessToken: values.token, refreshToken: values['refresh-token'] },
      items,
      chunkSize: positiveInteger(values['chunk-size'], 'chunk-size', 2000, 10_000),
      onProgress: (progress) =>
        bar.update(progress.itemsSent, { chunks: progress.chunksSent, type: progress.dataType }),
    });
    bar.stop();
    console.log(describe(summary));
    if (summary.refreshes > 0 && summary.credentials.refreshToken)
      console.log(
        `  the refresh token rotated; continue with --refresh-token ${summary.credentials.refreshToken}`,
      );
  } catch (error) {
    bar.stop();
    if (error instanceof SimulationError) throw error;
    const reason =
      error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : error;
    throw new Error(`Could not reach ${base.origin} (${String(reason)}): is the API running (npm start)?`, {
      cause: error,
    });
  }
}
