import { Injectable } from '@nestjs/common';
import type { OrganizationRole } from '../../common/auth/organization-roles.js';
import { Transactions } from '../../database/transactions.js';
import { OrganizationInvitation } from './organization-invitation.entity.js';
import { OrganizationMember } from './organization-member.entity.js';
import { Organization } from './organization.entity.js';

export interface MembershipView {
  organizationId: string;
  name: string;
  role: OrganizationRole;
  passwordLoginDisabled: boolean;
}

export interface MemberView {
  operatorId: string;
  email: string;
  role: OrganizationRole;
  joinedAt: Date;
}

export interface InvitationWithOrganization extends OrganizationInvitation {
  organizationName: string;
}

@Injectable()
export class OrganizationsRepository {
  constructor(private readonly db: Transactions) {}

  private get organizations() {
    return this.db.manager.getRepository(Organization);
  }

  private get members() {
    return this.db.manager.getRepository(OrganizationMember);
  }

  private get invitations() {
    return this.db.manager.getRepository(OrganizationInvitation);
  }

  async create(name: string): Promise<Organization> {
    const [row] = (await this.organizations.insert({ name })).generatedMaps;
    return (await this.getById(row.id as string))!;
  }

  getById(id: string): Promise<Organization | null> {
    return this.organizations.findOneBy({ id });
  }

  async update(
    id: string,
    values: Partial<Pick<Organization, 'name' | 'passwordLoginDisabled' | 'ssoDomains' | 'ssoDefaultRole'>>,
  ): Promise<void> {
    await this.organizations.update({ id }, values);
  }

  /** Another organization that already claims one of these SSO domains, if any. */
  async domainClaimedElsewhere(id: string, domains: string[]): Promise<string | null> {
    if (domains.length === 0) return null;
    const rows: { domain: string }[] = await this.db.manager.query(
      `SELECT d AS domain FROM organizations o, unnest(o.sso_domains) d
        WHERE o.id <> $1 AND d = ANY($2::text[]) LIMIT 1`,
      [id, domains],
    );
    return rows[0]?.domain ?? null;
  }

  async findBySsoDomain(domain: string): Promise<Organization | null> {
    const [row]: { id: string }[] = await this.db.manager.query(
      'SELECT id FROM organizations WHERE $1 = ANY(sso_domains) ORDER BY created_at LIMIT 1',
      [domain],
    );
    return row ? this.getById(row.id) : null;
  }

  /** The operator's organizations with their role, oldest membership first. */
  membershipsOf(operatorId: string): Promise<MembershipView[]> {
    return this.db.manager.query(
      `SELECT o.id AS "organizationId", o.name, m.role, o.password_login_disabled AS "passwordLoginDisabled"
         FROM organization_members m JOIN organizations o ON o.id = m.organization_id
        WHERE m.operator_id = $1
        ORDER BY m.created_at, o.id`,
      [operatorId],
    );
  }

  listMembers(organizationId: string): Promise<MemberView[]> {
    return this.db.manager.query(
      `SELECT m.operator_id AS "operatorId", o.email, m.role, m.created_at AS "joinedAt"
         FROM organization_members m JOIN operators o ON o.id = m.operator_id
        WHERE m.organization_id = $1
        ORDER BY m.created_at, o.email`,
      [organizationId],
    );
  }

  /** The member's row, locked with every other member row of the organization (role changes are serialised). */
  async lockMembers(organizationId: string): Promise<OrganizationMember[]> {
    return this.db.manager.query(
      `SELECT organization_id AS "organizationId", operator_id AS "operatorId", role
         FROM organization_members WHERE organization_id = $1 ORDER BY operator_id FOR UPDATE`,
      [organizationId],
    );
  }

  /** Adds the membership, or raises the role of an existing one to `role` when that is higher. */
  async addMember(organizationId: string, operatorId: string, role: OrganizationRole): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO organization_members (organization_id, operator_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (organization_id, operator_id) DO UPDATE SET role = CASE
         WHEN array_position(ARRAY['viewer','developer','admin','owner'], EXCLUDED.role)
            > array_position(ARRAY['viewer','developer','admin','owner'], organization_members.role)
         THEN EXCLUDED.role ELSE organization_members.role END`,
      [organizationId, operatorId, role],
    );
  }

  async setRole(organizationId: string, operatorId: string, role: OrganizationRole): Promise<void> {
    await this.members.update({ organizationId, operatorId }, { role });
  }

  async removeMember(organizationId: string, operatorId: string): Promise<void> {
    await this.members.delete({ organizationId, operatorId });
  }

  async createInvitation(
    values: Pick<
      OrganizationInvitation,
      'organizationId' | 'email' | 'role' | 'tokenHash' | 'invitedByOperatorId' | 'expiresAt'
    >,
  ): Promise<OrganizationInvitation> {
    const [row] = (await this.invitations.insert(values)).generatedMaps;
    return (await this.invitations.findOneBy({ id: row.id as string }))!;
  }

  listPendingInvitations(organizationId: string): Promise<OrganizationInvitation[]> {
    return this.invitations
      .createQueryBuilder('i')
      .where('i.organizationId = :organizationId', { organizationId })
      .andWhere('i.acceptedAt IS NULL AND i.revokedAt IS NULL AND i.expiresAt > now()')
      .orderBy('i.createdAt', 'DESC')
      .addOrderBy('i.id', 'ASC')
      .getMany();
  }

  getInvitation(organizationId: string, id: string): Promise<OrganizationInvitation | null> {
    return this.invitations.findOneBy({ organizationId, id });
  }

  async revokeInvitation(id: string): Promise<boolean> {
    const result = await this.invitations
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('id = :id AND accepted_at IS NULL AND revoked_at IS NULL', { id })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** A pending invitation by its token's hash, locked so only one acceptance can use it. */
  async lockPendingByHash(tokenHash: Buffer): Promise<InvitationWithOrganization | null> {
    const rows: InvitationWithOrganization[] = await this.db.manager.query(
      `SELECT i.id, i.organization_id AS "organizationId", i.email, i.role, i.expires_at AS "expiresAt",
              o.name AS "organizationName"
         FROM organization_invitations i JOIN organizations o ON o.id = i.organization_id
        WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
        FOR UPDATE OF i`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async markAccepted(id: string, operatorId: string): Promise<void> {
    await this.invitations.update({ id }, { acceptedAt: () => 'now()', acceptedByOperatorId: operatorId });
  }

  /** True when one of the organizations is SSO-only (its members may not use a password). */
  async anySsoOnly(operatorId: string): Promise<boolean> {
    const [row]: { exists: boolean }[] = await this.db.manager.query(
      `SELECT EXISTS (SELECT 1 FROM organization_members m JOIN organizations o ON o.id = m.organization_id
                       WHERE m.operator_id = $1 AND o.password_login_disabled) AS exists`,
      [operatorId],
    );
    return row.exists;
  }
}
