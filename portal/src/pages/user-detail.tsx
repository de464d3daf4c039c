import { useEffect, useMemo, useRef, useState } from 'react';
import uPlot from 'uplot';
import { api, call, type Schemas } from '../api.js';
import { bars, Chart, stepped } from '../chart.js';
import { Link } from '../router.js';
import { Field, Section, when } from '../ui.js';
import { Connections, SyncBatches, SyncSessions } from './user-sync.js';
import { Workouts } from './user-workouts.js';
import { userLabel } from './users.js';

const DAY_MS = 86_400_000;
const STAGE_LEVEL: Record<string, number> = { awake: 4, in_bed: 4, rem: 3, light: 2, asleep: 2, deep: 1 };
const STAGE_NAME = ['', 'Deep', 'Light', 'REM', 'Awake'];

/** Axis labels in UTC, as the day picker is. */
const utc = (seconds: number) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC');
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Every page of a cursor-paginated read, for a chart that needs the whole range. */
async function allPages<T>(
  read: (cursor?: string) => Promise<{ data: T[]; pagination: { next_cursor?: string | null } }>,
  maxPages = 20,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const result = await read(cursor);
    items.push(...result.data);
    if (!result.pagination.next_cursor) break;
    cursor = result.pagination.next_cursor;
  }
  return items;
}

interface DayData {
  steps: Schemas['ActivitySummaryDto'][];
  heartRate: Schemas['TimeseriesItemDto'][];
  sleep: Schemas['SleepSessionDto'][];
}

