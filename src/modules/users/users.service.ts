import { requireUuid } from '../../common/http/uuid.js';
import { Injectable } from '@nestjs/common';
import { CredentialEvents } from '../../common/auth/credential-events.js';
import { assertOperatorMayAct } from '../../common/auth/organization-roles.js';
import type { Principal } from '../../common/auth/principal.js';
import { badRequest, notFound } from '../../common/errors/app-error.js';
import { Transactions } from '../../database/transactions.js';
import { ApplicationsService } from '../apps/applications.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { CreateUserDto, ListUsersQueryDto, UpdateUserDto, UserView } from './dto/user.dto.js';
import { WebhookOutbox } from '../webhooks/webhook-outbox.js';
import { UserFields, UserOwnership, UsersRepository } from './users.repository.js';

function fieldsOf(dto: UpdateUserDto): UserFields {
  const fields: UserFields = {};
  if (dto.first_name !== undefined) fields.firstName = dto.first_name;
  if (dto.last_name !== undefined) fields.lastName = dto.last_name;
  if (dto.email !== undefined) fields.email = dto.email?.toLowerCase() ?? null;
  if (dto.external_user_id !== undefined) fields.externalUserId = dto.external_user_id;
  return fields;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly applications: ApplicationsService,
    private readonly audit: AuditService,
    private readonly db: Transactions,
    private readonly events: CredentialEvents,
    private readonly webhooks: WebhookOutbox,
  ) {}

  /** The user if it lies in the caller's tenancy; 404 otherwise, whether or not it exists elsewhere. */
  async getAccessible(principal: Principal, userId: string): Promise<UserView> {
    const user = await this.users.getView(userId);
    if (!user || !this.inTenancy(principal, user)) throw notFound(`User with ID: ${userId} not found.`);
    return user;
  }

  /** Tenancy check with only the owning application, for hot paths that do not need the user's fields. */
  async getOwnership(principal: Principal, userId: string): Promise<UserOwnership> {
    const owner = await this.users.getOwnership(userId);
    if (!owner || !this.inTenancy(principal, owner)) throw notFound(`User with ID: ${userId} not found.`);
    return owner;
  }

  /** For trusted local commands (the CLI), which hold the database credentials anyway: no tenancy to check. */
  async getOwnershipForCli(userId: string): Promise<UserOwnership> {
    const owner = await this.users.getOwnership(requireUuid(userId.toLowerCase()));
    if (!owner) throw notFound(`User with ID: ${userId} not found.`);
    return owner;
  }

  /** An operator outside the user's organization gets false (404); a member whose role is too low, 403. */
  private inTenancy(
    principal: Principal,
    user: Pick<UserOwnership, 'id' | 'applicationId' | 'organizationId'>,
  ): boolean {
    if (principal.kind === 'sdk') return principal.userId === user.id;
    if (principal.kind === 'app') return principal.applicationId === user.applicationId;
    assertOperatorMayAct(principal, user.organizationId, `User with ID: ${user.id} not found.`);
    return true;
  }

  async create(principal: Principal, dto: CreateUserDto): Promise<{ user: UserView; created: boolean }> {
    if (principal.kind === 'operator' && !dto.app_id)
      throw badRequest('app_id is required when an operator creates a user');
    const appId = dto.app_id ?? (principal as { appId: string }).appId;
    const application = await this.applications.getAccessible(principal, appId);
    return this.db.run(async () => {
      const { id, created } = await this.users.createOrGet(application.id, fieldsOf(dto));
      if (created) {
        await this.audit.record({
          action: 'user.created',
          actor: principal,
          applicationId: application.id,
          userId: id,
        });
        await this.webhooks.record(this.db.manager, application.id, 'user.created', {
          user_id: id,
          external_user_id: dto.external_user_id ?? null,
        });
      }
      return { user: (await this.users.getView(id))!, created };
    });
  }

  async list(principal: Principal, query: ListUsersQueryDto) {
    const applicationIds = query.app_id
      ? [(await this.applications.getAccessible(principal, query.app_id)).id]
      : await this.applications.accessibleApplicationIds(principal);
    return this.users.page(
      { applicationIds, search: query.search, email: query.email, externalUserId: query.external_user_id },
      {
        sortBy: query.sort_by,
        sortOrder: query.sort_order,
        offset: (query.page - 1) * query.limit,
        limit: query.limit,
      },
    );
  }

  async update(principal: Principal, userId: string, dto: UpdateUserDto): Promise<UserView> {
    await this.getAccessible(principal, userId);
    await this.users.update(userId, fieldsOf(dto));
    return (await this.users.getView(userId))!;
  }

  /** Deletes the user and, through cascades, everything of theirs, in one transaction with its audit event. */
  async delete(principal: Principal, userId: string): Promise<void> {
    await this.db.run(async () => {
      const user = await this.getAccessible(principal, userId);
      await this.users.delete(userId);
      await this.audit.record({
        action: 'user.deleted',
        actor: principal,
        applicationId: user.applicationId,
        userId,
      });
      await this.webhooks.record(this.db.manager, user.applicationId, 'user.deleted', { user_id: user.id });
    });
    await this.events.changed();
  }
}
