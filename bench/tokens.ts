import { hashSync, verifySync } from '@node-rs/bcrypt';
import { cpus } from 'node:os';
import { generateSecret, hashSecret, secretMatchesHash } from '../src/common/crypto/secrets.js';
import { createClient, formatResult, LoadResult, runLoad } from './lib/load.js';
import { startBenchServer } from './lib/server.js';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5000);
/** BENCH_LEVELS=16 runs one level, e.g. under a profiler; the summary needs 16. */
const LEVELS = (process.env.BENCH_LEVELS ?? '1,16,64').split(',').map(Number);
if (!LEVELS.includes(16)) throw new Error('BENCH_LEVELS must include 16');
const USERS = 200;
const ADMIN = { email: 'bench@example.com', password: 'bench-password-123' };

/** Our app-secret check (SHA-256 + constant-time compare) against the peer's bcrypt at cost 10, per verification. */
function secretVerificationRatio() {
  const secret = generateSecret('secret_');
  const ours = hashSecret(secret);
  const iterations = 200_000;
  let t0 = performance.now();
  for (let i = 0; i < iterations; i += 1) secretMatchesHash(secret, ours);
  const oursMs = (performance.now() - t0) / iterations;
  const bcryptHash = hashSync(secret, { cost: 10 });
  const bcryptIterations = 30;
  t0 = performance.now();
  for (let i = 0; i < bcryptIterations; i += 1) verifySync(secret, bcryptHash);
  const bcryptMs = (performance.now() - t0) / bcryptIterations;
  return { oursMs, bcryptMs, ratio: bcryptMs / oursMs };
}

async function main() {
  console.log(
    `bench:tokens on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${DURATION_MS} ms per level`,
  );
  const verification = secretVerificationRatio();
  console.log(
    `app-secret verification: ours ${(verification.oursMs * 1000).toFixed(2)} µs, bcrypt(10) ${verification.bcryptMs.toFixed(1)} ms ` +
      `→ bcrypt is ${verification.ratio.toFixed(0)}× slower per check`,
  );

  // Rate limits off: the benchmark is one client address hammering one credential on purpose.
  const server = await startBenchServer({
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    RATE_LIMIT_ENABLED: 'false',
  });
  const client = createClient(server.baseUrl, 128);
  const results: Record<string, LoadResult[]> = { health: [], mint: [], refresh: [] };
  try {
    const login = await client.request('POST', '/api/v1/auth/login', ADMIN);
    const operator = { authorization: `Bearer ${login.body.access_token}` };
    const app = (await client.request('POST', '/api/v1/applications', { name: 'bench' }, operator)).body;
    const basic = {
      authorization: `Basic ${Buffer.from(`${app.app_id}:${app.app_secret}`).toString('base64')}`,
    };
    const users: string[] = [];
    for (let i = 0; i < USERS; i += 1)
      users.push(
        (await client.request('POST', '/api/v1/users', { external_user_id: `u${i}` }, basic)).body.id,
      );

    for (const concurrency of LEVELS) {
      results.health.push(
        await runLoad(
          concurrency,
          DURATION_MS,
          async () => (await client.request('GET', '/health')).status === 200,
        ),
      );
      console.log(formatResult('GET /health (baseline)', results.health.at(-1)!));

      let next = 0;
      results.mint.push(
        await runLoad(concurrency, DURATION_MS, async () => {
          const userId = users[next++ % users.length];
          return (
            (await client.request('POST', `/api/v1/users/${userId}/token`, undefined, basic)).status === 200
          );
        }),
      );
      console.log(formatResult('POST /users/{id}/token', results.mint.at(-1)!));

      // Each worker follows its own rotation chain, as a phone does.
      const chains = await Promise.all(
        Array.from(
          { length: concurrency },
          async (_, i) =>
            (await client.request('POST', `/api/v1/users/${users[i % users.length]}/token`, undefined, basic))
              .body.refresh_token as string,
        ),
      );
      results.refresh.push(
        await runLoad(concurrency, DURATION_MS, async (worker) => {
          const response = await client.request('POST', '/api/v1/token/refresh', {
            refresh_token: chains[worker],
          });
          if (response.status !== 200) return false;
          chains[worker] = response.body.refresh_token;
          return true;
        }),
      );
      console.log(formatResult('POST /token/refresh', results.refresh.at(-1)!));
    }
  } finally {
    client.close();
    await server.stop();
  }

  const at16 = (name: string) => results[name][LEVELS.indexOf(16)];
  console.log('\nratios at 16 clients (throughput / GET /health throughput, same run):');
  console.log(`  mint    ${(at16('mint').perSecond / at16('health').perSecond).toFixed(3)}`);
  console.log(`  refresh ${(at16('refresh').perSecond / at16('health').perSecond).toFixed(3)}`);
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log('\ntargets at 16 clients:');
  console.log(
    `  refresh ≥ 1,000/s: ${at16('refresh').perSecond.toFixed(0)}/s ${verdict(at16('refresh').perSecond >= 1000)}`,
  );
  console.log(
    `  mint ≥ 1,500/s:    ${at16('mint').perSecond.toFixed(0)}/s ${verdict(at16('mint').perSecond >= 1500)}`,
  );
  const p99 = Math.max(at16('mint').p99Ms, at16('refresh').p99Ms);
  console.log(`  p99 < 50 ms:       ${p99.toFixed(1)} ms ${verdict(p99 < 50)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
