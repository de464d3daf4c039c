import { Inject, Injectable } from '@nestjs/common';
import { CredentialEvents } from '../../common/auth/credential-events.js';
import {
  assertOperatorMayAct,
  forbiddenForRole,
  OrganizationRole,
  roleAtLeast,
} from '../../common/auth/organization-roles.js';
import type { OperatorPrincipal } from '../../common/auth/principal.js';
import { generateSecret, hashSecret } from '../../common/crypto/secrets.js';
import { AppError, conflict, notFound } from '../../common/errors/app-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { Transactions } from '../../database/transactions.js';
import { AuditService } from '../audit/audit.service.js';
import { OperatorsService } from '../auth/operators.service.js';
import { OperatorSessionsService } from '../tokens/operator-sessions.service.js';
import type { TokenPair } from '../tokens/refresh-tokens.service.js';
import type { CreatedInvitationResponseDto, UpdateOrganizationDto } from './dto/organization.dto.js';
import { InvitationMailer } from './invitation-mailer.js';
import type { Organization } from './organization.entity.js';
import type { OrganizationInvitation } from './organization-invitation.entity.js';
import { MembershipView, MemberView, OrganizationsRepository } from './organizations.repository.js';

const ORGANIZATION_NOT_FOUND = 'Organization not found';
const MEMBER_NOT_FOUND = 'Member not found';
const INVITATION_INVALID = 'Invitation not found, already used, revoked or expired';
export const LAST_OWNER =
  'An organization always keeps an owner: make another member owner (transfer ownership) first.';

/** Who can be managed by whom: admins manage everyone below owner; only owners touch owners. */
function assertMayManage(
  actorRole: OrganizationRole,
  targetRole: OrganizationRole,
  newRole?: OrganizationRole,
) {
  if ((targetRole === 'owner' || newRole === 'owner') && actorRole !== 'owner')
    throw forbiddenForRole(actorRole, 'owner');
}

