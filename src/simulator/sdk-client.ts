import { randomUUID } from 'node:crypto';
import { PLATFORM_PROFILES, type SimulatedPlatform, type SyntheticItem } from './synthetic-health.js';

/**
 * A phone's Sync SDK as the newest versions behave on the wire (iOS 0.15, Android 0.12): the headers on every
 * request, chunks of at most 2,000 items taken newest first and round robin over the data types, one refresh and one
 * retry with the same X-Request-Id on 401, and only a 2xx advancing: any other answer re-sends the same chunk later.
 */

export interface SdkCredentials {
  accessToken: string;
  /** Without one, a 401 ends the run (the SDK's onAuthError). */
  refreshToken?: string;
}

export interface SimulationOptions {
  baseUrl: string;
  userId: string;
  platform: SimulatedPlatform;
  credentials: SdkCredentials;
  items: SyntheticItem[];
  /** iOS foreground chunks are 2,000 items (~1.3 MB); background ones 100. */
  chunkSize?: number;
  /** A real SDK re-sends a refused chunk for ever; the simulator gives up after this many tries of one chunk. */
  maxAttemptsPerChunk?: number;
  /** Waits between re-sends; injected so tests never sleep. */
  wait?: (ms: number) => Promise<void>;
  onProgress?: (progress: SimulationProgress) => void;
  now?: () => Date;
}

export interface SimulationProgress {
  itemsSent: number;
  itemsTotal: number;
  chunksSent: number;
  dataType: string;
}

export interface SimulationSummary {
  syncSessionId: string;
  chunks: number;
  items: number;
  bytes: number;
  inserted: number;
  updated: number;
  duplicate: number;
  rejected: number;
  quarantined: number;
  refreshes: number;
  resends: number;
  /** Per SDK data type: items sent. */
  perType: Record<string, number>;
  elapsedMs: number;
  /** The credentials after the run (rotated by refreshes). */
  credentials: SdkCredentials;
}

export class SimulationError extends Error {}

interface Chunk {
  dataType: string;
  items: SyntheticItem[];
}

/** Newest first within each data type; chunks taken from the types in turn, so every type advances early. */
export function chunksOf(items: SyntheticItem[], chunkSize: number): Chunk[] {
  const byType = new Map<string, SyntheticItem[]>();
  for (const item of items) {
    const list = byType.get(item.dataType) ?? [];
    list.push(item);
    byType.set(item.dataType, list);
  }
  const queues = [...byType.entries()].map(([dataType, list]) => ({
    dataType,
    list: list.sort((a, b) => b.startMs - a.startMs),
    next: 0,
  }));
  const chunks: Chunk[] = [];
  while (queues.some((queue) => queue.next < queue.list.length)) {
    for (const queue of queues) {
      if (queue.next >= queue.list.length) continue;
      chunks.push({ dataType: queue.dataType, items: queue.list.slice(queue.next, queue.next + chunkSize) });
      queue.next += chunkSize;
    }
  }
  return chunks;
}

function envelopeOf(
  platform: SimulatedPlatform,
  chunk: Chunk,
  syncSessionId: string,
  now: Date,
): Record<string, unknown> {
  const profile = PLATFORM_PROFILES[platform];
  const data: Record<string, unknown[]> = { records: [], sleep: [], workouts: [] };
  for (const item of chunk.items) data[item.collection]!.push(item.body);
  return {
    provider: profile.provider,
    sdkVersion: profile.sdkVersion,
    syncTimestamp: now.toISOString(),
    syncSessionId,
    syncType: 'historical',
    data,
  };
}

/** Seconds from a Retry-After header (delta seconds or an HTTP date), bounded to a minute. */
function retryAfterMs(header: string | null, fallbackMs: number, now: Date): number {
  if (!header) return fallbackMs;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now.getTime();
  return Math.min(60_000, Math.max(0, Number.isFinite(ms) ? ms : fallbackMs));
}

