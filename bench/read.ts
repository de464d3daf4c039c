import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createClient, formatResult, type LoadResult, runLoad } from './lib/load.js';
import { freePort, startBenchServer } from './lib/server.js';
import { generateUser, OFFSET } from './read/generate.js';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5000);
const WARMUP = 20;
const ADMIN = { email: 'bench@example.com', password: 'bench-password-123' };

interface Scenario {
  name: string;
  /** API path (after /api/v1/users/{id}/). */
  path: string;
  /**
   * The same answer written by hand in SQL, run directly on the database (one or more statements in parallel): the
   * same rows and columns the API reads to build its response, including what it knows only from the data (each
   * record's offset) and the page's probe row, but none of its generality (no cursors, no per-slice pro-rating where
   * this data has one slice per sample).
   */
  sql: Array<{ text: string; values: unknown[] }>;
  /** A narrower hand-written query, printed for reference only (not used for the ratio). */
  reference?: { label: string; sql: Array<{ text: string; values: unknown[] }> };
}

/** The data-source columns every item's `source` object is made of. */
const SOURCE_COLUMNS = 'd.provider, d.app_name, d.app_id, d.device_model, d.device_type, d.device_name';

function scenarios(userId: string): Scenario[] {
  const off = `interval '${OFFSET}'`;
  // Local day of a record from its own offset (the generated data all carry +01:00, which the API cannot know).
  const localDay = `((s.start_at AT TIME ZONE 'UTC') + coalesce(s.zone_offset, '${OFFSET}')::interval)::date`;
  // Every offset from −12:00 to +14:00 (and steps intervals begun the day before) can reach into a local day.
  const wide = ['2025-05-30T10:00:00Z', '2025-07-01T12:00:00Z'];
  return [
    {
      name: '30-day activity summary',
      path: 'summaries/activity?start_date=2025-06-01&end_date=2025-06-30',
      sql: [
        {
          // Per 15-minute slot the watch wins over the phone; steps per local day and source.
          text: `WITH ranked AS (
                   SELECT s.data_source_id, s.value, ${localDay} AS day,
                          rank() OVER (PARTITION BY date_bin('15 minutes', s.start_at, TIMESTAMPTZ 'epoch')
                                       ORDER BY CASE d.device_type WHEN 'watch' THEN 1 ELSE 2 END) AS r
                     FROM samples s JOIN data_sources d ON d.user_id = s.user_id AND d.id = s.data_source_id
                    WHERE s.user_id = $1 AND s.metric = 'steps' AND s.start_at >= $2 AND s.start_at < $3
                      AND s.deleted_at IS NULL)
                 SELECT r.day, r.data_source_id, sum(r.value), ${SOURCE_COLUMNS}
                   FROM ranked r JOIN data_sources d ON d.user_id = $1 AND d.id = r.data_source_id
                  WHERE r.r = 1 AND r.day BETWEEN '2025-06-01' AND '2025-06-30'
                  GROUP BY r.day, r.data_source_id, d.user_id, d.id`,
          values: [userId, ...wide],
        },
        {
          // Materialized so that the day filter is not pushed into the scan (one offset conversion per row).
          text: `WITH days AS MATERIALIZED (
                   SELECT ${localDay} AS day, avg(value), min(value), max(value), count(*)
                     FROM samples s WHERE user_id = $1 AND metric = 'heart_rate' AND start_at >= $2 AND start_at < $3
                      AND deleted_at IS NULL GROUP BY 1)
                 SELECT * FROM days WHERE day BETWEEN '2025-06-01' AND '2025-06-30'`,
          values: [userId, ...wide],
        },
      ],
      reference: {
        label: 'fixed +01:00, exact 30-day window',
        sql: [
          {
            text: `WITH ranked AS (
                     SELECT s.data_source_id, s.value, s.start_at,
                            rank() OVER (PARTITION BY date_bin('15 minutes', s.start_at, TIMESTAMPTZ 'epoch')
                                         ORDER BY CASE d.device_type WHEN 'watch' THEN 1 ELSE 2 END) AS r
                       FROM samples s JOIN data_sources d ON d.user_id = s.user_id AND d.id = s.data_source_id
                      WHERE s.user_id = $1 AND s.metric = 'steps' AND s.start_at >= $2 AND s.start_at < $3
                        AND s.deleted_at IS NULL)
                   SELECT ((start_at AT TIME ZONE 'UTC') + ${off})::date AS day, data_source_id, sum(value)
                     FROM ranked WHERE r = 1 GROUP BY 1, 2`,
            values: [userId, '2025-05-31T23:00:00Z', '2025-06-30T23:00:00Z'],
          },
          {
            text: `SELECT ((start_at AT TIME ZONE 'UTC') + ${off})::date AS day, avg(value), min(value), max(value), count(*)
                     FROM samples WHERE user_id = $1 AND metric = 'heart_rate' AND start_at >= $2 AND start_at < $3
                      AND deleted_at IS NULL GROUP BY 1`,
            values: [userId, '2025-05-31T23:00:00Z', '2025-06-30T23:00:00Z'],
          },
        ],
      },
    },
    {
      name: '1-day raw heart rate page',
      path: 'timeseries?types=heart_rate&start_time=2025-06-15T00:00:00Z&end_time=2025-06-16T00:00:00Z&limit=1000',
      sql: [
        {
          // 1,000 items and the probe row that says whether there is a next page; each with its source.
          text: `SELECT s.start_at, s.end_at, s.value, s.unit, s.category, s.zone_offset, s.data_source_id, ${SOURCE_COLUMNS}
                   FROM samples s JOIN data_sources d ON d.user_id = s.user_id AND d.id = s.data_source_id
                  WHERE s.user_id = $1 AND s.metric = 'heart_rate' AND s.start_at >= $2 AND s.start_at < $3
                    AND s.deleted_at IS NULL
                  ORDER BY s.start_at, s.data_source_id, s.end_at LIMIT 1001`,
          values: [userId, '2025-06-15T00:00:00Z', '2025-06-16T00:00:00Z'],
        },
      ],
    },
    {
      name: '1-year daily heart-rate buckets',
      path: 'timeseries?types=heart_rate&start_time=2025-01-01T00:00:00Z&end_time=2026-01-01T00:00:00Z&resolution=1day&limit=1000',
      sql: [
        {
          text: `SELECT date_bin('1 day', start_at, TIMESTAMPTZ 'epoch') AS day, data_source_id, avg(value), min(value),
                        max(value), count(*)
                   FROM samples WHERE user_id = $1 AND metric = 'heart_rate' AND start_at >= $2 AND start_at < $3
                    AND deleted_at IS NULL GROUP BY 1, 2 ORDER BY 1, 2`,
          values: [userId, '2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z'],
        },
      ],
    },
    {
      name: '30 days of sleep (with stages)',
      path: 'events/sleep?start_date=2025-06-01T00:00:00Z&end_date=2025-07-01T00:00:00Z&limit=100',
      sql: [
        {
          // A page of 100 sessions (and the probe row), each with its source and stage intervals.
          text: `SELECT s.id, s.start_at, s.end_at, s.zone_offset, s.local_date, s.duration_seconds,
                        s.total_sleep_seconds, s.time_in_bed_seconds, s.efficiency, s.light_seconds, s.deep_seconds,
                        s.rem_seconds, s.awake_seconds, s.asleep_seconds, s.is_nap, s.is_primary, ${SOURCE_COLUMNS},
                        st.stage, st.start_at, st.end_at
                   FROM (SELECT * FROM sleep_sessions WHERE user_id = $1 AND start_at >= $2 AND start_at < $3
                          ORDER BY start_at DESC, id DESC LIMIT 101) s
                   JOIN data_sources d ON d.user_id = s.user_id AND d.id = s.data_source_id
                   LEFT JOIN LATERAL (SELECT x.stage, x.start_at, x.end_at FROM sleep_stages x
                                       WHERE x.user_id = s.user_id AND x.data_source_id = s.data_source_id
                                         AND x.start_at >= s.start_at AND x.start_at < s.end_at
                                         AND x.deleted_at IS NULL) st ON true
                  ORDER BY s.start_at DESC, s.id DESC, st.start_at`,
          values: [userId, '2025-06-01T00:00:00Z', '2025-07-01T00:00:00Z'],
        },
      ],
    },
  ];
}

