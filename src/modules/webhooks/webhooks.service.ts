import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal.js';
import { AppError, conflict, notFound } from '../../common/errors/app-error.js';
import type { PageQueryDto } from '../../common/http/pagination.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { Transactions } from '../../database/transactions.js';
import type { Application } from '../apps/application.entity.js';
import { ApplicationsService } from '../apps/applications.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { CreateWebhookDto, UpdateWebhookDto, WebhookDeliveryDto } from './dto/webhook.dto.js';
import { SUBSCRIBABLE_EVENT_TYPES } from './event-catalogue.js';
import { JobQueue, QUEUES } from './job-queue.js';
import { generateSigningSecret } from './signing.js';
import { checkWebhookUrl, UnsafeUrlError } from './url-policy.js';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import type { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { EndpointFields, WebhookEndpointsRepository } from './webhook-endpoints.repository.js';
import { WebhookSecrets } from './webhook-secrets.js';

const DEFAULT_GRACE_SECONDS = 24 * 3600;
const REPLAY_LIMIT = 10_000;

export interface EndpointView {
  endpoint: WebhookEndpoint;
  appId: string;
}

/** Endpoint management, test events, the delivery log, retries and replays; tenancy through the application. */
@Injectable()
export class WebhooksService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Transactions,
    private readonly applications: ApplicationsService,
    private readonly endpoints: WebhookEndpointsRepository,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly secrets: WebhookSecrets,
    private readonly audit: AuditService,
    private readonly queue: JobQueue,
  ) {}

  private async checkUrl(url: string): Promise<void> {
    try {
      await checkWebhookUrl(url, {
        requireHttps: this.config.webhooks.requireHttps,
        allowPrivateNetworks: this.config.webhooks.allowPrivateNetworks,
      });
    } catch (error) {
      if (error instanceof UnsafeUrlError) throw new AppError('validation_failed', error.message);
      throw error;
    }
  }

  private async endpointOf(
    principal: Principal,
    appId: string,
    id: string,
  ): Promise<{ application: Application; endpoint: WebhookEndpoint }> {
    const application = await this.applications.getAccessible(principal, appId);
    const endpoint = await this.endpoints.get(application.id, id);
    if (!endpoint) throw notFound(`Webhook endpoint with ID: ${id} not found.`);
    return { application, endpoint };
  }

  async create(
    principal: Principal,
    appId: string,
    dto: CreateWebhookDto,
  ): Promise<EndpointView & { secret: string }> {
    const application = await this.applications.getAccessible(principal, appId);
    await this.checkUrl(dto.url);
    const secret = generateSigningSecret();
    return this.db.run(async () => {
      const endpoint = await this.endpoints.create({
        applicationId: application.id,
        url: dto.url,
        description: dto.description ?? null,
        eventTypes: dto.event_types ?? null,
        enabled: dto.enabled ?? true,
        secretCiphertext: this.secrets.seal(secret),
      });
      await this.audit.record({
        action: 'webhook.created',
        actor: principal,
        applicationId: application.id,
        subjectId: endpoint.id,
      });
      return { endpoint, appId: application.appId, secret };
    });
  }

  async list(principal: Principal, appId: string): Promise<EndpointView[]> {
    const application = await this.applications.getAccessible(principal, appId);
    return (await this.endpoints.list(application.id)).map((endpoint) => ({
      endpoint,
      appId: application.appId,
    }));
  }

  async get(principal: Principal, appId: string, id: string): Promise<EndpointView> {
    const { application, endpoint } = await this.endpointOf(principal, appId, id);
    return { endpoint, appId: application.appId };
  }

  async update(
    principal: Principal,
    appId: string,
    id: string,
    dto: UpdateWebhookDto,
  ): Promise<EndpointView> {
    const { application, endpoint } = await this.endpointOf(principal, appId, id);
    if (dto.url !== undefined) await this.checkUrl(dto.url);
    const fields: EndpointFields = {};
    if (dto.url !== undefined) fields.url = dto.url;
    if (dto.description !== undefined) fields.description = dto.description;
    if (dto.event_types !== undefined) fields.eventTypes = dto.event_types;
    if (dto.enabled !== undefined) {
      fields.enabled = dto.enabled;
      fields.disabledReason = null;
      if (dto.enabled && !endpoint.enabled) fields.failingSince = null;
    }
    await this.endpoints.update(endpoint.id, fields);
    return { endpoint: (await this.endpoints.get(application.id, id))!, appId: application.appId };
  }

  async delete(principal: Principal, appId: string, id: string): Promise<void> {
    const { application, endpoint } = await this.endpointOf(principal, appId, id);
    await this.db.run(async () => {
      await this.endpoints.delete(endpoint.id);
      await this.audit.record({
        action: 'webhook.deleted',
        actor: principal,
        applicationId: application.id,
        subjectId: endpoint.id,
      });
    });
  }

  async rotateSecret(
    principal: Principal,
    appId: string,
    id: string,
    graceSeconds = DEFAULT_GRACE_SECONDS,
  ): Promise<EndpointView & { secret: string }> {
    const { application, endpoint } = await this.endpointOf(principal, appId, id);
    const secret = generateSigningSecret();
    const previousExpiresAt = graceSeconds > 0 ? new Date(Date.now() + graceSeconds * 1000) : null;
    await this.db.run(async () => {
      await this.endpoints.rotateSecret(endpoint.id, this.secrets.seal(secret), previousExpiresAt);
      await this.audit.record({
        action: 'webhook.secret_rotated',
        actor: principal,
        applicationId: application.id,
        subjectId: endpoint.id,
        details: { grace_seconds: graceSeconds },
      });
    });
    return { endpoint: (await this.endpoints.get(application.id, id))!, appId: application.appId, secret };
  }

  async sendTest(
    principal: Principal,
    appId: string,
    id: string,
  ): Promise<{ eventId: string; deliveryId: string }> {
    const { application, endpoint } = await this.endpointOf(principal, appId, id);
    if (!endpoint.enabled) throw conflict('The webhook endpoint is disabled; enable it first.');
    return this.db.run(async () => {
      const created = await this.deliveries.insertDirectEvent(
        application.id,
        endpoint.id,
        'webhook.test',
        { endpoint_id: endpoint.id, message: 'Test event from Wearbridge' },
        'pending',
      );
      await this.queue.sendInTransaction(this.db.manager, [
        { name: QUEUES.deliver, data: { deliveryId: created.deliveryId, attempt: 1 } },
      ]);
      return created;
    });
  }

  async deliveryLog(
    principal: Principal,
    appId: string,
    id: string,
    query: Pick<PageQueryDto, 'page' | 'limit'>,
  ): Promise<{ items: WebhookDeliveryDto[]; total: number }> {
    const { endpoint } = await this.endpointOf(principal, appId, id);
    const { rows, total } = await this.deliveries.page(
      endpoint.id,
      (query.page - 1) * query.limit,
      query.limit,
    );
    const attempts = await this.deliveries.attemptsOf(rows.map((r) => r.id));
    const items = rows.map((row) => ({
      id: row.id,
      event_id: row.eventId,
      event_type: row.eventType,
      occurred_at: row.occurredAt,
      state: row.state,
      attempt_count: row.attemptCount,
      next_attempt_at: row.nextAttemptAt,
      created_at: row.createdAt,
      completed_at: row.completedAt,
      attempts: attempts.get(row.id)!.map((a) => ({
        attempted_at: a.attemptedAt,
        status_code: a.statusCode,
        latency_ms: a.latencyMs,
        error: a.error,
        response_excerpt: a.responseExcerpt,
        response_content_type: a.responseContentType,
      })),
    }));
    return { items, total };
  }

  async retry(
    principal: Principal,
    appId: string,
    id: string,
    deliveryId: string,
  ): Promise<{ deliveryId: string; attempt: number }> {
    const { endpoint } = await this.endpointOf(principal, appId, id);
    const state = await this.deliveries.deliveryState(endpoint.id, deliveryId);
    if (!state) throw notFound(`Delivery with ID: ${deliveryId} not found.`);
    if (state === 'notice') throw conflict('This log entry is a notice, not a delivery.');
    if (!endpoint.enabled) throw conflict('The webhook endpoint is disabled; enable it first.');
    return this.db.run(async () => {
      const attempt = await this.deliveries.requeue(endpoint.id, deliveryId);
      if (attempt === null) throw notFound(`Delivery with ID: ${deliveryId} not found.`);
      await this.queue.sendInTransaction(this.db.manager, [
        { name: QUEUES.deliver, data: { deliveryId, attempt } },
      ]);
      return { deliveryId, attempt };
    });
  }

  async replay(principal: Principal, appId: string, id: string, since: Date): Promise<number> {
    const { application, endpoint } = await this.endpointOf(principal, appId, id);
    if (!endpoint.enabled) throw conflict('The webhook endpoint is disabled; enable it first.');
    if (since.getTime() > Date.now())
      throw new AppError('validation_failed', 'since must not be in the future');
    return this.db.run(async () => {
      const ids = await this.deliveries.replay(
        application.id,
        endpoint.id,
        endpoint.eventTypes,
        SUBSCRIBABLE_EVENT_TYPES,
        since,
        REPLAY_LIMIT,
      );
      await this.queue.sendInTransaction(
        this.db.manager,
        ids.map((deliveryId) => ({ name: QUEUES.deliver, data: { deliveryId, attempt: 1 } })),
      );
      return ids.length;
    });
  }
}
