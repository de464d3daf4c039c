import { useCallback, useEffect, useId, useState } from 'react';
import { api, call, type Schemas } from '../api.js';
import { useOrganizations } from '../data.js';
import { Confirm, Field, Notice, Secret, Section, Select, submit, useAction, when } from '../ui.js';

const ROLES = ['viewer', 'developer', 'admin', 'owner'] as const;
type Role = (typeof ROLES)[number];

/** A member's role as a labelled, compact select inside the members table. */
function RoleSelect(props: { email: string; value: Role; onChange: (role: Role) => void }) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="sr-only">
        Role of {props.email}
      </label>
      <select id={id} value={props.value} onChange={(event) => props.onChange(event.target.value as Role)}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {role}
          </option>
        ))}
      </select>
    </>
  );
}

export function Organization() {
  const { orgs, error } = useOrganizations();
  const [chosen, setChosen] = useState('');
  const orgId = chosen || orgs[0]?.id || '';
  const [members, setMembers] = useState<Schemas['MemberResponseDto'][]>([]);
  const [invitations, setInvitations] = useState<Schemas['InvitationResponseDto'][]>([]);
  const [listError, setListError] = useState<string>();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('developer');
  const [token, setToken] = useState<string>();
  const [roles, setRoles] = useState<Record<string, Role>>({});
  const [removing, setRemoving] = useState<Schemas['MemberResponseDto']>();
  const [status, run, busy] = useAction();

  const reload = useCallback(() => {
    if (!orgId) return;
    const path = { organization_id: orgId };
    call(api.GET('/api/v1/organizations/{organization_id}/members', { params: { path } })).then(
      (list) => {
        setMembers(list);
        setRoles({});
        setListError(undefined);
      },
      (failure: Error) => setListError(failure.message),
    );
    // Only admins may list invitations; a viewer sees the members alone.
    call(api.GET('/api/v1/organizations/{organization_id}/invitations', { params: { path } })).then(
      setInvitations,
      () => setInvitations([]),
    );
  }, [orgId]);
  useEffect(reload, [reload]);

  const invite = () =>
    run(async () => {
      const created = await call(
        api.POST('/api/v1/organizations/{organization_id}/invitations', {
          params: { path: { organization_id: orgId } },
          body: { email, role },
        }),
      );
      setToken(created.email_sent ? undefined : created.token);
      setEmail('');
      reload();
      return created.email_sent
        ? `Invited ${created.email}: the invitation was emailed.`
        : `Invited ${created.email}: no mail is configured, so hand them the invitation token below.`;
    });

  const changeRole = (member: Schemas['MemberResponseDto']) =>
    run(async () => {
      const role = roles[member.operator_id] ?? member.role;
      const changed = await call(
        api.PATCH('/api/v1/organizations/{organization_id}/members/{operator_id}', {
          params: { path: { organization_id: orgId, operator_id: member.operator_id } },
          body: { role },
        }),
      );
      reload();
      return `${changed.email} is now ${changed.role}.`;
    });

  const remove = (member: Schemas['MemberResponseDto']) =>
    run(async () => {
      await call(
        api.DELETE('/api/v1/organizations/{organization_id}/members/{operator_id}', {
          params: { path: { organization_id: orgId, operator_id: member.operator_id } },
        }),
      );
      setRemoving(undefined);
      reload();
      return `Removed ${member.email} from the organization.`;
    });

  const revoke = (invitation: Schemas['InvitationResponseDto']) =>
    run(async () => {
      await call(
        api.DELETE('/api/v1/organizations/{organization_id}/invitations/{invitation_id}', {
          params: { path: { organization_id: orgId, invitation_id: invitation.id } },
        }),
      );
      reload();
      return `Withdrew the invitation of ${invitation.email}.`;
    });

  return (
    <>
      <h1>Organization</h1>
      <Notice status={status} />
      {(error || listError) && <p role="alert">{error ?? listError}</p>}
      {orgs.length > 1 && (
        <div className="inline">
          <Select
            label="Organization"
            value={orgId}
            onChange={setChosen}
            options={orgs.map((org) => ({ value: org.id, label: `${org.name} (${org.role})` }))}
          />
        </div>
      )}
      {orgs.length === 1 && (
        <p>
          {orgs[0].name}: you are <strong>{orgs[0].role}</strong>.
        </p>
      )}
      {token && <Secret label="Invitation token" value={token} />}
      <Section title="Invite a member">
        <form className="inline" onSubmit={submit(invite)}>
          <Field label="Email" type="email" value={email} onChange={setEmail} required />
          <Select
            label="Role"
            value={role}
            onChange={(value) => setRole(value as Role)}
            options={ROLES.map((value) => ({ value, label: value }))}
          />
          <button type="submit" disabled={busy || !orgId}>
            Send invitation
          </button>
        </form>
      </Section>
      <Section title="Members">
        <div className="table-wrap">
          <table data-testid="members">
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Joined</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.operator_id}>
                  <td>{member.email}</td>
                  <td>
                    <RoleSelect
                      email={member.email}
                      value={roles[member.operator_id] ?? member.role}
                      onChange={(value) => setRoles({ ...roles, [member.operator_id]: value })}
                    />
                  </td>
                  <td>{when(member.joined_at)}</td>
                  <td className="actions">
                    <button
                      type="button"
                      onClick={() => void changeRole(member)}
                      disabled={busy || (roles[member.operator_id] ?? member.role) === member.role}
                    >
                      Save role<span className="sr-only"> of {member.email}</span>
                    </button>
                    <button
                      type="button"
                      className="danger"
                      onClick={() => setRemoving(member)}
                      disabled={busy}
                    >
                      Remove<span className="sr-only"> {member.email}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {removing && (
          <Confirm
            key={removing.operator_id}
            question={`Remove ${removing.email} (${removing.role}) from the organization? They lose access to its applications at once.`}
            action="Remove member"
            onConfirm={() => remove(removing)}
            onCancel={() => setRemoving(undefined)}
          />
        )}
      </Section>
      <Section title="Pending invitations">
        {invitations.length === 0 ? (
          <p>No pending invitations.</p>
        ) : (
          <div className="table-wrap">
            <table data-testid="invitations">
              <thead>
                <tr>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">Expires</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((invitation) => (
                  <tr key={invitation.id}>
                    <td>{invitation.email}</td>
                    <td>{invitation.role}</td>
                    <td>{when(invitation.expires_at)}</td>
                    <td>
                      <button type="button" onClick={() => void revoke(invitation)} disabled={busy}>
                        Withdraw<span className="sr-only"> the invitation of {invitation.email}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
    </>
  );
}