export async function simulatePhone(options: SimulationOptions): Promise<SimulationSummary> {
  const started = performance.now();
  const now = options.now ?? (() => new Date());
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const profile = PLATFORM_PROFILES[options.platform];
  const base = options.baseUrl.replace(/\/+$/, '');
  const credentials: SdkCredentials = { ...options.credentials };
  const syncSessionId = randomUUID();
  const chunks = chunksOf(options.items, options.chunkSize ?? 2000);
  const maxAttempts = options.maxAttemptsPerChunk ?? 8;
  const summary: SimulationSummary = {
    syncSessionId,
    chunks: 0,
    items: 0,
    bytes: 0,
    inserted: 0,
    updated: 0,
    duplicate: 0,
    rejected: 0,
    quarantined: 0,
    refreshes: 0,
    resends: 0,
    perType: {},
    elapsedMs: 0,
    credentials,
  };

  const sdkHeaders = (requestId: string): Record<string, string> => ({
    'Content-Type': 'application/json',
    'User-Agent': profile.userAgent,
    'X-Open-Wearables-SDK-Version': profile.sdkVersion,
    'X-Open-Wearables-SDK-Platform': profile.headerPlatform,
    'X-Request-Id': requestId,
  });
  const headers = (requestId: string) => ({
    ...sdkHeaders(requestId),
    Authorization: `Bearer ${credentials.accessToken}`,
  });

  async function refresh(): Promise<boolean> {
    if (!credentials.refreshToken) return false;
    const response = await fetch(`${base}/api/v1/token/refresh`, {
      method: 'POST',
      headers: sdkHeaders(randomUUID()),
      body: JSON.stringify({ refresh_token: credentials.refreshToken }),
    });
    if (!response.ok) return false;
    const pair = (await response.json()) as { access_token: string; refresh_token?: string };
    credentials.accessToken = pair.access_token;
    credentials.refreshToken = pair.refresh_token ?? credentials.refreshToken;
    summary.refreshes++;
    return true;
  }

  /** One request as the SDK sends it: a 401 refreshes once and retries with the same X-Request-Id. */
  async function send(path: string, body: string): Promise<Response> {
    const requestId = randomUUID();
    const post = () => fetch(`${base}${path}`, { method: 'POST', headers: headers(requestId), body });
    const response = await post();
    if (response.status !== 401) return response;
    await response.body?.cancel();
    if (!(await refresh()))
      throw new SimulationError(
        'The server refused the token (401) and it could not be refreshed: mint a new token for the user.',
      );
    const retried = await post();
    if (retried.status === 401 || retried.status === 403)
      throw new SimulationError(
        `The server refused the refreshed token (${retried.status}): the SDK signs out.`,
      );
    return retried;
  }

  /** Only a 2xx advances; anything else is the same chunk again later, as the newest SDKs do. */
  async function deliver(path: string, body: string, what: string): Promise<Record<string, unknown>> {
    for (let attempt = 1; ; attempt++) {
      const response = await send(path, body);
      if (response.ok) return (await response.json()) as Record<string, unknown>;
      const detail = await response.text().catch(() => '');
      if (attempt >= maxAttempts)
        throw new SimulationError(
          `${what} was refused ${attempt} times (last: ${response.status} ${detail.slice(0, 200)}); ` +
            'a phone would keep re-sending it.',
        );
      summary.resends++;
      await wait(
        retryAfterMs(response.headers.get('retry-after'), Math.min(30_000, 500 * 2 ** attempt), now()),
      );
    }
  }

  const logsPath = `/api/v1/sdk/users/${options.userId}/logs`;
  const log = (events: Record<string, unknown>[]) =>
    deliver(
      logsPath,
      JSON.stringify({ sdkVersion: profile.sdkVersion, provider: profile.provider, syncSessionId, events }),
      'A log batch',
    );

  const counts = new Map<string, number>();
  for (const item of options.items) counts.set(item.dataType, (counts.get(item.dataType) ?? 0) + 1);
  const starts = options.items.map((item) => item.startMs);
  await log([
    {
      eventType: 'historical_data_sync_start',
      timestamp: now().toISOString(),
      dataTypeCounts: [...counts].map(([type, count]) => ({ type, count })),
      timeRange:
        starts.length > 0
          ? {
              startDate: new Date(Math.min(...starts)).toISOString(),
              endDate: new Date(Math.max(...starts)).toISOString(),
            }
          : null,
    },
  ]);

  const remaining = new Map(counts);
  const typeStarted = new Map<string, number>();
  const syncPath = `/api/v1/sdk/users/${options.userId}/sync`;
  for (const chunk of chunks) {
    if (!typeStarted.has(chunk.dataType)) typeStarted.set(chunk.dataType, performance.now());
    const body = JSON.stringify(envelopeOf(options.platform, chunk, syncSessionId, now()));
    const result = await deliver(
      syncPath,
      body,
      `A chunk of ${chunk.items.length} ${chunk.dataType} item(s)`,
    );
    summary.chunks++;
    summary.items += chunk.items.length;
    summary.bytes += Buffer.byteLength(body);
    summary.perType[chunk.dataType] = (summary.perType[chunk.dataType] ?? 0) + chunk.items.length;
    for (const key of ['inserted', 'updated', 'duplicate', 'rejected'] as const)
      summary[key] += typeof result[key] === 'number' ? result[key] : 0;
    if (result.status === 'quarantined') summary.quarantined++;
    options.onProgress?.({
      itemsSent: summary.items,
      itemsTotal: options.items.length,
      chunksSent: summary.chunks,
      dataType: chunk.dataType,
    });
    const left = remaining.get(chunk.dataType)! - chunk.items.length;
    remaining.set(chunk.dataType, left);
    if (left === 0)
      await log([
        {
          eventType: 'historical_data_type_sync_end',
          timestamp: now().toISOString(),
          dataType: chunk.dataType,
          success: true,
          recordCount: counts.get(chunk.dataType),
          durationMs: Math.round(performance.now() - typeStarted.get(chunk.dataType)!),
        },
      ]);
  }
  summary.elapsedMs = Math.round(performance.now() - started);
  return summary;
}
