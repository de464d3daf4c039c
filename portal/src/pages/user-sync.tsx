import { useEffect, useState } from 'react';
import { api, call, type Schemas } from '../api.js';
import { ItemsTable, Section, useCursorPages, when } from '../ui.js';

const PAGE_SIZE = 10;

function useList<T>(load: () => Promise<T[]>, deps: unknown[]) {
  const [items, setItems] = useState<T[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    load().then(
      (found) => live && setItems(found),
      (failure: Error) => live && setError(failure.message),
    );
    return () => {
      live = false;
    };
  }, deps);
  return { items, error };
}

export function Connections({ userId }: { userId: string }) {
  const path = { user_id: userId };
  const connections = useList(
    async () => (await call(api.GET('/api/v1/users/{user_id}/connections', { params: { path } }))).items,
    [userId],
  );
  const sources = useList(
    async () => (await call(api.GET('/api/v1/users/{user_id}/data-sources', { params: { path } }))).items,
    [userId],
  );
  return (
    <>
      <Section title="Connections">
        <ItemsTable
          list={connections}
          empty="No connections."
          testId="connections"
          headers={['Provider', 'Status', 'SDK', 'First sync', 'Last sync', 'Devices']}
          row={(connection) => (
            <tr key={connection.provider}>
              <td>{connection.provider}</td>
              <td>
                {connection.status}
                {connection.revoked_reason ? `: ${connection.revoked_reason}` : ''}
              </td>
              <td>{[connection.sdk_platform, connection.sdk_version].filter(Boolean).join(' ') || '—'}</td>
              <td>{when(connection.first_sync_at)}</td>
              <td>{when(connection.last_sync_at)}</td>
              <td>
                {connection.data_sources
                  .map((source) => source.device_name ?? source.device_model ?? source.device_type)
                  .join(', ') || '—'}
              </td>
            </tr>
          )}
        />
      </Section>
      <Section title="Data sources">
        <ItemsTable
          list={sources}
          empty="No data sources."
          testId="data-sources"
          headers={['Source', 'Provider', 'Device', 'Recording', 'Priority', 'Since']}
          row={(source) => (
            <tr key={source.id}>
              <td>{source.display_name}</td>
              <td>{source.provider}</td>
              <td>
                {[source.device_manufacturer, source.device_model].filter(Boolean).join(' ') ||
                  source.device_type}
              </td>
              <td>{source.recording_method ?? '—'}</td>
              <td>{source.priority_rank}</td>
              <td>{when(source.created_at)}</td>
            </tr>
          )}
        />
      </Section>
    </>
  );
}

export function SyncSessions({ userId }: { userId: string }) {
  const sessions = useList(
    async () =>
      (
        await call(
          api.GET('/api/v1/users/{user_id}/sync/sessions', {
            params: { path: { user_id: userId }, query: { limit: 20 } },
          }),
        )
      ).items,
    [userId],
  );
  return (
    <Section title="Sync sessions">
      <ItemsTable
        list={sessions}
        empty="No sync sessions."
        testId="sync-sessions"
        headers={['Started', 'Type', 'Batches', 'Items', 'Rejections', 'Quarantined', 'Finished', 'Errors']}
        row={(session) => (
          <tr key={session.sync_session_id}>
            <td>{when(session.started_at)}</td>
            <td>{session.sync_type}</td>
            <td>{session.batches}</td>
            <td>{session.items}</td>
            <td>{session.rejections}</td>
            <td>{session.quarantined_batches}</td>
            <td>{session.finished ? 'yes' : 'no'}</td>
            <td className="wrap">
              {session.error_details.length === 0
                ? session.errors
                : session.error_details
                    .map((detail) =>
                      [detail.data_type, detail.error_code, detail.error_message].filter(Boolean).join(': '),
                    )
                    .join('; ')}
            </td>
          </tr>
        )}
      />
    </Section>
  );
}

type Batch = Schemas['BatchDto'];

function Rejections({ userId, batch }: { userId: string; batch: Batch }) {
  const [result, setResult] = useState<Schemas['SyncResultDto']>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    call(
      api.GET('/api/v1/sdk/users/{user_id}/sync/{batch_id}', {
        params: { path: { user_id: userId, batch_id: batch.batch_id } },
      }),
    ).then(setResult, (failure: Error) => setError(failure.message));
  }, [userId, batch.batch_id]);
  return (
    <div data-testid="rejections">
      <h3>Batch {batch.batch_id}</h3>
      {batch.quarantine_reason && <p>Quarantined: {batch.quarantine_reason}</p>}
      {error && <p role="alert">{error}</p>}
      {result && result.rejections.length === 0 && <p>No rejected items.</p>}
      {result && result.rejections.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Collection</th>
                <th scope="col">Index</th>
                <th scope="col">Type</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {result.rejections.map((rejection) => (
                <tr key={`${rejection.collection}-${rejection.index}`}>
                  <td>{rejection.collection}</td>
                  <td>{rejection.index}</td>
                  <td>{rejection.type ?? '—'}</td>
                  <td className="wrap">{rejection.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result?.rejections_truncated && <p>Only the first {result.rejections.length} rejections are kept.</p>}
    </div>
  );
}

export function SyncBatches({ userId }: { userId: string }) {
  const [open, setOpen] = useState<Batch>();
  const { items, error, pager } = useCursorPages<Batch>(
    async (cursor) => {
      const page = await call(
        api.GET('/api/v1/users/{user_id}/sync/batches', {
          params: { path: { user_id: userId }, query: { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
        }),
      );
      return { items: page.data, next: page.pagination.next_cursor };
    },
    [userId],
  );
  return (
    <Section title="Sync batches">
      {error && <p role="alert">{error}</p>}
      {items.length === 0 && !error && <p>No sync batches.</p>}
      {items.length > 0 && (
        <div className="table-wrap">
          <table data-testid="sync-batches">
            <thead>
              <tr>
                <th scope="col">Received</th>
                <th scope="col">Status</th>
                <th scope="col">Items</th>
                <th scope="col">Inserted</th>
                <th scope="col">Duplicates</th>
                <th scope="col">Rejected</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {items.map((batch) => (
                <tr key={batch.batch_id} className={batch.status === 'quarantined' ? 'flagged' : undefined}>
                  <td>{when(batch.received_at)}</td>
                  <td>
                    {batch.status}
                    {batch.quarantine_reason ? `: ${batch.quarantine_reason}` : ''}
                  </td>
                  <td>{batch.item_count}</td>
                  <td>{batch.inserted}</td>
                  <td>{batch.duplicate}</td>
                  <td>{batch.rejected}</td>
                  <td>
                    <button type="button" onClick={() => setOpen(batch)}>
                      Rejections<span className="sr-only"> of the batch of {when(batch.received_at)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pager}
      {open && <Rejections userId={userId} batch={open} />}
    </Section>
  );
}
