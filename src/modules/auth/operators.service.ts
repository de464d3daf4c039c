import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppError, conflict } from '../../common/errors/app-error.js';
import { Transactions } from '../../database/transactions.js';
import { AuditService } from '../audit/audit.service.js';
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

  async create(email: string, password: string): Promise<Operator> {
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new AppError('validation_failed', `password must be at least ${MIN_PASSWORD_LENGTH} characters`);
    }
    const normalized = email.trim().toLowerCase();
    const hash = await passwordHasher.hash(password);
    return this.db.run(async () => {
      try {
        const operator = await this.operators.create(normalized, hash);
        await this.audit.record({ action: 'operator.created', subjectId: operator.id });
        return operator;
      } catch (error) {
        if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') {
          throw conflict('An operator with this email already exists.');
        }
        throw error;
      }
    });
  }

  /** The operator when email and password match; null otherwise, after the same amount of work. */
  async verifyPassword(email: string, password: string): Promise<Operator | null> {
    const operator = await this.operators.getWithPasswordHash(email.trim().toLowerCase());
    this.dummyHash ??= passwordHasher.hash('wearbridge-timing-equaliser');
    const valid = await passwordHasher.verify(operator?.passwordHash ?? (await this.dummyHash), password);
    if (!operator || !valid) return null;
    await this.operators.touchLogin(operator.id);
    return operator;
  }

  getById(id: string): Promise<Operator | null> {
    return this.operators.getById(id);
  }
}
