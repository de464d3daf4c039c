import { useEffect, useState } from 'react';
import { api, call, type Schemas } from '../api.js';
import { useApplications } from '../data.js';
import { Link } from '../router.js';
import { ConfirmDelete, Field, Notice, Pager, Section, Select, submit, useAction, when } from '../ui.js';

type User = Schemas['UserResponseDto'];
const PAGE_SIZE = 20;

export function userLabel(user: User): string {
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ');
  return name || user.external_user_id || user.email || user.id;
}

export function Users() {
  const { apps } = useApplications();
  const [appFilter, setAppFilter] = useState('');
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<Schemas['UserPageDto']>();
  const [version, setVersion] = useState(0);
  const [listError, setListError] = useState<string>();
  const [form, setForm] = useState({ app: '', external: '', email: '', first: '', last: '' });
  const [deleting, setDeleting] = useState<User>();
  const [status, run, busy] = useAction();

  useEffect(() => {
    let live = true;
    call(
      api.GET('/api/v1/users', {
        params: {
          query: {
            page,
            limit: PAGE_SIZE,
            ...(query ? { search: query } : {}),
            ...(appFilter ? { app_id: appFilter } : {}),
          },
        },
      }),
    ).then(
      (users) => {
        if (!live) return;
        setResult(users);
        setListError(undefined);
      },
      (failure: Error) => live && setListError(failure.message),
    );
    return () => {
      live = false;
    };
  }, [page, query, appFilter, version]);

  const create = () =>
    run(async () => {
      const appId = form.app || apps[0]?.app_id;
      if (!appId) throw new Error('Create an application first: every user belongs to one.');
      const optional = (value: string) => (value.trim() ? value.trim() : undefined);
      const user = await call(
        api.POST('/api/v1/users', {
          body: {
            app_id: appId,
            external_user_id: optional(form.external),
            email: optional(form.email),
            first_name: optional(form.first),
            last_name: optional(form.last),
          },
        }),
      );
      setForm({ ...form, external: '', email: '', first: '', last: '' });
      setVersion((v) => v + 1);
      return `Created user ${userLabel(user)}.`;
    });

  const remove = (user: User) =>
    run(async () => {
      await call(api.DELETE('/api/v1/users/{user_id}', { params: { path: { user_id: user.id } } }));
      setDeleting(undefined);
      setVersion((v) => v + 1);
      return `Deleted user ${userLabel(user)}.`;
    });

  const appOptions = apps.map((app) => ({ value: app.app_id, label: app.name }));
  const appName = (appId: string) => apps.find((app) => app.app_id === appId)?.name ?? appId;

  return (
    <>
      <h1>Users</h1>
      <Notice status={status} />
      <Section title="New user">
        <form className="inline" onSubmit={submit(create)}>
          {apps.length > 0 && (
            <Select
              label="Application"
              value={form.app || apps[0].app_id}
              onChange={(app) => setForm({ ...form, app })}
              options={appOptions}
            />
          )}
          <Field
            label="External user ID"
            value={form.external}
            onChange={(external) => setForm({ ...form, external })}
          />
          <Field
            label="Email"
            type="email"
            value={form.email}
            onChange={(email) => setForm({ ...form, email })}
          />
          <Field label="First name" value={form.first} onChange={(first) => setForm({ ...form, first })} />
          <Field label="Last name" value={form.last} onChange={(last) => setForm({ ...form, last })} />
          <button type="submit" disabled={busy}>
            Create user
          </button>
        </form>
      </Section>
      <Section title="All users">
        <form
          className="inline"
          role="search"
          onSubmit={submit(() => {
            setPage(1);
            setQuery(search.trim());
          })}
        >
          <Field label="Search name or email" value={search} onChange={setSearch} />
          <Select
            label="Application"
            value={appFilter}
            onChange={(value) => {
              setPage(1);
              setAppFilter(value);
            }}
            options={[{ value: '', label: 'All applications' }, ...appOptions]}
          />
          <button type="submit">Search</button>
        </form>
        {listError && <p role="alert">{listError}</p>}
        {result && result.items.length === 0 && <p>No users match.</p>}
        {result && result.items.length > 0 && (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">User</th>
                  <th scope="col">Email</th>
                  <th scope="col">Application</th>
                  <th scope="col">Last sync</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((user) => (
                  <tr key={user.id}>
                    <td>
                      <Link to={`/users/${user.id}`}>{userLabel(user)}</Link>
                    </td>
                    <td>{user.email ?? '—'}</td>
                    <td>{appName(user.app_id)}</td>
                    <td>{when(user.last_synced_at)}</td>
                    <td>
                      <button type="button" className="danger" onClick={() => setDeleting(user)}>
                        Delete<span className="sr-only"> {userLabel(user)}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {result && (
          <Pager
            label={`Page ${result.page} of ${Math.max(result.pages, 1)} (${result.total} users)`}
            onPrevious={result.has_prev ? () => setPage(page - 1) : undefined}
            onNext={result.has_next ? () => setPage(page + 1) : undefined}
          />
        )}
        {deleting && (
          <ConfirmDelete
            name={userLabel(deleting)}
            what="user"
            onConfirm={() => remove(deleting)}
            onCancel={() => setDeleting(undefined)}
          />
        )}
      </Section>
    </>
  );
}
