import { useEffect, useId, useRef, useState } from 'react';
import { api, call, uploadFile, type Schemas } from '../api.js';
import { Field, Notice, Section, submit, useAction, useCursorPages, when } from '../ui.js';
import { userLabel } from './users.js';

type Import = Schemas['ImportDto'];
const FINISHED = new Set(['completed', 'failed', 'cancelled']);
const POLL_MS = 1000;

function percent(part: number, whole: number | null | undefined): number {
  return whole ? Math.min(100, Math.round((part / whole) * 100)) : 0;
}

export function Imports() {
  const [users, setUsers] = useState<Schemas['UserResponseDto'][]>([]);
  const [userId, setUserId] = useState('');
  const [lookup, setLookup] = useState('');
  const [file, setFile] = useState<File>();
  const [upload, setUpload] = useState<number>();
  const [current, setCurrent] = useState<Import>();
  const [status, run, busy] = useAction();
  const fileId = useId();
  const userSelectId = useId();
  const timer = useRef<number>(undefined);

  useEffect(() => {
    call(
      api.GET('/api/v1/users', { params: { query: { limit: 100, ...(lookup ? { search: lookup } : {}) } } }),
    ).then(
      (page) => {
        setUsers(page.items);
        setUserId((chosen) => chosen || page.items[0]?.id || '');
      },
      () => setUsers([]),
    );
  }, [lookup]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const history = useCursorPages<Import>(
    async (cursor) => {
      if (!userId) return { items: [], next: undefined };
      const page = await call(
        api.GET('/api/v1/users/{user_id}/imports', {
          params: { path: { user_id: userId }, query: { limit: 10, cursor } },
        }),
      );
      return { items: page.data, next: page.pagination.next_cursor };
    },
    [userId],
  );

  /** Polls the import until it has finished, then reports how it ended. */
  const watch = (id: string, resolve: (text: string) => void, reject: (error: Error) => void) => {
    const poll = () =>
      call(
        api.GET('/api/v1/users/{user_id}/imports/{import_id}', {
          params: { path: { user_id: userId, import_id: id } },
        }),
      )
        .then((state) => {
          setCurrent(state);
          if (!FINISHED.has(state.status)) {
            timer.current = window.setTimeout(poll, POLL_MS);
            return;
          }
          history.reload();
          if (state.status === 'completed')
            resolve(
              `Import completed: ${state.totals.stored} stored, ${state.totals.duplicate} duplicates, ${state.totals.rejected} rejected.`,
            );
          else reject(new Error(`Import ${state.status}${state.error ? `: ${state.error}` : '.'}`));
        })
        .catch(reject);
    void poll();
  };

  const start = () =>
    run(async () => {
      if (!file) throw new Error('Choose the export file first.');
      if (!userId) throw new Error('Choose the user the export belongs to.');
      setUpload(0);
      setCurrent(undefined);
      const accepted = await uploadFile(
        `/api/v1/users/${encodeURIComponent(userId)}/imports/apple-health`,
        file,
        (progress) => setUpload(percent(progress.loaded, progress.total)),
      );
      setUpload(100);
      setCurrent(accepted);
      return new Promise<string>((resolve, reject) => watch(accepted.id, resolve, reject));
    });

  return (
    <>
      <h1>Imports</h1>
      <Notice status={status} />
      <Section title="Upload an Apple Health export">
        <p>
          On the iPhone: Health → profile → Export All Health Data, then upload the <code>export.zip</code>{' '}
          (or its <code>export.xml</code>) here.
        </p>
        <form className="stack" onSubmit={submit(start)}>
          <div className="inline">
            <Field label="Find user" value={lookup} onChange={setLookup} placeholder="name or email" />
            <div className="field">
              <label htmlFor={userSelectId}>User</label>
              <select id={userSelectId} value={userId} onChange={(event) => setUserId(event.target.value)}>
                {users.map((user) => (
                  <option key={user.id} value={user.id}>
                    {userLabel(user)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="field">
            <label htmlFor={fileId}>Export file (.zip or .xml)</label>
            <input
              id={fileId}
              type="file"
              accept=".zip,.xml,application/zip,text/xml,application/xml"
              onChange={(event) => setFile(event.target.files?.[0])}
            />
          </div>
          <button type="submit" disabled={busy}>
            Upload and import
          </button>
        </form>
        {upload !== undefined && (
          <div className="field">
            <label htmlFor={`${fileId}-upload`}>Upload</label>
            <progress id={`${fileId}-upload`} max={100} value={upload}>
              {upload}%
            </progress>
            <span data-testid="upload-percent">{upload}%</span>
          </div>
        )}
        {current && (
          <div className="field" data-testid="import-status">
            <label htmlFor={`${fileId}-import`}>Import: {current.status}</label>
            <progress
              id={`${fileId}-import`}
              max={100}
              value={current.status === 'completed' ? 100 : percent(current.bytes_read, current.bytes_total)}
            />
            <span>
              {current.totals.seen} seen, {current.totals.stored} stored
            </span>
          </div>
        )}
      </Section>
      <Section title="Imports of this user">
        {history.error && <p role="alert">{history.error}</p>}
        {history.items.length === 0 ? (
          <p>No imports.</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">File</th>
                  <th scope="col">Status</th>
                  <th scope="col">Stored</th>
                  <th scope="col">Rejected</th>
                  <th scope="col">Started</th>
                </tr>
              </thead>
              <tbody>
                {history.items.map((item) => (
                  <tr key={item.id}>
                    <td>{item.file_name ?? '—'}</td>
                    <td>{item.status}</td>
                    <td>{item.totals.stored}</td>
                    <td>{item.totals.rejected}</td>
                    <td>{when(item.created_at)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {history.pager}
      </Section>
    </>
  );
}
