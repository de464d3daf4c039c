/**
 * npm run bench:import — streaming read of a large Apple Health export.
 *
 * 1. Generates an export.zip in a temporary folder: apple_health_export/export.xml of BENCH_IMPORT_MB MiB (default
 *    1024) — steps, heart rate, energy and distance from a watch and a phone, a night of sleep stages and a workout
 *    with statistics per day — streamed into the zip, never held in memory.
 * 2. A child process reads it with readAppleHealthExport (nothing else in that process, so its peak RSS is the
 *    reader's): items/s and peak RSS (target < 256 MiB). BENCH_IMPORT_NORMALIZE=1 adds a second child that also runs
 *    every item through the SDK path's pure parsers (parseRecord / parseSleep / parseWorkout), without a database.
 * 3. Unless BENCH_IMPORT_FULL=0, a third child runs the whole import as the API does, on a fresh database of the
 *    DATABASE_URL server: the upload spool (hash, copy under IMPORT_DIR), then ImportRunner (chunks, normalization,
 *    overlap filter, progress rows, per-chunk transactions). Records/s and the whole process's peak RSS.
 *    BENCH_AUTO_EXPLAIN_MS=100 logs the plan of every statement slower than 100 ms to the server's log;
 *    BENCH_SQL_TIMING=1 prints the statements by total time; BENCH_CHILD_NODE_ARGS adds Node options (--cpu-prof).
 * 4. Baseline in the same run: as many sample rows as items were read, loaded by a server-side COPY into a scratch
 *    table shaped and keyed like `samples` on DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test);
 *    prints items/s ÷ COPY rows/s.
 * Everything is local, bounded by the file size, and removed at the end.
 */
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import yazl from 'yazl';
import { readAppleHealthExport } from '../src/modules/imports/apple-health/export-reader.js';
import { parseRecord } from '../src/modules/normalization/mapping/records.js';
import { parseSleep } from '../src/modules/normalization/mapping/sleep.js';
import { parseWorkout } from '../src/modules/normalization/mapping/workouts.js';

const TARGET_MIB = Number(process.env.BENCH_IMPORT_MB ?? 1024);
const NORMALIZE = process.env.BENCH_IMPORT_NORMALIZE === '1';
const FULL = process.env.BENCH_IMPORT_FULL !== '0';
/** Items per import chunk (ImportRunner.chunkItems), to measure the chunk size. */
const CHUNK_ITEMS = Number(process.env.BENCH_IMPORT_CHUNK ?? 0);
/** Statements of the full import slower than this (ms) go to the server's log with their plans (auto_explain). */
/** Extra Node options for the measured children, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`. */
const CHILD_NODE_ARGS = (process.env.BENCH_CHILD_NODE_ARGS ?? '').split(' ').filter(Boolean);
const AUTO_EXPLAIN_MS = Number(process.env.BENCH_AUTO_EXPLAIN_MS ?? 0);
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const RSS_TARGET_MIB = 256;

const WATCH =
  'sourceName="Bench Watch" sourceVersion="9.1" device="&lt;&lt;HKDevice: 0x283a8c1e0&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,2, software:9.1&gt;"';
const PHONE =
  'sourceName="Bench iPhone" sourceVersion="16.1" device="&lt;&lt;HKDevice: 0x283a8e3a0&gt;, name:iPhone, manufacturer:Apple Inc., model:iPhone, hardware:iPhone14,5, software:16.1&gt;"';
const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>
<!ATTLIST HealthData locale CDATA #REQUIRED>
]>
<HealthData locale="en_GB">
 <ExportDate value="2024-01-01 12:00:00 +0100"/>
 <Me HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexNotSet"/>
`;

const pad = (n: number) => String(n).padStart(2, '0');
/** `2020-11-03 07:18:00 +0100` for an instant, written at +01:00 as a phone in Central Europe would. */
function exportTime(ms: number): string {
  const d = new Date(ms + 3_600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0100`;
}

function record(
  type: string,
  source: string,
  unit: string,
  start: number,
  end: number,
  value: number,
): string {
  const s = exportTime(start);
  return ` <Record type="HKQuantityTypeIdentifier${type}" ${source} unit="${unit}" creationDate="${exportTime(end)}" startDate="${s}" endDate="${exportTime(end)}" value="${value}"/>\n`;
}