export function UserDetail({ userId }: { userId: string }) {
  const [user, setUser] = useState<Schemas['UserResponseDto']>();
  const [day, setDay] = useState(() => isoDay(new Date()));
  const [data, setData] = useState<DayData>();
  const [error, setError] = useState<string>();
  const dayChosen = useRef(false);

  useEffect(() => {
    call(api.GET('/api/v1/users/{user_id}', { params: { path: { user_id: userId } } })).then(
      (found) => {
        setUser(found);
        // Start on the day of the last sync, unless the operator picked a day while the user loaded.
        if (found.last_synced_at && !dayChosen.current) setDay(isoDay(new Date(found.last_synced_at)));
      },
      (failure: Error) => setError(failure.message),
    );
  }, [userId]);

  useEffect(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return;
    let live = true;
    const start = new Date(`${day}T00:00:00Z`);
    const path = { user_id: userId };
    Promise.all([
      allPages((cursor) =>
        call(
          api.GET('/api/v1/users/{user_id}/summaries/activity', {
            params: {
              path,
              query: { start_date: isoDay(new Date(start.getTime() - 29 * DAY_MS)), end_date: day, cursor },
            },
          }),
        ),
      ),
      allPages((cursor) =>
        call(
          api.GET('/api/v1/users/{user_id}/timeseries', {
            params: {
              path,
              query: {
                types: ['heart_rate'],
                start_time: start.toISOString(),
                end_time: new Date(start.getTime() + DAY_MS).toISOString(),
                resolution: '5min',
                limit: 1000,
                cursor,
              },
            },
          }),
        ),
      ),
      // The night that ends on the chosen day: sessions starting from noon the day before.
      allPages((cursor) =>
        call(
          api.GET('/api/v1/users/{user_id}/events/sleep', {
            params: {
              path,
              query: {
                start_date: new Date(start.getTime() - DAY_MS / 2).toISOString(),
                end_date: new Date(start.getTime() + DAY_MS / 2).toISOString(),
                cursor,
              },
            },
          }),
        ),
      ),
    ]).then(
      ([steps, heartRate, sleep]) => {
        if (!live) return;
        setData({ steps, heartRate, sleep });
        setError(undefined);
      },
      (failure: Error) => live && setError(failure.message),
    );
    return () => {
      live = false;
    };
  }, [userId, day]);

  const stepsChart = useMemo(() => {
    if (!data) return undefined;
    const days = data.steps.filter((summary) => summary.steps !== null);
    const chartData: uPlot.AlignedData = [
      days.map((summary) => new Date(`${summary.date}T12:00:00Z`).getTime() / 1000),
      days.map((summary) => summary.steps),
    ];
    const end = new Date(`${day}T00:00:00Z`).getTime() / 1000 + DAY_MS / 1000;
    const options: Omit<uPlot.Options, 'width' | 'height'> = {
      tzDate: utc,
      // The whole 30-day window, however few days have data (one day alone would stretch over years).
      scales: { x: { time: true, range: [end - (30 * DAY_MS) / 1000, end] } },
      series: [{}, { label: 'Steps', stroke: '#1d5fa8', fill: 'rgba(29,95,168,0.35)', paths: bars }],
      axes: [{}, { size: 60 }],
      legend: { show: false },
    };
    return { chartData, options };
  }, [data, day]);

  const heartChart = useMemo(() => {
    if (!data) return undefined;
    const points = data.heartRate;
    const chartData: uPlot.AlignedData = [
      points.map((point) => new Date(point.timestamp).getTime() / 1000),
      points.map((point) => point.value),
    ];
    const options: Omit<uPlot.Options, 'width' | 'height'> = {
      tzDate: utc,
      scales: { x: { time: true } },
      series: [{}, { label: 'Heart rate (bpm)', stroke: '#b3261e', width: 1.5 }],
      axes: [{}, { size: 50 }],
    };
    return { chartData, options };
  }, [data]);

  const sleepChart = useMemo(() => {
    const session = data?.sleep.find((candidate) => !candidate.is_nap) ?? data?.sleep[0];
    if (!session) return undefined;
    const intervals = session.sleep_stage_intervals;
    const xs: number[] = [];
    const ys: (number | null)[] = [];
    for (const interval of intervals) {
      xs.push(new Date(interval.start_time).getTime() / 1000);
      ys.push(STAGE_LEVEL[interval.stage] ?? null);
    }
    const last = intervals.at(-1);
    if (last) {
      xs.push(new Date(last.end_time).getTime() / 1000);
      ys.push(STAGE_LEVEL[last.stage] ?? null);
    }
    const options: Omit<uPlot.Options, 'width' | 'height'> = {
      tzDate: utc,
      scales: { x: { time: true }, y: { range: [0.5, 4.5] } },
      series: [{}, { label: 'Stage', stroke: '#5b3fa0', width: 2, paths: stepped }],
      axes: [
        {},
        {
          size: 60,
          splits: () => [1, 2, 3, 4],
          values: (_u, splits) => splits.map((s) => STAGE_NAME[s] ?? ''),
        },
      ],
      legend: { show: false },
    };
    return { session, chartData: [xs, ys] as uPlot.AlignedData, options };
  }, [data]);

  const dayTotal = data?.steps.find((summary) => summary.date === day)?.steps;
  const heartValues = data?.heartRate.map((point) => point.value) ?? [];

  return (
    <>
      <p>
        <Link to="/users">← All users</Link>
      </p>
      <h1>{user ? userLabel(user) : 'User'}</h1>
      {error && <p role="alert">{error}</p>}
      {user && (
        <dl className="facts">
          <dt>User ID</dt>
          <dd>
            <code>{user.id}</code>
          </dd>
          <dt>External ID</dt>
          <dd>{user.external_user_id ?? '—'}</dd>
          <dt>Email</dt>
          <dd>{user.email ?? '—'}</dd>
          <dt>Last sync</dt>
          <dd>
            {when(user.last_synced_at)} {user.last_synced_provider ? `(${user.last_synced_provider})` : ''}
          </dd>
        </dl>
      )}
      <div className="inline">
        <Field
          label="Day (UTC)"
          type="date"
          value={day}
          onChange={(value) => {
            dayChosen.current = true;
            setDay(value);
          }}
        />
      </div>
      <Section title="Steps per day">
        <p data-testid="day-steps">
          Steps on {day}:{' '}
          {dayTotal === undefined || dayTotal === null ? 'no data' : dayTotal.toLocaleString('en')}
        </p>
        {stepsChart && stepsChart.chartData[0].length > 0 ? (
          <Chart
            title="Steps per day, 30 days to the chosen day"
            summary={`${stepsChart.chartData[0].length} of 30 days with steps`}
            data={stepsChart.chartData}
            options={stepsChart.options}
            testId="steps-chart"
          />
        ) : (
          <p>No steps in these 30 days.</p>
        )}
      </Section>
      <Section title="Heart rate">
        {heartChart && heartValues.length > 0 ? (
          <Chart
            title={`Heart rate on ${day} (5-minute averages)`}
            summary={`${heartValues.length} readings, ${Math.round(Math.min(...heartValues))} to ${Math.round(Math.max(...heartValues))} bpm`}
            data={heartChart.chartData}
            options={heartChart.options}
            testId="heart-chart"
          />
        ) : (
          <p>No heart rate on this day.</p>
        )}
      </Section>
      <Section title="Sleep">
        {sleepChart ? (
          <Chart
            title={`Hypnogram, ${when(sleepChart.session.start_time)} to ${when(sleepChart.session.end_time)}`}
            summary={`Deep ${sleepChart.session.stages.deep_minutes} min, light ${sleepChart.session.stages.light_minutes} min, REM ${sleepChart.session.stages.rem_minutes} min, awake ${sleepChart.session.stages.awake_minutes} min`}
            data={sleepChart.chartData}
            options={sleepChart.options}
            height={180}
            testId="hypnogram"
          />
        ) : (
          <p>No sleep in the night before this day.</p>
        )}
      </Section>
      <Workouts userId={userId} />
      <Connections userId={userId} />
      <SyncSessions userId={userId} />
      <SyncBatches userId={userId} />
    </>
  );
}
