import { Inject, Injectable } from '@nestjs/common';
import type { AppPrincipal, OperatorPrincipal, Principal } from '../../common/auth/principal.js';
import {
  assertOperatorMayAct,
  forbiddenForRole,
  organizationsActingIn,
} from '../../common/auth/organization-roles.js';
import { badRequest, conflict, notFound } from '../../common/errors/app-error.js';
import { generateSecret, hashSecret, secretMatchesHash } from '../../common/crypto/secrets.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { Transactions } from '../../database/transactions.js';
import { AuditService } from '../audit/audit.service.js';
import type { Application } from './application.entity.js';
import { ApplicationCredentials, ApplicationsRepository } from './applications.repository.js';
import { CredentialEvents } from '../../common/auth/credential-events.js';

const UNKNOWN_APP_HASH = hashSecret('wearbridge:no-such-application');
const CREDENTIAL_CACHE_LIMIT = 10_000;

@Injectable()
export class ApplicationsService {
  /** Known applications' credential rows, kept for CREDENTIAL_STATE_CACHE_SECONDS; unknown ids are never cached. */
  private readonly credentialCache = new Map<string, { row: ApplicationCredentials; until: number }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly applications: ApplicationsRepository,
    private readonly audit: AuditService,
    private readonly db: Transactions,
    private readonly events: CredentialEvents,
  ) {
    events.subscribe(() => this.credentialCache.clear());
  }

  private async credentials(appId: string): Promise<ApplicationCredentials | null> {
    const cached = this.credentialCache.get(appId);
    if (cached && cached.until > Date.now()) return cached.row;
    const row = await this.applications.getCredentials(appId);
    if (row && this.config.credentialStateCacheSeconds > 0) {
      if (this.credentialCache.size >= CREDENTIAL_CACHE_LIMIT) this.credentialCache.clear();
      this.credentialCache.set(appId, {
        row,
        until: Date.now() + this.config.credentialStateCacheSeconds * 1000,
      });
    }
    return row;
  }

  /** The organization a new application goes to: the one named, or the only one the operator may create in. */
  private owningOrganization(operator: OperatorPrincipal, organizationId?: string): string {
    if (organizationId) {
      assertOperatorMayAct(operator, organizationId, 'Organization not found');
      return organizationId;
    }
    const candidates = organizationsActingIn(operator);
    if (candidates.length === 1) return candidates[0];
    if (candidates.length > 1)
      throw badRequest('organization_id is required: you may create applications in several organizations.');
    const [someRole] = Object.values(operator.memberships);
    if (someRole) throw forbiddenForRole(someRole, 'developer');
    throw badRequest('You are not a member of any organization; create one with POST /api/v1/organizations.');
  }

  async create(
    operator: OperatorPrincipal,
    name: string,
    organizationId?: string,
  ): Promise<{ application: Application; secret: string }> {
    const secret = generateSecret('secret_');
    const owner = this.owningOrganization(operator, organizationId);
    return this.db.run(async () => {
      const application = await this.applications.create({
        appId: generateSecret('app_', 16),
        name,
        organizationId: owner,
        secretHash: hashSecret(secret),
      });
      await this.audit.record({
        action: 'application.created',
        actor: operator,
        applicationId: application.id,
      });
      return { application, secret };
    });
  }

  list(operator: OperatorPrincipal): Promise<Application[]> {
    return this.applications.listByOrganizations(organizationsActingIn(operator));
  }

  /**
   * The application named by `appId` if the caller may act on it: 404 outside the caller's tenancy (never revealing
   * it exists); 403 for a member of its organization whose role is below what the route needs.
   */
  async getAccessible(principal: Principal, appId: string): Promise<Application> {
    const application = await this.applications.getByAppId(appId);
    if (!application) throw notFound('Application not found');
    if (principal.kind === 'operator')
      assertOperatorMayAct(principal, application.organizationId, 'Application not found');
    else if (principal.applicationId !== application.id) throw notFound('Application not found');
    return application;
  }

  async accessibleApplicationIds(principal: Principal): Promise<string[]> {
    if (principal.kind !== 'operator') return [principal.applicationId];
    return (await this.list(principal)).map((app) => app.id);
  }

  async delete(operator: OperatorPrincipal, appId: string, force: boolean): Promise<void> {
    await this.db.run(async () => {
      const application = await this.getAccessible(operator, appId);
      const users = await this.applications.countUsers(application.id);
      if (users > 0 && !force) {
        throw conflict(
          `Application still has ${users} user(s); delete them first or pass ?force=true to delete them and all their data.`,
        );
      }
      await this.applications.delete(application.id);
      await this.audit.record({
        action: 'application.deleted',
        actor: operator,
        applicationId: application.id,
        details: { users_deleted: users },
      });
    });
    await this.events.changed();
  }

  async rotateSecret(operator: OperatorPrincipal, appId: string, graceSeconds = 0) {
    const secret = generateSecret('secret_');
    const application = await this.db.run(async () => {
      const app = await this.getAccessible(operator, appId);
      const current = (await this.applications.getCredentials(appId))!;
      const previous =
        graceSeconds > 0
          ? { hash: current.secretHash, expiresAt: new Date(Date.now() + graceSeconds * 1000) }
          : null;
      await this.applications.replaceSecret(app.id, hashSecret(secret), previous);
      await this.audit.record({
        action: 'application.secret_rotated',
        actor: operator,
        applicationId: app.id,
        details: { grace_seconds: graceSeconds },
      });
      return app;
    });
    await this.events.changed();
    return { application, secret };
  }

  /** Checks app_id/app_secret; both hashes are always compared so timing says nothing about which one failed. */
  async verifyCredentials(
    appId: string,
    secret: string,
    via: AppPrincipal['via'],
  ): Promise<AppPrincipal | null> {
    const credentials = await this.credentials(appId);
    const currentMatches = secretMatchesHash(secret, credentials?.secretHash ?? UNKNOWN_APP_HASH);
    const previousValid = (credentials?.previousSecretExpiresAt?.getTime() ?? 0) > Date.now();
    const previousMatches = secretMatchesHash(secret, credentials?.previousSecretHash ?? UNKNOWN_APP_HASH);
    if (!credentials || !(currentMatches || (previousValid && previousMatches))) return null;
    return { kind: 'app', applicationId: credentials.id, appId: credentials.appId, via };
  }
}