/** One day of a heavy user's export: ~3,100 elements, ~1.1 MB of XML. */
function day(index: number): string {
  const dayStart = Date.UTC(2018, 0, 1) + index * 86_400_000;
  const parts: string[] = [];
  for (let minute = 0; minute < 1440; minute += 2) {
    const t = dayStart + minute * 60_000;
    parts.push(record('HeartRate', WATCH, 'count/min', t, t, 55 + ((index + minute) % 60)));
    parts.push(record('ActiveEnergyBurned', WATCH, 'kcal', t, t + 60_000, 0.5 + (minute % 7) / 10));
    if (minute % 4 === 0) {
      parts.push(record('StepCount', WATCH, 'count', t, t + 120_000, 20 + (minute % 90)));
      parts.push(record('StepCount', PHONE, 'count', t, t + 120_000, 18 + (minute % 80)));
      parts.push(record('DistanceWalkingRunning', PHONE, 'km', t, t + 120_000, 0.015 + (minute % 9) / 1000));
    }
  }
  const night = dayStart - 2 * 3_600_000;
  const stages = ['AsleepCore', 'AsleepDeep', 'AsleepCore', 'AsleepREM', 'Awake', 'AsleepCore', 'AsleepREM'];
  stages.forEach((stage, i) => {
    const s = night + i * 3_600_000;
    parts.push(
      ` <Record type="HKCategoryTypeIdentifierSleepAnalysis" ${WATCH} creationDate="${exportTime(s + 3_600_000)}" startDate="${exportTime(s)}" endDate="${exportTime(s + 3_600_000)}" value="HKCategoryValueSleepAnalysis${stage}"/>\n`,
    );
  });
  const run = dayStart + 17 * 3_600_000;
  const [rs, re] = [exportTime(run), exportTime(run + 1_800_000)];
  parts.push(` <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="30" durationUnit="min" ${WATCH} creationDate="${re}" startDate="${rs}" endDate="${re}">
  <MetadataEntry key="HKIndoorWorkout" value="0"/>
  <MetadataEntry key="HKTimeZone" value="Europe/Berlin"/>
  <WorkoutEvent type="HKWorkoutEventTypeSegment" date="${rs}" duration="15" durationUnit="min"/>
  <WorkoutStatistics type="HKQuantityTypeIdentifierActiveEnergyBurned" startDate="${rs}" endDate="${re}" sum="300" unit="kcal"/>
  <WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning" startDate="${rs}" endDate="${re}" sum="5" unit="km"/>
  <WorkoutStatistics type="HKQuantityTypeIdentifierHeartRate" startDate="${rs}" endDate="${re}" average="150" minimum="110" maximum="172" unit="count/min"/>
 </Workout>
 <ActivitySummary dateComponents="${exportTime(dayStart).slice(0, 10)}" activeEnergyBurned="500" activeEnergyBurnedGoal="600" activeEnergyBurnedUnit="kcal"/>
`);
  return parts.join('');
}

async function* exportXml(targetBytes: number): AsyncGenerator<string> {
  yield HEADER;
  let written = HEADER.length;
  for (let i = 0; written < targetBytes; i++) {
    const text = day(i);
    written += text.length;
    yield text;
  }
  yield '</HealthData>\n';
}

async function generateZip(target: string): Promise<void> {
  const zip = new yazl.ZipFile();
  zip.addReadStream(Readable.from(exportXml(TARGET_MIB * 1024 * 1024)), 'apple_health_export/export.xml', {
    compressionLevel: 1,
  });
  zip.end();
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(target);
    out.on('close', () => resolve());
    out.on('error', reject);
    zip.outputStream.on('error', reject).pipe(out);
  });
}

interface ReadFigures {
  /** RSS in MiB when the reader had consumed 10 %, 20 %, … of the file: flat means streaming. */
  rssByDecile: number[];
  items: number;
  seconds: number;
  peakRssMiB: number;
  rejected: number;
  chunks: number;
}

