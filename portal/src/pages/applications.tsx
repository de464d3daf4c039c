import { useState } from 'react';
import { api, call, type Schemas } from '../api.js';
import { useApplications, useOrganizations } from '../data.js';
import { ConfirmDelete, Field, Notice, Secret, Section, Select, submit, useAction, when } from '../ui.js';

export function Applications() {
  const { apps, error, reload } = useApplications();
  const { orgs } = useOrganizations();
  const [name, setName] = useState('');
  const [orgId, setOrgId] = useState('');
  const [secret, setSecret] = useState<{ label: string; value: string }>();
  const [deleting, setDeleting] = useState<Schemas['ApplicationResponseDto']>();
  const [force, setForce] = useState(false);
  const [status, run, busy] = useAction();

  const create = () =>
    run(async () => {
      const organization = orgId || orgs[0]?.id;
      const created = await call(
        api.POST('/api/v1/applications', {
          body: { name, ...(organization ? { organization_id: organization } : {}) },
        }),
      );
      setSecret({ label: `Secret of ${created.name} (${created.app_id})`, value: created.app_secret });
      setName('');
      reload();
      return `Created ${created.name}.`;
    });

  const rotate = (app: Schemas['ApplicationResponseDto']) =>
    run(async () => {
      const rotated = await call(
        api.POST('/api/v1/applications/{app_id}/rotate-secret', {
          params: { path: { app_id: app.app_id } },
          body: {},
        }),
      );
      setSecret({ label: `New secret of ${app.name} (${app.app_id})`, value: rotated.app_secret });
      return `Rotated the secret of ${app.name}.`;
    });

  const remove = (app: Schemas['ApplicationResponseDto']) =>
    run(async () => {
      await call(
        api.DELETE('/api/v1/applications/{app_id}', {
          params: { path: { app_id: app.app_id }, query: force ? { force: true } : {} },
        }),
      );
      setDeleting(undefined);
      setForce(false);
      reload();
      return `Deleted ${app.name}.`;
    });

  return (
    <>
      <h1>Applications</h1>
      <Notice status={status} />
      {error && <p role="alert">{error}</p>}
      {secret && <Secret label={secret.label} value={secret.value} />}
      <Section title="New application">
        <form className="inline" onSubmit={submit(create)}>
          <Field label="Name" value={name} onChange={setName} required />
          {orgs.length > 1 && (
            <Select
              label="Organization"
              value={orgId || orgs[0].id}
              onChange={setOrgId}
              options={orgs.map((org) => ({ value: org.id, label: org.name }))}
            />
          )}
          <button type="submit" disabled={busy}>
            Create application
          </button>
        </form>
      </Section>
      <Section title="Your applications">
        {apps.length === 0 ? (
          <p>No applications yet.</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">App ID</th>
                  <th scope="col">Created</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {apps.map((app) => (
                  <tr key={app.id}>
                    <td>{app.name}</td>
                    <td>
                      <code>{app.app_id}</code>
                    </td>
                    <td>{when(app.created_at)}</td>
                    <td className="actions">
                      <button type="button" onClick={() => void rotate(app)} disabled={busy}>
                        Rotate secret<span className="sr-only"> of {app.name}</span>
                      </button>
                      <button type="button" className="danger" onClick={() => setDeleting(app)}>
                        Delete<span className="sr-only"> {app.name}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {deleting && (
          <>
            <label className="check">
              <input type="checkbox" checked={force} onChange={(event) => setForce(event.target.checked)} />
              Also delete its users and their data
            </label>
            <ConfirmDelete
              name={deleting.name}
              what="application"
              onConfirm={() => remove(deleting)}
              onCancel={() => setDeleting(undefined)}
            />
          </>
        )}
      </Section>
    </>
  );
}
