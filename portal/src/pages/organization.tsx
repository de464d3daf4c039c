import { useCallback, useEffect, useState } from 'react';
import { api, call, type Schemas } from '../api.js';
import { useOrganizations } from '../data.js';
import { Field, Notice, Secret, Section, Select, submit, useAction, when } from '../ui.js';

const ROLES = ['viewer', 'developer', 'admin', 'owner'] as const;
type Role = (typeof ROLES)[number];

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
  const [status, run, busy] = useAction();

  const reload = useCallback(() => {
    if (!orgId) return;
    const path = { organization_id: orgId };
    call(api.GET('/api/v1/organizations/{organization_id}/members', { params: { path } })).then(
      setMembers,
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
          <table>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Joined</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.operator_id}>
                  <td>{member.email}</td>
                  <td>{member.role}</td>
                  <td>{when(member.joined_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
