/**
 * npm run bench:webhooks — webhook delivery and its cost to ingestion, against the built API on a fresh embedded
 * PostgreSQL with the delivery workers in the API process (the default).
 *
 * Phase 1: ingest throughput with webhooks off (an application with no endpoint) and on (an application whose
 * endpoint takes every event: sync.completed, connection.created, summary.updated per batch), interleaved in
 * rounds so drift hits both alike; prints records/s of each and the on ÷ off ratio (target ≥ 0.9).
 * Phase 2: events delivered per second to a local receiver: EVENTS user.created events are replayed to the endpoint
 * at once and the time until the receiver has them all is measured.
 * Only loopback traffic; every wait is bounded; everything stops by itself.
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createClient } from './lib/load.js';
import { startBenchServer } from './lib/server.js';
import { generateBatch, Shape } from './sync-payload-generator.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const BATCHES_PER_ROUND = Number(process.env.BENCH_BATCHES ?? 24);
const BATCH_ITEMS = 500;
const CLIENTS = 4;
const EVENTS = Number(process.env.BENCH_EVENTS ?? 2000);
const ADMIN = { email: 'bench@example.com', password: 'bench-password-123' };
const SHAPES: Shape[] = ['ios', 'health-connect', 'samsung'];

async function deadline<T>(what: string, ms: number, check: () => T | undefined): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function main() {
  let received = 0;
  let lastAt = 0;
  const receiver = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received++;
      lastAt = performance.now();
      res.end();
    });
  });
  receiver.listen(0, '127.0.0.1');
  await once(receiver, 'listening');
  const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;

  const server = await startBenchServer({
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    RATE_LIMIT_ENABLED: 'false',
    INGEST_USER_ITEMS_PER_MINUTE: '0',
    LOG_LEVEL: 'warn',
    WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true',
    WEBHOOKS_POLL_SECONDS: '0.5',
    WEBHOOKS_SUMMARY_WINDOW_SECONDS: '2',
  });
  const client = createClient(server.baseUrl, CLIENTS + 4);
  try {
    const login = await client.request('POST', '/api/v1/auth/login', ADMIN);
    const operator = { Authorization: `Bearer ${login.body.access_token}` };
    const app = async (name: string) => {
      const created = await client.request('POST', '/api/v1/applications', { name }, operator);
      const basic = `Basic ${Buffer.from(`${created.body.app_id}:${created.body.app_secret}`).toString('base64')}`;
      const users: string[] = [];
      for (let i = 0; i < CLIENTS; i++)
        users.push((await client.request('POST', '/api/v1/users', {}, { Authorization: basic })).body.id);
      return { appId: created.body.app_id as string, basic, users };
    };
    const off = await app('webhooks off');
    const on = await app('webhooks on');
    const endpoint = await client.request(
      'POST',
      `/api/v1/applications/${on.appId}/webhooks`,
      { url: receiverUrl },
      operator,
    );
    if (endpoint.status !== 201) throw new Error(`endpoint: ${endpoint.status}`);

    let seed = 1;
    const ingest = async (target: typeof off): Promise<number> => {
      const bodies = Array.from({ length: BATCHES_PER_ROUND }, () =>
        generateBatch(SHAPES[seed % 3], seed++, BATCH_ITEMS),
      );
      let next = 0;
      let items = 0;
      const start = performance.now();
      await Promise.all(
        target.users.map(async (userId) => {
          while (next < bodies.length) {
            const body = bodies[next++];
            const reply = await client.request('POST', `/api/v1/sdk/users/${userId}/sync`, body, {
              Authorization: target.basic,
            });
            if (reply.status !== 202) throw new Error(`sync: ${reply.status}`);
            items += reply.body.items;
          }
        }),
      );
      return items / ((performance.now() - start) / 1000);
    };
    await ingest(off); // warm-up
    const rates = { off: [] as number[], on: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) {
      rates.off.push(await ingest(off));
      rates.on.push(await ingest(on));
    }
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const offRate = mean(rates.off);
    const onRate = mean(rates.on);

    // Phase 2: drain a replay of EVENTS events.
    const createdBy = received + EVENTS;
    for (let i = 0; i < EVENTS; i += CLIENTS)
      await Promise.all(
        Array.from({ length: Math.min(CLIENTS, EVENTS - i) }, () =>
          client.request('POST', '/api/v1/users', {}, { Authorization: on.basic }),
        ),
      );
    await deadline('user.created deliveries', 300_000, () => (received >= createdBy ? true : undefined));
    const since = new Date(Date.now() - 3_600_000).toISOString();
    const before = received;
    const start = performance.now();
    const replay = await client.request(
      'POST',
      `/api/v1/applications/${on.appId}/webhooks/${endpoint.body.id}/replay`,
      { since },
      operator,
    );
    const replayed = replay.body.deliveries as number;
    await deadline('replayed deliveries', 600_000, () => (received >= before + replayed ? true : undefined));
    const eventsPerSecond = replayed / ((lastAt - start) / 1000);

    console.log(`machine: ${cpus().length} × ${cpus()[0].model}, ${Math.round(totalmem() / 2 ** 30)} GiB`);
    console.log(
      `ingest ${ROUNDS} rounds × ${BATCHES_PER_ROUND} batches × ${BATCH_ITEMS} items, ${CLIENTS} clients: ` +
        `off ${Math.round(offRate)} records/s, on ${Math.round(onRate)} records/s, on ÷ off = ${(onRate / offRate).toFixed(3)}`,
    );
    console.log(
      `delivery: ${replayed} events replayed in ${((lastAt - start) / 1000).toFixed(2)} s = ${Math.round(eventsPerSecond)} events/s`,
    );
  } finally {
    client.close();
    await server.stop();
    receiver.closeAllConnections();
    receiver.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
