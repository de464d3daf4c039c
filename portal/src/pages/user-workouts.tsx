import { useEffect, useState } from 'react';
import { api, call, type Schemas } from '../api.js';
import { Section, useCursorPages, when } from '../ui.js';

type Workout = Schemas['WorkoutDto'];
type Detail = Schemas['WorkoutDetailDto'];

interface Point {
  lat: number;
  lon: number;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Route points as sent (latitude/longitude, or lat/lon). */
export function routePoints(route: Detail['route'] | undefined): Point[] {
  const points: Point[] = [];
  for (const raw of route ?? []) {
    const item = raw as Record<string, unknown>;
    const lat = num(item.latitude) ?? num(item.lat);
    const lon = num(item.longitude) ?? num(item.lon) ?? num(item.lng);
    if (lat !== undefined && lon !== undefined) points.push({ lat, lon });
  }
  return points;
}

/** The route as one SVG polyline, in an equirectangular projection scaled at the route's latitude. */
function RouteLine({ points, label }: { points: Point[]; label: string }) {
  const size = 300;
  const pad = 10;
  const cos = Math.cos((points.reduce((sum, p) => sum + p.lat, 0) / points.length / 180) * Math.PI);
  const xs = points.map((p) => p.lon * cos);
  const ys = points.map((p) => -p.lat);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const span = Math.max(Math.max(...xs) - minX, Math.max(...ys) - minY) || 1;
  const scale = (size - 2 * pad) / span;
  const coords = xs
    .map((x, i) => `${(pad + (x - minX) * scale).toFixed(1)},${(pad + (ys[i] - minY) * scale).toFixed(1)}`)
    .join(' ');
  const [first] = coords.split(' ');
  const last = coords.split(' ').at(-1)!;
  return (
    <svg
      className="route"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      data-testid="route"
      width={size}
      height={size}
    >
      <polyline points={coords} fill="none" stroke="#1d5fa8" strokeWidth="3" strokeLinejoin="round" />
      <circle cx={first.split(',')[0]} cy={first.split(',')[1]} r="5" fill="#1b7f3b" />
      <circle cx={last.split(',')[0]} cy={last.split(',')[1]} r="5" fill="#b3261e" />
    </svg>
  );
}

function km(meters: number | null | undefined) {
  return meters === null || meters === undefined ? '—' : `${(meters / 1000).toFixed(2)} km`;
}

function minutes(seconds: number) {
  return `${Math.round(seconds / 60)} min`;
}

function WorkoutDetail({ userId, workout }: { userId: string; workout: Workout }) {
  const [detail, setDetail] = useState<Detail>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    setDetail(undefined);
    call(
      api.GET('/api/v1/users/{user_id}/events/workouts/{workout_id}', {
        params: { path: { user_id: userId, workout_id: workout.id } },
      }),
    ).then(setDetail, (failure: Error) => setError(failure.message));
  }, [userId, workout.id]);
  const points = routePoints(detail?.route);
  return (
    <div className="workout" data-testid="workout-detail">
      <h3>
        {workout.name ?? workout.type}, {when(workout.start_time)}
      </h3>
      {error && <p role="alert">{error}</p>}
      {detail && (
        <>
          {detail.statistics.length > 0 ? (
            <div className="table-wrap">
              <table data-testid="workout-statistics">
                <thead>
                  <tr>
                    <th scope="col">Statistic</th>
                    <th scope="col">Value</th>
                  </tr>
                </thead>
                <tbody>
                  {detail.statistics.map((statistic) => (
                    <tr key={statistic.type}>
                      <td>{statistic.type}</td>
                      <td>
                        {Number(statistic.value.toFixed(2)).toLocaleString('en')} {statistic.unit ?? ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>No statistics.</p>
          )}
          {points.length > 1 ? (
            <figure>
              <RouteLine
                points={points}
                label={`Route of the workout, ${points.length} points; green start, red end`}
              />
              <figcaption>Route: {points.length} points (green: start, red: end)</figcaption>
            </figure>
          ) : (
            <p>No route.</p>
          )}
          {detail.notes && <p>{detail.notes}</p>}
        </>
      )}
    </div>
  );
}

export function Workouts({ userId }: { userId: string }) {
  const [open, setOpen] = useState<Workout>();
  const { items, error, pager } = useCursorPages<Workout>(
    async (cursor) => {
      const page = await call(
        api.GET('/api/v1/users/{user_id}/events/workouts', {
          params: {
            path: { user_id: userId },
            query: {
              // Every workout, newest first: the API wants a range, so one from 2000 to tomorrow.
              start_date: '2000-01-01T00:00:00Z',
              end_date: new Date(Date.now() + 86_400_000).toISOString(),
              limit: 10,
              ...(cursor ? { cursor } : {}),
            },
          },
        }),
      );
      return { items: page.data, next: page.pagination.next_cursor };
    },
    [userId],
  );
  return (
    <Section title="Workouts">
      {error && <p role="alert">{error}</p>}
      {items.length === 0 && !error && <p>No workouts.</p>}
      {items.length > 0 && (
        <div className="table-wrap">
          <table data-testid="workouts">
            <thead>
              <tr>
                <th scope="col">Start</th>
                <th scope="col">Type</th>
                <th scope="col">Duration</th>
                <th scope="col">Distance</th>
                <th scope="col">Calories</th>
                <th scope="col">Avg HR</th>
                <th scope="col">Source</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {items.map((workout) => (
                <tr key={workout.id}>
                  <td>{when(workout.start_time)}</td>
                  <td>{workout.name ?? workout.type}</td>
                  <td>{minutes(workout.duration_seconds)}</td>
                  <td>{km(workout.distance_meters)}</td>
                  <td>
                    {workout.calories_kcal === null ? '—' : `${Math.round(workout.calories_kcal)} kcal`}
                  </td>
                  <td>
                    {workout.avg_heart_rate_bpm === null
                      ? '—'
                      : `${Math.round(workout.avg_heart_rate_bpm)} bpm`}
                  </td>
                  <td>{workout.source.device_name ?? workout.source.provider}</td>
                  <td>
                    <button type="button" onClick={() => setOpen(workout)}>
                      Details<span className="sr-only"> of the workout of {when(workout.start_time)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pager}
      {open && <WorkoutDetail userId={userId} workout={open} />}
    </Section>
  );
}
