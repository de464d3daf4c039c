/**
 * npm run bench:ingest — end-to-end ingestion throughput against a fresh embedded PostgreSQL.
 *
 * Phase 1: 8 concurrent HTTP clients push generated 2,000-item batches (iOS, Health Connect, Samsung shapes) to
 * POST /api/v1/sdk/users/{id}/sync with user access tokens; prints records/s, p50/p99 batch latency and the API
 * process's peak RSS. In the same run, the normalized sample rows are loaded with COPY into an identically indexed
 * table, and our throughput is printed as a fraction of COPY's.
 * Phase 2: a fresh API process ingests one batch just under the 64 MiB decoded limit; prints its peak RSS.
 * Phase 3: a fresh API process gets several large uploads at once (see concurrentUploadsPhase).
 * Only loopback traffic; every loop is bounded; everything stops by itself.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { generateBatch, Shape } from './sync-payload-generator.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 8);
const BATCH_ITEMS = 2000;
const BATCHES = Number(process.env.BENCH_BATCHES ?? 255); // 510,000 items
const USERS = 32;
const LARGE_BODY_BYTES = 63 * 1024 * 1024;
const SHAPES: Shape[] = ['ios', 'health-connect', 'samsung'];
const ADMIN = { email: 'bench@example.com', password: 'bench-password-123' };

const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS + 2 });

interface Reply {
  status: number;
  body: string;
}

function request(
  port: number,
  method: string,
  url: string,
  headers: Record<string, string>,
  body?: Buffer | string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path: url, headers, agent, timeout: 600_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error(`timeout ${method} ${url}`)));
    req.end(body);
  });
}

async function json(
  port: number,
  method: string,
  url: string,
  headers: Record<string, string>,
  body?: unknown,
) {
  const reply = await request(
    port,
    method,
    url,
    { 'Content-Type': 'application/json', ...headers },
    body === undefined ? undefined : JSON.stringify(body),
  );
  if (reply.status >= 300) throw new Error(`${method} ${url} → ${reply.status} ${reply.body.slice(0, 300)}`);
  return JSON.parse(reply.body);
}

interface Server {
  child: ChildProcess;
  port: number;
  stop(): Promise<void>;
}

async function startServer(dataDir: string, dbPort: number): Promise<Server> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  // BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the API process.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, 'dist/src/main.js'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMBEDDED_DB_PORT: String(dbPort),
      LOG_LEVEL: 'warn',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      DB_POOL_MAX: '12',
      // The benchmark measures throughput, not the per-user fairness ceiling.
      INGEST_USER_ITEMS_PER_MINUTE: '0',
      RATE_LIMIT_ENABLED: 'false',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error('the API process exited during start-up');
    try {
      if ((await request(port, 'GET', '/health/ready', {})).status === 200) break;
    } catch {
      // not listening yet
    }
    if (attempt === 239) throw new Error('the API did not become ready within 120 s');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    child,
    port,
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** CPU seconds (user + system) of the processes whose command name matches, from /proc. */
async function cpuSeconds(match: (pid: number, comm: string) => boolean): Promise<number> {
  const { readdir } = await import('node:fs/promises');
  let ticks = 0;
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (!match(Number(entry), comm)) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / 100;
}

/** VmHWM: the peak resident set of the API process since it started. */
async function peakRssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

async function currentRssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

