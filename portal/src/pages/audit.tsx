import { useState } from 'react';
import { api, call, type Schemas } from '../api.js';
import { useApplications, useOrganizations } from '../data.js';
import { Field, Section, Select, submit, useCursorPages, when } from '../ui.js';

interface Filters {
  app: string;
  org: string;
  action: string;
  since: string;
  until: string;
}
const NONE: Filters = { app: '', org: '', action: '', since: '', until: '' };

/** A datetime-local value (the browser's zone) as an ISO instant. */
const instant = (local: string) => (local ? new Date(local).toISOString() : undefined);

export function Audit() {
  const { apps } = useApplications();
  const { orgs } = useOrganizations();
  const [draft, setDraft] = useState<Filters>(NONE);
  const [filters, setFilters] = useState<Filters>(NONE);

  const events = useCursorPages<Schemas['AuditEventDto']>(
    async (cursor) => {
      const query = {
        limit: 25,
        cursor,
        app_id: filters.app || undefined,
        organization_id: filters.org || undefined,
        action: filters.action.trim() || undefined,
        since: instant(filters.since),
        until: instant(filters.until),
      };
      const page = await call(api.GET('/api/v1/audit-events', { params: { query } }));
      return { items: page.data, next: page.pagination.next_cursor };
    },
    [filters],
  );

  return (
    <>
      <h1>Audit log</h1>
      <Section title="Filters">
        <form className="inline" onSubmit={submit(() => setFilters(draft))}>
          <Select
            label="Application"
            value={draft.app}
            onChange={(app) => setDraft({ ...draft, app })}
            options={[
              { value: '', label: 'All' },
              ...apps.map((app) => ({ value: app.app_id, label: app.name })),
            ]}
          />
          <Select
            label="Organization"
            value={draft.org}
            onChange={(org) => setDraft({ ...draft, org })}
            options={[
              { value: '', label: 'All' },
              ...orgs.map((org) => ({ value: org.id, label: org.name })),
            ]}
          />
          <Field
            label="Action"
            value={draft.action}
            onChange={(action) => setDraft({ ...draft, action })}
            placeholder="e.g. application.created"
          />
          <Field
            label="Since"
            type="datetime-local"
            value={draft.since}
            onChange={(since) => setDraft({ ...draft, since })}
          />
          <Field
            label="Until"
            type="datetime-local"
            value={draft.until}
            onChange={(until) => setDraft({ ...draft, until })}
          />
          <button type="submit">Apply filters</button>
          <button
            type="button"
            onClick={() => {
              setDraft(NONE);
              setFilters(NONE);
            }}
          >
            Clear
          </button>
        </form>
      </Section>
      <Section title="Events">
        {events.error && <p role="alert">{events.error}</p>}
        {events.items.length === 0 ? (
          <p>No events match.</p>
        ) : (
          <div className="table-wrap">
            <table data-testid="audit-events">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Action</th>
                  <th scope="col">Actor</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                {events.items.map((event) => (
                  <tr key={event.id}>
                    <td>{when(event.occurred_at)}</td>
                    <td>{event.action}</td>
                    <td>{event.actor_type}</td>
                    <td className="wrap">
                      <code>{JSON.stringify(event.details)}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {events.pager}
      </Section>
    </>
  );
}
