import { Injectable } from '@nestjs/common';
import type { AppPrincipal, Principal } from '../../common/auth/principal.js';
import { badRequest, notFound } from '../../common/errors/app-error.js';
import { generateSecret, hashSecret } from '../../common/crypto/secrets.js';
import { Transactions } from '../../database/transactions.js';
import { AuditService } from '../audit/audit.service.js';
import type { ApiKey } from './api-key.entity.js';
import { ApiKeysRepository } from './api-keys.repository.js';
import type { Application } from './application.entity.js';
import { ApplicationsService } from './applications.service.js';

const PREFIX_LENGTH = 11; // "sk-" + 8 hex

export interface ApiKeyView {
  key: ApiKey;
  appId: string;
}

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly keys: ApiKeysRepository,
    private readonly applications: ApplicationsService,
    private readonly audit: AuditService,
    private readonly db: Transactions,
  ) {}

  private async targetApplication(principal: Principal, appId?: string): Promise<Application> {
    if (principal.kind === 'operator' && !appId)
      throw badRequest('app_id is required when an operator creates a key');
    return this.applications.getAccessible(principal, appId ?? (principal as AppPrincipal).appId);
  }

  async create(
    principal: Principal,
    name = 'Default',
    appId?: string,
  ): Promise<ApiKeyView & { secret: string }> {
    const application = await this.targetApplication(principal, appId);
    const secret = generateSecret('sk-');
    return this.db.run(async () => {
      const key = await this.keys.create({
        applicationId: application.id,
        name,
        prefix: secret.slice(0, PREFIX_LENGTH),
        keyHash: hashSecret(secret),
        createdByOperatorId: principal.kind === 'operator' ? principal.operatorId : null,
      });
      await this.audit.record({
        action: 'api_key.created',
        actor: principal,
        applicationId: application.id,
        subjectId: key.id,
      });
      return { key, appId: application.appId, secret };
    });
  }

  async list(principal: Principal, appId?: string): Promise<ApiKeyView[]> {
    const applications = appId
      ? [await this.applications.getAccessible(principal, appId)]
      : await this.accessibleApplications(principal);
    const appIds = new Map(applications.map((app) => [app.id, app.appId]));
    const keys = await this.keys.listForApplications([...appIds.keys()]);
    return keys.map((key) => ({ key, appId: appIds.get(key.applicationId)! }));
  }

  private async accessibleApplications(principal: Principal): Promise<Pick<Application, 'id' | 'appId'>[]> {
    if (principal.kind === 'operator') return this.applications.list(principal);
    return [{ id: principal.applicationId, appId: principal.appId }];
  }

  private async getAccessible(principal: Principal, id: string): Promise<ApiKeyView> {
    const key = await this.keys.getById(id);
    const applications = key ? await this.accessibleApplications(principal) : [];
    const application = applications.find((app) => app.id === key?.applicationId);
    if (!key || !application) throw notFound('API key not found');
    return { key, appId: application.appId };
  }

  async rename(principal: Principal, id: string, name: string): Promise<ApiKeyView> {
    const view = await this.getAccessible(principal, id);
    await this.keys.rename(id, name);
    return { key: (await this.keys.getById(id))!, appId: view.appId };
  }

  /** Same id and name, new secret; the old one stops working at once. */
  async rotate(principal: Principal, id: string): Promise<ApiKeyView & { secret: string }> {
    const secret = generateSecret('sk-');
    return this.db.run(async () => {
      const view = await this.getAccessible(principal, id);
      await this.keys.replaceKey(id, secret.slice(0, PREFIX_LENGTH), hashSecret(secret));
      await this.audit.record({
        action: 'api_key.rotated',
        actor: principal,
        applicationId: view.key.applicationId,
        subjectId: id,
      });
      return { key: (await this.keys.getById(id))!, appId: view.appId, secret };
    });
  }

  async delete(principal: Principal, id: string): Promise<void> {
    await this.db.run(async () => {
      const view = await this.getAccessible(principal, id);
      await this.keys.delete(id);
      await this.audit.record({
        action: 'api_key.deleted',
        actor: principal,
        applicationId: view.key.applicationId,
        subjectId: id,
      });
    });
  }

  /** The key is looked up by its SHA-256; a 256-bit secret's hash reveals nothing usable through timing. */
  async authenticate(secret: string): Promise<AppPrincipal | null> {
    if (!/^sk-[0-9a-f]{64}$/.test(secret)) return null;
    const found = await this.keys.findActiveByHash(hashSecret(secret));
    if (!found) return null;
    await this.keys.touch(found.id);
    return {
      kind: 'app',
      applicationId: found.applicationId,
      appId: found.appId,
      via: 'api_key',
      apiKeyId: found.id,
    };
  }
}