@Injectable()
export class OrganizationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly organizations: OrganizationsRepository,
    private readonly operators: OperatorsService,
    private readonly sessions: OperatorSessionsService,
    private readonly audit: AuditService,
    private readonly mailer: InvitationMailer,
    private readonly db: Transactions,
    private readonly events: CredentialEvents,
  ) {}

  listMine(operator: OperatorPrincipal): Promise<MembershipView[]> {
    return this.organizations.membershipsOf(operator.operatorId);
  }

  async create(operator: OperatorPrincipal, name: string): Promise<Organization> {
    const organization = await this.db.run(async () => {
      const created = await this.organizations.create(name);
      await this.organizations.addMember(created.id, operator.operatorId, 'owner');
      await this.audit.record({
        action: 'organization.created',
        actor: operator,
        organizationId: created.id,
        subjectId: created.id,
      });
      return created;
    });
    await this.events.changed();
    return organization;
  }

  /** The organization if the operator may act in it at the route's role: 404 for non-members, 403 below the role. */
  async get(operator: OperatorPrincipal, organizationId: string): Promise<Organization> {
    assertOperatorMayAct(operator, organizationId, ORGANIZATION_NOT_FOUND);
    const organization = await this.organizations.getById(organizationId);
    if (!organization) throw notFound(ORGANIZATION_NOT_FOUND);
    return organization;
  }

  roleIn(operator: OperatorPrincipal, organizationId: string): OrganizationRole {
    return operator.memberships[organizationId];
  }

  async update(operator: OperatorPrincipal, organizationId: string, dto: UpdateOrganizationDto) {
    await this.get(operator, organizationId);
    const changes: Parameters<OrganizationsRepository['update']>[1] = {};
    if (dto.name !== undefined) changes.name = dto.name;
    if (dto.password_login_disabled !== undefined)
      changes.passwordLoginDisabled = dto.password_login_disabled;
    if (dto.sso_default_role !== undefined) {
      assertMayManage(this.roleIn(operator, organizationId), 'viewer', dto.sso_default_role);
      changes.ssoDefaultRole = dto.sso_default_role;
    }
    if (dto.sso_domains !== undefined) {
      const domains = [...new Set(dto.sso_domains)];
      const allowed = this.config.oidc?.allowedDomains ?? [];
      const outside = domains.find((domain) => !allowed.includes(domain));
      if (outside)
        throw new AppError(
          'validation_failed',
          `sso_domains: ${outside} is not in OIDC_ALLOWED_DOMAINS, so no one from it can sign in.`,
        );
      changes.ssoDomains = domains;
    }
    await this.db.run(async () => {
      if (changes.ssoDomains) {
        const claimed = await this.organizations.domainClaimedElsewhere(organizationId, changes.ssoDomains);
        if (claimed) throw conflict(`The domain ${claimed} already belongs to another organization.`);
      }
      await this.organizations.update(organizationId, changes);
      await this.audit.record({
        action: 'organization.updated',
        actor: operator,
        organizationId,
        subjectId: organizationId,
        details: { fields: Object.keys(dto) },
      });
    });
    return (await this.organizations.getById(organizationId))!;
  }

  async listMembers(operator: OperatorPrincipal, organizationId: string): Promise<MemberView[]> {
    await this.get(operator, organizationId);
    return this.organizations.listMembers(organizationId);
  }

  async changeRole(
    operator: OperatorPrincipal,
    organizationId: string,
    operatorId: string,
    role: OrganizationRole,
  ): Promise<MemberView> {
    await this.get(operator, organizationId);
    await this.db.run(async () => {
      const members = await this.organizations.lockMembers(organizationId);
      const target = members.find((m) => m.operatorId === operatorId);
      if (!target) throw notFound(MEMBER_NOT_FOUND);
      const actorRole = members.find((m) => m.operatorId === operator.operatorId)?.role;
      if (!actorRole || !roleAtLeast(actorRole, 'admin'))
        throw forbiddenForRole(actorRole ?? 'viewer', 'admin');
      assertMayManage(actorRole, target.role, role);
      if (target.role === role) return;
      const owners = members.filter((m) => m.role === 'owner').length;
      if (target.role === 'owner' && owners === 1) throw conflict(LAST_OWNER);
      await this.organizations.setRole(organizationId, operatorId, role);
      await this.audit.record({
        action: 'organization.member_role_changed',
        actor: operator,
        organizationId,
        subjectId: operatorId,
        details: { from: target.role, to: role },
      });
    });
    await this.events.changed();
    return (await this.organizations.listMembers(organizationId)).find((m) => m.operatorId === operatorId)!;
  }

  /** Admins remove members (only owners remove owners); anyone may leave; the last owner may do neither. */
  async removeMember(operator: OperatorPrincipal, organizationId: string, operatorId: string): Promise<void> {
    if (!operator.memberships[organizationId]) throw notFound(ORGANIZATION_NOT_FOUND);
    await this.db.run(async () => {
      const members = await this.organizations.lockMembers(organizationId);
      const target = members.find((m) => m.operatorId === operatorId);
      if (!target) throw notFound(MEMBER_NOT_FOUND);
      const actorRole = members.find((m) => m.operatorId === operator.operatorId)?.role;
      if (!actorRole) throw notFound(ORGANIZATION_NOT_FOUND);
      const leaving = operatorId === operator.operatorId;
      if (!leaving) {
        if (!roleAtLeast(actorRole, 'admin')) throw forbiddenForRole(actorRole, 'admin');
        assertMayManage(actorRole, target.role);
      }
      if (target.role === 'owner' && members.filter((m) => m.role === 'owner').length === 1)
        throw conflict(LAST_OWNER);
      await this.organizations.removeMember(organizationId, operatorId);
      await this.audit.record({
        action: 'organization.member_removed',
        actor: operator,
        organizationId,
        subjectId: operatorId,
        details: { role: target.role, left: leaving },
      });
    });
    await this.events.changed();
  }

  /** The member becomes an owner and the caller (an owner) steps down to admin, in one transaction. */
  async transferOwnership(operator: OperatorPrincipal, organizationId: string, operatorId: string) {
    await this.get(operator, organizationId);
    await this.db.run(async () => {
      const members = await this.organizations.lockMembers(organizationId);
      const actorRole = members.find((m) => m.operatorId === operator.operatorId)?.role;
      if (actorRole !== 'owner') throw forbiddenForRole(actorRole ?? 'viewer', 'owner');
      const target = members.find((m) => m.operatorId === operatorId);
      if (!target) throw notFound(MEMBER_NOT_FOUND);
      if (operatorId === operator.operatorId) throw conflict('You already own this organization.');
      await this.organizations.setRole(organizationId, operatorId, 'owner');
      await this.organizations.setRole(organizationId, operator.operatorId, 'admin');
      await this.audit.record({
        action: 'organization.ownership_transferred',
        actor: operator,
        organizationId,
        subjectId: operatorId,
        details: { from_operator_id: operator.operatorId, previous_role: target.role },
      });
    });
    await this.events.changed();
    return this.organizations.listMembers(organizationId);
  }

  async invite(
    operator: OperatorPrincipal,
    organizationId: string,
    email: string,
    role: OrganizationRole,
  ): Promise<CreatedInvitationResponseDto> {
    const organization = await this.get(operator, organizationId);
    assertMayManage(this.roleIn(operator, organizationId), 'viewer', role);
    const token = generateSecret('inv_');
    const invitation = await this.db.run(async () => {
      const members = await this.organizations.listMembers(organizationId);
      if (members.some((m) => m.email === email))
        throw conflict('This email address is already a member of the organization.');
      const created = await this.organizations.createInvitation({
        organizationId,
        email,
        role,
        tokenHash: hashSecret(token),
        invitedByOperatorId: operator.operatorId,
        expiresAt: new Date(Date.now() + this.config.organizations.invitationTtlSeconds * 1000),
      });
      await this.audit.record({
        action: 'organization.member_invited',
        actor: operator,
        organizationId,
        subjectId: created.id,
        details: { email, role },
      });
      return created;
    });
    // After commit: a slow or failing mail server never holds the transaction, and the inviter still gets the token.
    const emailSent = await this.mailer.send({
      to: email,
      organizationName: organization.name,
      role,
      token,
      expiresAt: invitation.expiresAt,
    });
    return {
      id: invitation.id,
      organization_id: organizationId,
      email,
      role,
      expires_at: invitation.expiresAt,
      created_at: invitation.createdAt,
      token,
      email_sent: emailSent,
    };
  }

  async listInvitations(
    operator: OperatorPrincipal,
    organizationId: string,
  ): Promise<OrganizationInvitation[]> {
    await this.get(operator, organizationId);
    return this.organizations.listPendingInvitations(organizationId);
  }

  async revokeInvitation(operator: OperatorPrincipal, organizationId: string, id: string): Promise<void> {
    await this.get(operator, organizationId);
    await this.db.run(async () => {
      const invitation = await this.organizations.getInvitation(organizationId, id);
      if (!invitation || !(await this.organizations.revokeInvitation(id)))
        throw notFound('Invitation not found or no longer pending');
      await this.audit.record({
        action: 'organization.invitation_revoked',
        actor: operator,
        organizationId,
        subjectId: id,
      });
    });
  }

  /** An existing operator accepts: the invitation must be addressed to their email. */
  async accept(operator: OperatorPrincipal, token: string): Promise<MembershipView> {
    const organizationId = await this.db.run(async () => {
      const invitation = await this.organizations.lockPendingByHash(hashSecret(token));
      if (!invitation) throw notFound(INVITATION_INVALID);
      const me = (await this.operators.getById(operator.operatorId))!;
      if (me.email !== invitation.email)
        throw new AppError('forbidden', 'This invitation is addressed to another email address.');
      await this.organizations.addMember(invitation.organizationId, operator.operatorId, invitation.role);
      await this.organizations.markAccepted(invitation.id, operator.operatorId);
      await this.audit.record({
        action: 'organization.member_joined',
        actor: operator,
        organizationId: invitation.organizationId,
        subjectId: operator.operatorId,
        details: { role: invitation.role, via: 'invitation', invitation_id: invitation.id },
      });
      return invitation.organizationId;
    });
    await this.events.changed();
    return (await this.organizations.membershipsOf(operator.operatorId)).find(
      (m) => m.organizationId === organizationId,
    )!;
  }

  /** A new operator accepts: created with the invitation's email and the password given, then signed in. */
  async register(token: string, password: string): Promise<TokenPair> {
    const operatorId = await this.db.run(async () => {
      const invitation = await this.organizations.lockPendingByHash(hashSecret(token));
      if (!invitation) throw notFound(INVITATION_INVALID);
      if (await this.operators.getByEmail(invitation.email))
        throw conflict(
          'An operator with this email already exists: log in and accept with POST /api/v1/invitations/accept.',
        );
      const operator = await this.operators.create(invitation.email, password, {
        organizationId: invitation.organizationId,
        role: invitation.role,
        via: 'invitation',
      });
      await this.organizations.markAccepted(invitation.id, operator.id);
      return operator.id;
    });
    await this.events.changed();
    return this.sessions.start(operatorId);
  }
}