async function main() {
  console.log(
    `bench:read on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ` +
      `${DURATION_MS} ms per measurement, concurrency 1`,
  );
  const dataDir = await mkdtemp(path.join(tmpdir(), 'wearbridge-bench-read-'));
  const dbPort = await freePort();
  const server = await startBenchServer({
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    RATE_LIMIT_ENABLED: 'false',
    DATA_DIR: dataDir,
    EMBEDDED_DB_PORT: String(dbPort),
  });
  const client = createClient(server.baseUrl, 4);
  const password = (await readFile(path.join(dataDir, 'postgres', 'password'), 'utf8')).trim();
  const db = new pg.Pool({
    connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${dbPort}/wearbridge`,
    max: 4,
  });
  // The server's embedded PostgreSQL stops at the end; an idle pooled connection cut then is not a failure.
  let stopping = false;
  db.on('error', (error) => {
    if (!stopping) throw error;
  });
  try {
    const login = await client.request('POST', '/api/v1/auth/login', ADMIN);
    const operator = { authorization: `Bearer ${login.body.access_token}` };
    const app = (await client.request('POST', '/api/v1/applications', { name: 'bench-read' }, operator)).body;
    const auth = {
      authorization: `Basic ${Buffer.from(`${app.app_id}:${app.app_secret}`).toString('base64')}`,
    };
    const userId = (await client.request('POST', '/api/v1/users', { external_user_id: 'bench' }, auth)).body
      .id as string;

    const t0 = performance.now();
    const generated = await generateUser(db, userId);
    console.log(
      `generated in ${((performance.now() - t0) / 1000).toFixed(1)} s: ` +
        Object.entries(generated.rows)
          .map(([table, n]) => `${table} ${n.toLocaleString('en')}`)
          .join(', '),
    );

    // The fixed cost every read pays (HTTP, app-credential check, tenancy lookup, one tiny query, JSON).
    const floor = await runLoad(1, DURATION_MS, async () => {
      const response = await client.request('GET', `/api/v1/users/${userId}/data-sources`, undefined, auth);
      return response.status === 200;
    });
    console.log(formatResult('API floor: GET data-sources', floor));

    const lines: string[] = [];
    // BENCH_SCENARIOS=raw runs only the scenarios whose name contains it, e.g. under a profiler.
    const only = process.env.BENCH_SCENARIOS;
    for (const scenario of scenarios(userId).filter((s) => !only || s.name.includes(only))) {
      const url = `/api/v1/users/${userId}/${scenario.path}`;
      const api = async () => {
        const response = await client.request('GET', url, undefined, auth);
        return response.status === 200 && Array.isArray(response.body.data) && response.body.data.length > 0;
      };
      const sql = async () => {
        const results = await Promise.all(scenario.sql.map((q) => db.query(q.text, q.values)));
        return results.every((r) => r.rowCount! > 0);
      };
      for (let i = 0; i < WARMUP; i++) {
        if (!(await api())) throw new Error(`${scenario.name}: unexpected API answer`);
        if (!(await sql())) throw new Error(`${scenario.name}: unexpected SQL answer`);
      }
      const apiResult: LoadResult = await runLoad(1, DURATION_MS, api);
      const sqlResult: LoadResult = await runLoad(1, DURATION_MS, sql);
      console.log(formatResult(`API ${scenario.name}`, apiResult));
      console.log(formatResult(`SQL ${scenario.name}`, sqlResult));
      if (scenario.reference) {
        const statements = scenario.reference.sql;
        const reference = await runLoad(1, DURATION_MS, async () => {
          const results = await Promise.all(statements.map((q) => db.query(q.text, q.values)));
          return results.every((r) => r.rowCount! > 0);
        });
        console.log(formatResult(`  SQL reference (${scenario.reference.label})`, reference));
      }
      const ratio = (a: number, b: number) => (a / b).toFixed(2);
      const line =
        `| ${scenario.name} | ${apiResult.p50Ms.toFixed(1)} | ${apiResult.p99Ms.toFixed(1)} | ${sqlResult.p50Ms.toFixed(1)} | ` +
        `${sqlResult.p99Ms.toFixed(1)} | ${ratio(apiResult.p50Ms, sqlResult.p50Ms)} | ${ratio(apiResult.p99Ms, sqlResult.p99Ms)} |`;
      lines.push(line);
      if (apiResult.errors > 0 || sqlResult.errors > 0)
        console.log(`  errors: API ${apiResult.errors}, SQL ${sqlResult.errors}`);
    }
    console.log('\n| scenario | API p50 ms | API p99 ms | SQL p50 ms | SQL p99 ms | p50 ratio | p99 ratio |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const line of lines) console.log(line);
    console.log(
      `\nAPI floor (GET …/data-sources): p50 ${floor.p50Ms.toFixed(1)} ms, p99 ${floor.p99Ms.toFixed(1)} ms`,
    );
  } finally {
    stopping = true;
    client.close();
    await db.end();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
