import { Fragment, useCallback, useEffect, useId, useState } from 'react';
import { api, call, type Schemas } from '../api.js';
import { useApplications } from '../data.js';
import { Field, Notice, Pager, Secret, Section, Select, submit, useAction, when } from '../ui.js';

type Endpoint = Schemas['WebhookResponseDto'];
type EventType = NonNullable<Schemas['CreateWebhookDto']['event_types']>[number];
const EVENT_TYPES: EventType[] = [
  'sync.completed',
  'sync.quarantined',
  'summary.updated',
  'user.created',
  'user.deleted',
  'connection.created',
  'connection.revoked',
  'import.completed',
  'import.failed',
];

type Delivery = Schemas['WebhookDeliveryDto'];

/** A UTC time typed as `YYYY-MM-DDTHH:MM` (a datetime-local field read as UTC), or undefined. */
function utcInput(value: string): string | undefined {
  const at = new Date(`${value}:00Z`);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

type Attempt = Delivery['attempts'][number];

/** What the receiver answered: its body's start, folded, so a long error page does not push the table apart. */
function ResponseExcerpt({ attempt, number }: { attempt: Attempt; number: number }) {
  if (attempt.response_excerpt === null) return <>—</>;
  const type = attempt.response_content_type ?? 'no content type';
  if (attempt.response_excerpt === '') return <>Empty body ({type})</>;
  return (
    <details className="excerpt">
      <summary>
        Body ({type})<span className="sr-only"> of attempt {number}</span>
      </summary>
      <pre>{attempt.response_excerpt}</pre>
    </details>
  );
}

function Attempts({ delivery }: { delivery: Delivery }) {
  if (delivery.attempts.length === 0) return <p>No attempt yet.</p>;
  return (
    <table data-testid="attempts">
      <caption className="sr-only">Attempts of the {delivery.event_type} delivery</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Attempted</th>
          <th scope="col">HTTP status</th>
          <th scope="col">Latency</th>
          <th scope="col">Error</th>
          <th scope="col">Response (first 2 KiB)</th>
        </tr>
      </thead>
      <tbody>
        {delivery.attempts.map((attempt, index) => (
          <tr key={`${attempt.attempted_at} ${index}`}>
            <td>{index + 1}</td>
            <td>{when(attempt.attempted_at)}</td>
            <td>{attempt.status_code ?? 'no response'}</td>
            <td>{attempt.latency_ms} ms</td>
            <td className="wrap">{attempt.error ?? '—'}</td>
            <td className="wrap">
              <ResponseExcerpt attempt={attempt} number={index + 1} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Deliveries({ appId, endpoint, version }: { appId: string; endpoint: Endpoint; version: number }) {
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<Schemas['WebhookDeliveryPageDto']>();
  const [error, setError] = useState<string>();
  const [refresh, setRefresh] = useState(0);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [since, setSince] = useState(() => new Date(Date.now() - 86_400_000).toISOString().slice(0, 16));
  const [status, run, busy] = useAction();
  const sinceId = useId();
  useEffect(() => {
    call(
      api.GET('/api/v1/applications/{app_id}/webhooks/{webhook_id}/deliveries', {
        params: {
          path: { app_id: appId, webhook_id: endpoint.id },
          query: { page, limit: 20, sort_order: 'desc' },
        },
      }),
    ).then(
      (answer) => {
        setResult(answer);
        setError(undefined);
      },
      (failure: Error) => setError(failure.message),
    );
  }, [appId, endpoint.id, page, version, refresh]);

  const toggle = (id: string) =>
    setOpen((shown) => {
      const next = new Set(shown);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const retry = (delivery: Delivery) =>
    run(async () => {
      const queued = await call(
        api.POST('/api/v1/applications/{app_id}/webhooks/{webhook_id}/deliveries/{delivery_id}/retry', {
          params: { path: { app_id: appId, webhook_id: endpoint.id, delivery_id: delivery.id } },
        }),
      );
      setRefresh((n) => n + 1);
      return `Queued attempt ${queued.attempt} of the ${delivery.event_type} delivery.`;
    });

  const replay = () =>
    run(async () => {
      const from = utcInput(since);
      if (!from) throw new Error('Enter the time to replay from, as a date and a time (UTC).');
      const queued = await call(
        api.POST('/api/v1/applications/{app_id}/webhooks/{webhook_id}/replay', {
          params: { path: { app_id: appId, webhook_id: endpoint.id } },
          body: { since: from },
        }),
      );
      setRefresh((n) => n + 1);
      return `Replay accepted: ${queued.deliveries} ${queued.deliveries === 1 ? 'delivery' : 'deliveries'} queued since ${when(from)}.`;
    });

  return (
    <Section title={`Deliveries to ${endpoint.url}`}>
      <Notice status={status} />
      <form className="inline" onSubmit={submit(replay)} aria-label={`Replay events to ${endpoint.url}`}>
        <div className="field">
          <label htmlFor={sinceId}>Replay events since (UTC)</label>
          <input
            id={sinceId}
            type="datetime-local"
            value={since}
            required
            onChange={(event) => setSince(event.target.value)}
          />
        </div>
        <button type="submit" disabled={busy}>
          Replay events
        </button>
      </form>
      <p>
        <button type="button" onClick={() => setRefresh((n) => n + 1)}>
          Refresh deliveries
        </button>
      </p>
      {error && <p role="alert">{error}</p>}
      {result && result.items.length === 0 && <p>No deliveries yet.</p>}
      {result && result.items.length > 0 && (
        <div className="table-wrap">
          <table data-testid="deliveries">
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">State</th>
                <th scope="col">Attempts</th>
                <th scope="col">Last answer</th>
                <th scope="col">Created</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((delivery) => {
                const last = delivery.attempts.at(-1);
                const expanded = open.has(delivery.id);
                const detailId = `attempts-${delivery.id}`;
                const label = `the ${delivery.event_type} delivery of ${when(delivery.created_at)}`;
                return (
                  <Fragment key={delivery.id}>
                    <tr className={delivery.state === 'failed' ? 'flagged' : undefined}>
                      <td>{delivery.event_type}</td>
                      <td>{delivery.state}</td>
                      <td>{delivery.attempt_count}</td>
                      <td>{last ? (last.status_code ?? last.error ?? '—') : '—'}</td>
                      <td>{when(delivery.created_at)}</td>
                      <td className="actions">
                        <button
                          type="button"
                          aria-expanded={expanded}
                          aria-controls={expanded ? detailId : undefined}
                          onClick={() => toggle(delivery.id)}
                        >
                          {expanded ? 'Hide attempts' : 'Show attempts'}
                          <span className="sr-only"> of {label}</span>
                        </button>
                        {(delivery.state === 'failed' || delivery.state === 'cancelled') && (
                          <button type="button" onClick={() => void retry(delivery)} disabled={busy}>
                            Retry<span className="sr-only"> {label}</span>
                          </button>
                        )}
                      </td>
                    </tr>
                    {expanded && (
                      <tr id={detailId} className="detail">
                        <td colSpan={6}>
                          <Attempts delivery={delivery} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {result && (
        <Pager
          label={`Page ${result.page} of ${Math.max(result.pages, 1)}`}
          onPrevious={result.has_prev ? () => setPage(page - 1) : undefined}
          onNext={result.has_next ? () => setPage(page + 1) : undefined}
        />
      )}
    </Section>
  );
}

export function Webhooks() {
  const { apps } = useApplications();
  const [chosenApp, setChosenApp] = useState('');
  const appId = chosenApp || apps[0]?.app_id || '';
  const [endpoints, setEndpoints] = useState<Endpoint[]>([]);
  const [selected, setSelected] = useState<string>();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<EventType[]>([]);
  const [secret, setSecret] = useState<string>();
  const [version, setVersion] = useState(0);
  const [status, run, busy] = useAction();

  const reload = useCallback(() => {
    if (!appId) return;
    call(api.GET('/api/v1/applications/{app_id}/webhooks', { params: { path: { app_id: appId } } })).then(
      setEndpoints,
      () => setEndpoints([]),
    );
  }, [appId]);
  useEffect(reload, [reload]);

  const create = () =>
    run(async () => {
      const types = events;
      const created = await call(
        api.POST('/api/v1/applications/{app_id}/webhooks', {
          params: { path: { app_id: appId } },
          body: {
            url,
            ...(description ? { description } : {}),
            ...(types.length ? { event_types: types } : {}),
          },
        }),
      );
      setSecret(created.secret);
      setSelected(created.id);
      setUrl('');
      reload();
      return `Registered ${created.url}.`;
    });

  const test = (endpoint: Endpoint) =>
    run(async () => {
      await call(
        api.POST('/api/v1/applications/{app_id}/webhooks/{webhook_id}/test', {
          params: { path: { app_id: appId, webhook_id: endpoint.id } },
        }),
      );
      setSelected(endpoint.id);
      setVersion((v) => v + 1);
      return `Sent a test event to ${endpoint.url}.`;
    });

  const remove = (endpoint: Endpoint) =>
    run(async () => {
      await call(
        api.DELETE('/api/v1/applications/{app_id}/webhooks/{webhook_id}', {
          params: { path: { app_id: appId, webhook_id: endpoint.id } },
        }),
      );
      if (selected === endpoint.id) setSelected(undefined);
      reload();
      return `Removed ${endpoint.url}.`;
    });

  const shown = endpoints.find((endpoint) => endpoint.id === selected);

  return (
    <>
      <h1>Webhooks</h1>
      <Notice status={status} />
      {apps.length === 0 ? (
        <p>Create an application first: webhooks belong to one.</p>
      ) : (
        <div className="inline">
          <Select
            label="Application"
            value={appId}
            onChange={(value) => {
              setChosenApp(value);
              setSelected(undefined);
            }}
            options={apps.map((app) => ({ value: app.app_id, label: app.name }))}
          />
        </div>
      )}
      {secret && <Secret label="Signing secret of the new endpoint" value={secret} />}
      <Section title="New endpoint">
        <form className="inline" onSubmit={submit(create)}>
          <Field label="URL" type="url" value={url} onChange={setUrl} required placeholder="https://" />
          <Field label="Description" value={description} onChange={setDescription} />
          <fieldset className="events">
            <legend>Event types (none ticked: all)</legend>
            {EVENT_TYPES.map((type) => (
              <label key={type} className="check">
                <input
                  type="checkbox"
                  checked={events.includes(type)}
                  onChange={(event) =>
                    setEvents(event.target.checked ? [...events, type] : events.filter((t) => t !== type))
                  }
                />
                {type}
              </label>
            ))}
          </fieldset>
          <button type="submit" disabled={busy || !appId}>
            Register endpoint
          </button>
        </form>
      </Section>
      <Section title="Endpoints">
        {endpoints.length === 0 ? (
          <p>No endpoints.</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">URL</th>
                  <th scope="col">Events</th>
                  <th scope="col">Enabled</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {endpoints.map((endpoint) => (
                  <tr key={endpoint.id}>
                    <td className="wrap">{endpoint.url}</td>
                    <td>{endpoint.event_types?.join(', ') || 'all'}</td>
                    <td>
                      {endpoint.enabled
                        ? 'yes'
                        : `no${endpoint.disabled_reason ? `: ${endpoint.disabled_reason}` : ''}`}
                    </td>
                    <td className="actions">
                      <button type="button" onClick={() => setSelected(endpoint.id)}>
                        Deliveries<span className="sr-only"> of {endpoint.url}</span>
                      </button>
                      <button type="button" onClick={() => void test(endpoint)} disabled={busy}>
                        Send test<span className="sr-only"> to {endpoint.url}</span>
                      </button>
                      <button
                        type="button"
                        className="danger"
                        onClick={() => void remove(endpoint)}
                        disabled={busy}
                      >
                        Remove<span className="sr-only"> {endpoint.url}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      {shown && <Deliveries appId={appId} endpoint={shown} version={version} />}
    </>
  );
}
