import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppError, conflict } from '../../common/errors/app-error.js';
import { Transactions } from '../../database/transactions.js';
import { AuditService } from '../audit/audit.service.js';
import type { OrganizationRole } from '../../common/auth/organization-roles.js';
import { OrganizationsRepository } from '../organizations/organizations.repository.js';
import type { Operator } from './operator.entity.js';
import { OperatorsRepository } from './operators.repository.js';
import { passwordHasher } from './password-hasher.js';

export const MIN_PASSWORD_LENGTH = 12;

export const FIRST_OPERATOR_HINT =
  'No operator exists yet. Create the first one with `npm run cli -- operator:create --email you@example.com --password-stdin` ' +
  '(it works while the server runs), or start with ADMIN_EMAIL and ADMIN_PASSWORD set.';

@Injectable()
export class OperatorsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(OperatorsService.name);
  /** Verified against when the email is unknown, so both failures cost the same time. */
  private dummyHash?: Promise<string>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly operators: OperatorsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly audit: AuditService,
    private readonly db: Transactions,
  ) {}

  /** The first operator comes from ADMIN_EMAIL/ADMIN_PASSWORD, only while no operator exists. */
  async onApplicationBootstrap(): Promise<void> {
    if ((await this.operators.count()) > 0) return;
    const admin = this.config.admin;
    if (!admin) {
      this.logger.warn(FIRST_OPERATOR_HINT);
      return;
    }
    try {
      await this.create(admin.email, admin.password);
      this.logger.log('Created the first operator from ADMIN_EMAIL');
    } catch (error) {
      // Another process starting at the same moment created it first.
      if (!(error instanceof AppError && error.code === 'conflict')) throw error;
    }
  }

  /**
   * A new operator. Without `membership` they own a new organization of their own (the first operator, the CLI);
   * with it (an accepted invitation, a first single sign-on) they join that organization with that role. A null
   * password makes an operator who signs in only through single sign-on.
   */
  async create(
    email: string,
    password: string | null,
    membership?: { organizationId: string; role: OrganizationRole; via: 'invitation' | 'sso' },
  ): Promise<Operator> {
    if (password !== null && password.length < MIN_PASSWORD_LENGTH) {
      throw new AppError('validation_failed', `password must be at least ${MIN_PASSWORD_LENGTH} characters`);
    }
    const normalized = email.trim().toLowerCase();
    const hash = password === null ? null : await passwordHasher.hash(password);
    return this.db.run(async () => {
      try {
        const operator = await this.operators.create(normalized, hash);
        await this.audit.record({ action: 'operator.created', subjectId: operator.id });
        if (membership) {
          await this.organizations.addMember(membership.organizationId, operator.id, membership.role);
          await this.audit.record({
            action: 'organization.member_joined',
            actor: { kind: 'system', id: operator.id },
            organizationId: membership.organizationId,
            subjectId: operator.id,
            details: { role: membership.role, via: membership.via },
          });
        } else {
          const organization = await this.organizations.create(`Organization of ${normalized}`.slice(0, 100));
          await this.organizations.addMember(organization.id, operator.id, 'owner');
          // The system's doing (CLI, ADMIN_EMAIL, a migration-era account), not the operator's own action.
          await this.audit.record({
            action: 'organization.created',
            actor: { kind: 'system' },
            organizationId: organization.id,
            subjectId: organization.id,
            details: { owner_operator_id: operator.id },
          });
        }
        return operator;
      } catch (error) {
        if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') {
          throw conflict('An operator with this email already exists.');
        }
        throw error;
      }
    });
  }

  getByEmail(email: string): Promise<Operator | null> {
    return this.operators.getByEmail(email.trim().toLowerCase());
  }

  /** Whether one of the operator's organizations allows only single sign-on. */
  passwordLoginDisabled(operatorId: string): Promise<boolean> {
    return this.organizations.anySsoOnly(operatorId);
  }

  async touchLogin(id: string): Promise<void> {
    await this.operators.touchLogin(id);
  }

  /** The operator when email and password match; null otherwise, after the same amount of work. */
  async verifyPassword(email: string, password: string): Promise<Operator | null> {
    const operator = await this.operators.getWithPasswordHash(email.trim().toLowerCase());
    this.dummyHash ??= passwordHasher.hash('wearbridge-timing-equaliser');
    const valid = await passwordHasher.verify(operator?.passwordHash ?? (await this.dummyHash), password);
    if (!operator?.passwordHash || !valid) return null;
    await this.operators.touchLogin(operator.id);
    return operator;
  }

  getById(id: string): Promise<Operator | null> {
    return this.operators.getById(id);
  }
}
