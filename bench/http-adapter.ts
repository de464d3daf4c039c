import { fork } from 'node:child_process';
import { createClient, formatResult, runLoad } from './lib/load.js';
import { freePort } from './lib/server.js';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 3000);
const ROUNDS = 2;
const BODY = { type: 'HKQuantityTypeIdentifierHeartRate', value: 72, startDate: '2026-11-01T07:00:00Z' };

async function measure(adapter: 'express' | 'fastify') {
  const port = await freePort();
  const child = fork(new URL('./lib/adapter-server.js', import.meta.url), [adapter, String(port)], {
    stdio: 'inherit',
  });
  await new Promise((resolve) => child.once('message', resolve));
  const client = createClient(`http://127.0.0.1:${port}`, 16);
  try {
    const ping = await runLoad(
      16,
      DURATION_MS,
      async () => (await client.request('GET', '/ping')).status === 200,
    );
    const echo = await runLoad(
      16,
      DURATION_MS,
      async () => (await client.request('POST', '/echo', BODY)).status === 201,
    );
    console.log(formatResult(`${adapter} GET /ping`, ping));
    console.log(formatResult(`${adapter} POST /echo (validated)`, echo));
    return { ping: ping.perSecond, echo: echo.perSecond };
  } finally {
    client.close();
    child.kill('SIGTERM');
  }
}

/** Interleaves the adapters so machine noise hits both alike; prints Fastify/Express throughput ratios. */
async function main() {
  const totals = { express: { ping: 0, echo: 0 }, fastify: { ping: 0, echo: 0 } };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const adapter of ['express', 'fastify'] as const) {
      const result = await measure(adapter);
      totals[adapter].ping += result.ping;
      totals[adapter].echo += result.echo;
    }
  }
  console.log(
    `\nfastify / express throughput: GET ${(totals.fastify.ping / totals.express.ping).toFixed(2)}×, ` +
      `validated POST ${(totals.fastify.echo / totals.express.echo).toFixed(2)}×`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
