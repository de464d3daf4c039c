import { useCallback, useEffect, useState } from 'react';
import { api, call, type Schemas } from '../api.js';
import { useApplications } from '../data.js';
import {
  Confirm,
  Field,
  ItemsTable,
  Notice,
  Secret,
  Section,
  Select,
  submit,
  useAction,
  when,
} from '../ui.js';

type ApiKey = Schemas['ApiKeyResponseDto'];

export function ApiKeys() {
  const { apps, error: appsError } = useApplications();
  const [filter, setFilter] = useState('');
  const [keys, setKeys] = useState<ApiKey[]>();
  const [listError, setListError] = useState<string>();
  const [chosenApp, setChosenApp] = useState('');
  const appId = chosenApp || apps[0]?.app_id || '';
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<{ label: string; value: string }>();
  const [deleting, setDeleting] = useState<ApiKey>();
  const [status, run, busy] = useAction();

  // The API answers every key at once (an application has a handful), so this list has no pages.
  const reload = useCallback(() => {
    call(api.GET('/api/v1/developer/api-keys', { params: { query: filter ? { app_id: filter } : {} } })).then(
      (list) => {
        setKeys(list);
        setListError(undefined);
      },
      (failure: Error) => setListError(failure.message),
    );
  }, [filter]);
  useEffect(reload, [reload]);

  const appName = (id: string) => apps.find((app) => app.app_id === id)?.name ?? id;

  const create = () =>
    run(async () => {
      const created = await call(
        api.POST('/api/v1/developer/api-keys', { body: { app_id: appId, ...(name ? { name } : {}) } }),
      );
      setSecret({ label: `API key ${created.name} of ${appName(created.app_id)}`, value: created.key });
      setName('');
      reload();
      return `Created the API key ${created.name}.`;
    });

  const rotate = (key: ApiKey) =>
    run(async () => {
      const rotated = await call(
        api.POST('/api/v1/developer/api-keys/{key_id}/rotate', { params: { path: { key_id: key.id } } }),
      );
      setSecret({ label: `New value of the API key ${rotated.name}`, value: rotated.key });
      reload();
      return `Rotated the API key ${key.name}: the old value no longer works.`;
    });

  const remove = (key: ApiKey) =>
    run(async () => {
      await call(api.DELETE('/api/v1/developer/api-keys/{key_id}', { params: { path: { key_id: key.id } } }));
      setDeleting(undefined);
      reload();
      return `Revoked the API key ${key.name}.`;
    });

  return (
    <>
      <h1>API keys</h1>
      <p>
        An API key acts as one application: send it as the <code>X-Open-Wearables-API-Key</code> header.
      </p>
      <Notice status={status} />
      {appsError && <p role="alert">{appsError}</p>}
      {secret && <Secret label={secret.label} value={secret.value} />}
      <Section title="New API key">
        {apps.length === 0 ? (
          <p>Create an application first: an API key belongs to one.</p>
        ) : (
          <form className="inline" onSubmit={submit(create)}>
            <Select
              label="Application of the key"
              value={appId}
              onChange={setChosenApp}
              options={apps.map((app) => ({ value: app.app_id, label: app.name }))}
            />
            <Field label="Key name" value={name} onChange={setName} placeholder="Default" />
            <button type="submit" disabled={busy || !appId}>
              Create API key
            </button>
          </form>
        )}
      </Section>
      <Section title="Keys">
        <div className="inline">
          <Select
            label="Show keys of"
            value={filter}
            onChange={setFilter}
            options={[
              { value: '', label: 'All applications' },
              ...apps.map((app) => ({ value: app.app_id, label: app.name })),
            ]}
          />
        </div>
        <ItemsTable
          list={{ items: keys, error: listError }}
          empty="No API keys."
          testId="api-keys"
          headers={['Name', 'Prefix', 'Application', 'Created', 'Last used', 'Actions']}
          row={(key) => (
            <tr key={key.id}>
              <td>{key.name}</td>
              <td>
                <code>{key.prefix}…</code>
              </td>
              <td>{appName(key.app_id)}</td>
              <td>{when(key.created_at)}</td>
              <td>{key.last_used_at ? when(key.last_used_at) : 'never'}</td>
              <td className="actions">
                <button type="button" onClick={() => void rotate(key)} disabled={busy}>
                  Rotate<span className="sr-only"> the API key {key.name}</span>
                </button>
                <button type="button" className="danger" onClick={() => setDeleting(key)} disabled={busy}>
                  Revoke<span className="sr-only"> the API key {key.name}</span>
                </button>
              </td>
            </tr>
          )}
        />
        {deleting && (
          <Confirm
            key={deleting.id}
            question={`Revoke the API key ${deleting.name} (${deleting.prefix}…) of ${appName(deleting.app_id)}? Requests that send it fail at once.`}
            action="Revoke API key"
            onConfirm={() => remove(deleting)}
            onCancel={() => setDeleting(undefined)}
          />
        )}
      </Section>
    </>
  );
}