/** Child process: read (and optionally normalize) the export, report figures on stdout as one JSON line. */
async function readChild(file: string, normalize: boolean): Promise<void> {
  let items = 0;
  let rejected = 0;
  let chunks = 0;
  const size = (await stat(file)).size;
  const rssByDecile: number[] = [];
  const started = performance.now();
  for await (const chunk of readAppleHealthExport(file)) {
    chunks++;
    while (chunk.bytesRead >= ((rssByDecile.length + 1) / 10) * size && rssByDecile.length < 10) {
      rssByDecile.push(Math.round(process.memoryUsage.rss() / 2 ** 20));
    }
    const { records, sleep, workouts } = chunk.data;
    items += records.length + sleep.length + workouts.length;
    rejected += chunk.rejections.length;
    if (normalize) {
      records.forEach((raw, i) => (rejected += parseRecord('apple', raw, i).ok ? 0 : 1));
      sleep.forEach((raw, i) => (rejected += parseSleep('apple', raw, i).ok ? 0 : 1));
      workouts.forEach((raw, i) => (rejected += parseWorkout('apple', raw, i).ok ? 0 : 1));
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const status = await readFile('/proc/self/status', 'utf8');
  const peakRssMiB = Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  const figures: ReadFigures = { rssByDecile, items, seconds, peakRssMiB, rejected, chunks };
  process.send?.(figures);
}

/**
 * Times every statement of this process from call to result (PostgreSQL, the round trip, and any event-loop delay
 * before the result is handled) and prints the 25 costliest by total when the process exits.
 */
function timeStatements(): void {
  const totals = new Map<string, { calls: number; ms: number }>();
  type Query = (this: pg.Client, ...args: unknown[]) => unknown;
  const query = pg.Client.prototype.query as unknown as Query;
  const timed: Query = function (...args) {
    const first = args[0] as string | { text?: string };
    const key = (typeof first === 'string' ? first : (first?.text ?? '?')).replace(/\s+/g, ' ').slice(0, 90);
    const started = performance.now();
    const done = () => {
      const entry = totals.get(key) ?? { calls: 0, ms: 0 };
      entry.calls++;
      entry.ms += performance.now() - started;
      totals.set(key, entry);
    };
    const callback = args.findIndex((a) => typeof a === 'function');
    if (callback >= 0) {
      const original = args[callback] as (...results: unknown[]) => void;
      args[callback] = (...results: unknown[]) => {
        done();
        original(...results);
      };
      return query.apply(this, args);
    }
    const result = query.apply(this, args) as Promise<unknown> | undefined;
    result?.then(done, done);
    return result;
  };
  (pg.Client.prototype as unknown as { query: Query }).query = timed;
  process.on('exit', () => {
    console.error('  total ms  calls  statement');
    for (const [key, { calls, ms }] of [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25))
      console.error(`${ms.toFixed(0).padStart(10)} ${String(calls).padStart(6)}  ${key}`);
  });
}

/**
 * Child process: the whole import path in an application context on a fresh database, one user. The import row's
 * progress is sampled while it runs to show RSS against the share of the file parsed.
 */
async function importChild(file: string): Promise<void> {
  if (process.env.BENCH_SQL_TIMING === '1') timeStatements();
  // Loaded here only: the reader's child must not carry the application's modules in its RSS.
  const { NestFactory } = await import('@nestjs/core');
  const { AppModule } = await import('../src/app.module.js');
  const { loadConfig } = await import('../src/config/app-config.js');
  const { ImportRunner } = await import('../src/modules/imports/import-runner.js');
  const { ImportsService } = await import('../src/modules/imports/imports.service.js');
  const name = `bench_import_${randomUUID().slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  if (AUTO_EXPLAIN_MS)
    for (const setting of [
      `session_preload_libraries = 'auto_explain'`,
      `auto_explain.log_min_duration = '${AUTO_EXPLAIN_MS}ms'`,
      'auto_explain.log_analyze = on',
      'auto_explain.log_buffers = on',
    ])
      await admin.query(`ALTER DATABASE ${name} SET ${setting}`);
  const url = new URL(DATABASE_URL);
  url.pathname = `/${name}`;
  const dataDir = await mkdtemp(path.join(tmpdir(), 'wearbridge-bench-import-data-'));
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: url.toString(),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    WEBHOOKS_WORKER_ENABLED: 'false',
  });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, url.toString()), {
    logger: false,
  });
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  try {
    const { rows } = await db.query(
      `WITH o AS (INSERT INTO organizations (name) VALUES ('bench') RETURNING id),
            a AS (INSERT INTO applications (app_id, name, secret_hash, organization_id)
                  SELECT 'bench-import', 'bench', '\\x00', id FROM o RETURNING id)
       INSERT INTO users (application_id) SELECT id FROM a RETURNING id`,
    );
    const userId = rows[0].id as string;
    const size = (await stat(file)).size;
    const rssByDecile: number[] = [];
    const started = performance.now();
    const { view } = await app.get(ImportsService).uploadAppleHealthFile(userId, file);
    const spoolSeconds = (performance.now() - started) / 1000;
    const sampler = setInterval(() => {
      void db
        .query('SELECT bytes_read FROM imports WHERE id = $1', [view.id])
        .then(({ rows: [row] }) => {
          while (Number(row.bytes_read) >= ((rssByDecile.length + 1) / 10) * size && rssByDecile.length < 10)
            rssByDecile.push(Math.round(process.memoryUsage.rss() / 2 ** 20));
        })
        .catch(() => undefined);
    }, 200);
    if (CHUNK_ITEMS > 0) app.get(ImportRunner).chunkItems = CHUNK_ITEMS;
    const outcome = await app.get(ImportRunner).run({ userId, importId: view.id });
    clearInterval(sampler);
    const seconds = (performance.now() - started) / 1000;
    const done = await app.get(ImportsService).getForCli(userId, view.id);
    const status = await readFile('/proc/self/status', 'utf8');
    const peakRssMiB = Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
    if (outcome !== 'completed') throw new Error(`the import ended ${outcome}: ${done.error}`);
    const figures: ImportFigures = {
      rssByDecile,
      items: done.totals.stored + done.totals.duplicate + done.totals.rejected,
      stored: done.totals.stored,
      seconds,
      spoolSeconds,
      peakRssMiB,
    };
    process.send?.(figures);
  } finally {
    await db.end();
    await app.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await rm(dataDir, { recursive: true, force: true });
  }
}

interface ImportFigures {
  rssByDecile: number[];
  items: number;
  stored: number;
  seconds: number;
  spoolSeconds: number;
  peakRssMiB: number;
}

function runChild(file: string, normalize: boolean): Promise<ReadFigures> {
  return forkChild(['--read', file, normalize ? '--normalize' : '']);
}

function forkChild<T>(args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), args, {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv: [...process.execArgv, ...CHILD_NODE_ARGS],
    });
    let figures: T | null = null;
    child.on('message', (message) => (figures = message as T));
    child.on('error', reject);
    child.on('exit', (code) =>
      figures ? resolve(figures) : reject(new Error(`the reader process exited with ${code}`)),
    );
  });
}

/** Same-run baseline: `rows` sample rows shaped like ours, COPY'd into a table keyed like `samples`. */
async function copyBaseline(dir: string, rows: number): Promise<{ seconds: number; rate: number }> {
  const file = path.join(dir, 'samples.copy');
  const user = randomUUID();
  const sources = [randomUUID(), randomUUID()];
  const metrics = ['heart_rate', 'active_energy', 'steps', 'distance_walking_running'];
  const base = Date.UTC(2018, 0, 1);
  async function* lines(): AsyncGenerator<string> {
    const batch: string[] = [];
    for (let i = 0; i < rows; i++) {
      const start = new Date(base + i * 60_000).toISOString();
      const end = new Date(base + i * 60_000 + 60_000).toISOString();
      batch.push(
        `${user}\t${metrics[i % 4]}\t${start}\t${sources[i % 2]}\t${end}\t${70 + (i % 50)}\tcount\t\\N\t+01:00\t${randomUUID()}\t\\N\tHKQuantityTypeIdentifierHeartRate\t\\N\t${user}\t\\N\n`,
      );
      if (batch.length === 10_000) yield batch.splice(0).join('');
    }
    yield batch.join('');
  }
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(file);
    out.on('close', () => resolve());
    out.on('error', reject);
    Readable.from(lines()).pipe(out);
  });
  await chmod(file, 0o644);

  const db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  try {
    await db.query('DROP TABLE IF EXISTS bench_import_copy');
    await db.query(`CREATE TABLE bench_import_copy (
      user_id uuid NOT NULL, metric varchar(64) COLLATE "C" NOT NULL, start_at timestamptz NOT NULL,
      data_source_id uuid NOT NULL, end_at timestamptz NOT NULL, value double precision NOT NULL,
      unit varchar(32) NOT NULL, category varchar(64), zone_offset varchar(9), record_id varchar(255) COLLATE "C",
      parent_id varchar(255), vendor_type varchar(128) NOT NULL, metadata jsonb, batch_id uuid NOT NULL,
      deleted_at timestamptz,
      PRIMARY KEY (user_id, metric, start_at, data_source_id, end_at))`);
    await db.query('CREATE INDEX ON bench_import_copy (user_id, record_id)');
    await db.query('CHECKPOINT');
    const started = performance.now();
    await db.query(`COPY bench_import_copy FROM '${file}'`);
    const seconds = (performance.now() - started) / 1000;
    return { seconds, rate: rows / seconds };
  } finally {
    await db.query('DROP TABLE IF EXISTS bench_import_copy').catch(() => undefined);
    await db.end();
  }
}

async function main(): Promise<void> {
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  const dir = await mkdtemp(path.join(tmpdir(), 'wearbridge-bench-import-'));
  await chmod(dir, 0o755); // the PostgreSQL server process reads the COPY file
  try {
    const zipPath = path.join(dir, 'export.zip');
    process.stdout.write(`generating export.zip with a ${TARGET_MIB} MiB export.xml… `);
    const g0 = performance.now();
    await generateZip(zipPath);
    const zipBytes = (await stat(zipPath)).size;
    console.log(
      `${(zipBytes / 2 ** 20).toFixed(0)} MiB zip in ${((performance.now() - g0) / 1000).toFixed(1)} s`,
    );

    const read = await runChild(zipPath, false);
    const rate = read.items / read.seconds;
    console.log(
      `read (parse only)  ${read.items} items in ${read.seconds.toFixed(1)} s = ${Math.round(rate)} items/s, ` +
        `${(TARGET_MIB / read.seconds).toFixed(1)} MiB xml/s, ${read.chunks} chunks, ${read.rejected} rejected`,
    );
    console.log(`reader peak RSS    ${read.peakRssMiB} MiB   (target < ${RSS_TARGET_MIB} MiB)`);
    console.log(`RSS at 10 %…100 %  ${read.rssByDecile.join(' ')} MiB`);
    if (NORMALIZE) {
      const normalized = await runChild(zipPath, true);
      console.log(
        `read + SDK parsers ${Math.round(normalized.items / normalized.seconds)} items/s, peak RSS ${normalized.peakRssMiB} MiB, ${normalized.rejected} rejected`,
      );
    }

    const full = FULL ? await forkChild<ImportFigures>(['--import', zipPath]) : null;
    if (full)
      console.log(
        `full import        ${full.items} items (${full.stored} stored) in ${full.seconds.toFixed(1)} s = ` +
          `${Math.round(full.items / full.seconds)} items/s (spool ${full.spoolSeconds.toFixed(1)} s), ` +
          `peak RSS ${full.peakRssMiB} MiB (whole API process); RSS at 10 %…100 % ${full.rssByDecile.join(' ')} MiB`,
      );

    const copy = await copyBaseline(dir, read.items);
    console.log(
      `COPY baseline      ${read.items} rows in ${copy.seconds.toFixed(1)} s = ${Math.round(copy.rate)} rows/s`,
    );
    console.log(`read ÷ COPY        ${(rate / copy.rate).toFixed(2)}`);
    if (full)
      console.log(
        `full import ÷ COPY ${(full.items / full.seconds / copy.rate).toFixed(2)}   (import target ≥ 0.5)`,
      );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--import') {
  importChild(process.argv[3]).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
} else if (process.argv[2] === '--read') {
  readChild(process.argv[3], process.argv[4] === '--normalize').catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