async function tenant(server: Server, users: number) {
  const login = await json(server.port, 'POST', '/api/v1/auth/login', {}, ADMIN);
  const operator = { Authorization: `Bearer ${login.access_token}` };
  const app = await json(server.port, 'POST', '/api/v1/applications', operator, {
    name: `bench-${randomBytes(3).toString('hex')}`,
  });
  const basic = {
    Authorization: `Basic ${Buffer.from(`${app.app_id}:${app.app_secret}`).toString('base64')}`,
  };
  const result: Array<{ id: string; token: string }> = [];
  for (let i = 0; i < users; i++) {
    const user = await json(server.port, 'POST', '/api/v1/users', basic, {
      external_user_id: `bench-${i}-${randomBytes(3).toString('hex')}`,
    });
    const token = await json(server.port, 'POST', `/api/v1/users/${user.id}/token`, basic, {});
    result.push({ id: user.id, token: token.access_token });
  }
  return result;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function throughputPhase(server: Server, databaseUrl: string, copyDir: string) {
  // Generate first: generation blocks the event loop for many seconds, and a keep-alive socket the server closed
  // meanwhile (5 s idle) would still be reused afterwards, failing the first request with EPIPE.
  process.stdout.write(`generating ${BATCHES} batches of ${BATCH_ITEMS} items… `);
  const bodies = Array.from({ length: BATCHES }, (_, i) =>
    Buffer.from(JSON.stringify(generateBatch(SHAPES[i % 3], i + 1, BATCH_ITEMS))),
  );
  const bytes = bodies.reduce((s, b) => s + b.length, 0);
  console.log(
    `${(bytes / 1024 / 1024).toFixed(0)} MiB, ${(bytes / BATCHES / 1024 / 1024).toFixed(2)} MiB per batch`,
  );
  const users = await tenant(server, USERS);

  // Warm-up (JIT, connection pool, plan caches): two batches not counted.
  for (const i of [0, 1]) {
    const warm = generateBatch(SHAPES[i], 100_000 + i, BATCH_ITEMS);
    await request(
      server.port,
      'POST',
      `/api/v1/sdk/users/${users[i].id}/sync`,
      { 'Content-Type': 'application/json', Authorization: `Bearer ${users[i].token}` },
      JSON.stringify(warm),
    );
  }

  const apiPid = server.child.pid!;
  const cpuBefore = {
    api: await cpuSeconds((pid) => pid === apiPid),
    pg: await cpuSeconds((_, comm) => comm === 'postgres'),
  };
  let next = 0;
  const latencies: number[] = [];
  let items = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = next++; i < BATCHES; i = next++) {
        const user = users[i % USERS];
        const t0 = performance.now();
        const reply = await request(
          server.port,
          'POST',
          `/api/v1/sdk/users/${user.id}/sync`,
          { 'Content-Type': 'application/json', Authorization: `Bearer ${user.token}` },
          bodies[i],
        );
        latencies.push(performance.now() - t0);
        if (reply.status !== 202) throw new Error(`batch ${i}: ${reply.status} ${reply.body.slice(0, 300)}`);
        const result = JSON.parse(reply.body);
        if (result.rejected !== 0)
          throw new Error(`batch ${i}: ${result.rejected} rejected: ${JSON.stringify(result.rejections[0])}`);
        items += result.items;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const ours = items / seconds;
  const peak = await peakRssMiB(server.child.pid!);
  const cpu = {
    api: (await cpuSeconds((pid) => pid === apiPid)) - cpuBefore.api,
    pg: (await cpuSeconds((_, comm) => comm === 'postgres')) - cpuBefore.pg,
  };

  // Baseline: the same normalized rows, loaded by COPY into a table with the same keys and indexes.
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const file = path.join(copyDir, 'samples.copy');
  const [{ rows: sampleRows }] = [await db.query('SELECT count(*)::int AS n FROM samples')];
  await db.query(`COPY (SELECT * FROM samples) TO '${file}'`);
  await db.query('DROP TABLE IF EXISTS bench_copy_samples');
  await db.query('CREATE TABLE bench_copy_samples (LIKE samples INCLUDING ALL)');
  await db.query('CHECKPOINT');
  const c0 = performance.now();
  await db.query(`COPY bench_copy_samples FROM '${file}'`);
  const copySeconds = (performance.now() - c0) / 1000;
  const copyRate = sampleRows[0].n / copySeconds;
  await db.query('DROP TABLE bench_copy_samples');
  const { rows: stages } = await db.query(`
    SELECT round(avg((timings->>'read_ms')::numeric)) AS read, round(avg((timings->>'parse_ms')::numeric)) AS parse,
           round(avg((timings->>'normalize_ms')::numeric)) AS normalize
      FROM sync_batches`);
  await db.end();

  console.log('');
  console.log('== ingestion throughput (POST /api/v1/sdk/users/{id}/sync, HTTP, 8 clients) ==');
  console.log(
    `batches            ${BATCHES} × ${BATCH_ITEMS} items (iOS / Health Connect / Samsung shapes), ${USERS} users`,
  );
  console.log(`items stored       ${items} in ${seconds.toFixed(1)} s`);
  console.log(`records/s          ${Math.round(ours)}   (target ≥ 40,000)`);
  console.log(
    `batch latency      p50 ${Math.round(percentile(latencies, 50))} ms, p99 ${Math.round(percentile(latencies, 99))} ms, max ${Math.round(latencies[latencies.length - 1])} ms   (target p99 < 750 ms)`,
  );
  console.log(`API peak RSS       ${peak} MiB`);
  console.log(
    `CPU                API process ${cpu.api.toFixed(1)} s, PostgreSQL ${cpu.pg.toFixed(1)} s (of ${(2 * seconds).toFixed(1)} core-seconds)`,
  );
  console.log(
    `per batch (mean)   read ${stages[0].read} ms, parse ${stages[0].parse} ms, journal + normalize ${stages[0].normalize} ms`,
  );
  console.log(
    `COPY baseline      ${sampleRows[0].n} sample rows in ${copySeconds.toFixed(2)} s = ${Math.round(copyRate)} rows/s`,
  );
  console.log(`fraction of COPY   ${(ours / copyRate).toFixed(2)}   (target ≥ 0.35)`);
  return { ours, copyRate, p50: percentile(latencies, 50), p99: percentile(latencies, 99), peak };
}

/** One body of heart-rate records up to `bytes` (default: just under the limit). */
function largeBody(bytes = LARGE_BODY_BYTES): Buffer {
  const parts: string[] = [];
  let size = 0;
  const template = generateBatch('health-connect', 900_000, 2000) as {
    data: { records: Array<Record<string, unknown>> };
  };
  const record = template.data.records[0];
  const base = Date.parse('2030-01-01T00:00:00Z');
  for (let i = 0; size < bytes - 1024; i++) {
    const at = new Date(base + i * 1000).toISOString();
    const item = JSON.stringify({
      ...record,
      id: `large-${i}`,
      type: 'HEART_RATE',
      unit: 'bpm',
      startDate: at,
      endDate: at,
      value: 60 + (i % 50),
    });
    if (size + item.length + 1 > bytes - 1024) break;
    parts.push(item);
    size += item.length + 1;
  }
  return Buffer.from(
    `{"provider":"google","sdkVersion":"0.11.0","syncTimestamp":"2030-01-01T00:00:00Z","data":{"records":[${parts.join(',')}],"sleep":[],"workouts":[]}}`,
  );
}

async function largeBatchPhase(server: Server) {
  const body = largeBody(); // before any request, for the same reason as in throughputPhase
  const [user] = await tenant(server, 1);
  const idle = await currentRssMiB(server.child.pid!);
  // The batch's own peak: the operator login above hashes a password with argon2id (64 MiB) in this process.
  await resetPeakRss(server.child.pid!);
  const t0 = performance.now();
  const reply = await request(
    server.port,
    'POST',
    `/api/v1/sdk/users/${user.id}/sync`,
    { 'Content-Type': 'application/json', Authorization: `Bearer ${user.token}` },
    body,
  );
  const ms = performance.now() - t0;
  if (reply.status !== 202) throw new Error(`large batch: ${reply.status} ${reply.body.slice(0, 300)}`);
  const result = JSON.parse(reply.body);
  const peak = await peakRssMiB(server.child.pid!);
  console.log('');
  console.log('== one batch at the decoded limit (fresh API process) ==');
  console.log(
    `body               ${(body.length / 1024 / 1024).toFixed(1)} MiB, ${result.items} items, ${result.inserted} inserted, in ${(ms / 1000).toFixed(1)} s`,
  );
  console.log(`API RSS            ${idle} MiB idle → peak ${peak} MiB`);
  return { peak, idle, mib: body.length / 1024 / 1024, items: result.items, ms };
}

/** Resets the process's VmHWM to its current RSS (Linux `clear_refs` 5), so the next peak is one round's own. */
async function resetPeakRss(pid: number): Promise<void> {
  await writeFile(`/proc/${pid}/clear_refs`, '5');
}

/**
 * Phase 3: uploads at once against one fresh process, each to its own user: one batch at the limit with four of
 * 16 MiB, then five of 60 MiB. Prints the answers and the process's peak RSS per round.
 */
async function concurrentUploadsPhase(server: Server) {
  const MiB = 1024 * 1024;
  const rounds = [
    { name: '63 MiB + 4 × 16 MiB', sizes: [63 * MiB, 16 * MiB, 16 * MiB, 16 * MiB, 16 * MiB] },
    { name: '5 × 60 MiB', sizes: [60 * MiB, 60 * MiB, 60 * MiB, 60 * MiB, 60 * MiB] },
  ];
  const bodies = new Map<number, Buffer>();
  for (const size of new Set(rounds.flatMap((r) => r.sizes))) bodies.set(size, largeBody(size));
  const users = await tenant(server, 10);
  console.log('');
  console.log('== concurrent large uploads (fresh API process, one user each) ==');
  const figures: Array<{ name: string; statuses: string; idle: number; peak: number }> = [];
  let next = 0;
  for (const round of rounds) {
    const idle = await currentRssMiB(server.child.pid!);
    await resetPeakRss(server.child.pid!);
    const replies = await Promise.all(
      round.sizes.map((size) => {
        const user = users[next++]!;
        return request(
          server.port,
          'POST',
          `/api/v1/sdk/users/${user.id}/sync`,
          { 'Content-Type': 'application/json', Authorization: `Bearer ${user.token}` },
          bodies.get(size),
        );
      }),
    );
    const peak = await peakRssMiB(server.child.pid!);
    const counts = new Map<number, number>();
    for (const reply of replies) counts.set(reply.status, (counts.get(reply.status) ?? 0) + 1);
    const statuses = [...counts].map(([status, n]) => `${n} × ${status}`).join(', ');
    console.log(`${round.name.padEnd(22)}${statuses}; RSS ${idle} MiB before → peak ${peak} MiB`);
    figures.push({ name: round.name, statuses, idle, peak });
  }
  return figures;
}

async function main() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'wearbridge-bench-'));
  await chmod(dataDir, 0o755);
  const copyDir = path.join(dataDir, 'copy');
  await mkdir(copyDir, { recursive: true });
  await chmod(copyDir, 0o777); // the PostgreSQL server process writes and reads the COPY file
  const dbPort = 40000 + Math.floor(Math.random() * 20000);
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  let server: Server | undefined;
  try {
    // BENCH_PHASES=large,concurrent runs only the phases named (throughput, large, concurrent), each on a fresh process.
    const phases = (process.env.BENCH_PHASES ?? 'throughput,large,concurrent').split(',');
    const password = async () => (await readFile(path.join(dataDir, 'postgres', 'password'), 'utf8')).trim();
    const run: Record<string, (s: Server) => Promise<unknown>> = {
      throughput: async (s) =>
        throughputPhase(
          s,
          `postgres://postgres:${encodeURIComponent(await password())}@127.0.0.1:${dbPort}/wearbridge`,
          copyDir,
        ),
      large: largeBatchPhase,
      concurrent: concurrentUploadsPhase,
    };
    for (const phase of phases) {
      if (!run[phase]) throw new Error(`BENCH_PHASES: unknown phase ${phase}`);
      server = await startServer(dataDir, dbPort);
      await run[phase](server);
      await server.stop();
      server = undefined;
    }
  } finally {
    await server?.stop();
    agent.destroy();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
