import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal } from '../../common/auth/auth.decorator.js';
import type { Principal } from '../../common/auth/principal.js';
import { ApiProblems } from '../../common/http/api-problems.decorator.js';
import { PageDto, PageQueryDto } from '../../common/http/pagination.js';
import { API_V1 } from '../../common/http/routes.js';
import { uuidPipe } from '../../common/http/uuid.js';
import {
  CreateWebhookDto,
  ReplayWebhookDto,
  RotateWebhookSecretDto,
  UpdateWebhookDto,
  WebhookDeliveryDto,
  WebhookDeliveryPageDto,
  WebhookReplayResponseDto,
  WebhookResponseDto,
  WebhookRetryResponseDto,
  WebhookTestResponseDto,
  WebhookWithSecretResponseDto,
} from './dto/webhook.dto.js';
import { EndpointView, WebhooksService } from './webhooks.service.js';

const view = ({ endpoint, appId }: EndpointView): WebhookResponseDto => ({
  id: endpoint.id,
  app_id: appId,
  url: endpoint.url,
  description: endpoint.description,
  event_types: endpoint.eventTypes,
  enabled: endpoint.enabled,
  disabled_reason: endpoint.disabledReason,
  previous_secret_expires_at: endpoint.previousSecretExpiresAt,
  created_at: endpoint.createdAt,
  updated_at: endpoint.updatedAt,
});

@ApiTags('webhooks')
@Auth('operator', 'app')
@Controller(`${API_V1}/applications/:app_id/webhooks`)
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @ApiOperation({ summary: 'Register an endpoint; its signing secret is shown only in this response' })
  @ApiProblems(400, 404)
  async create(
    @CurrentPrincipal() principal: Principal,
    @Param('app_id') appId: string,
    @Body() dto: CreateWebhookDto,
  ): Promise<WebhookWithSecretResponseDto> {
    const created = await this.webhooks.create(principal, appId, dto);
    return { ...view(created), secret: created.secret };
  }

  @Get()
  @ApiOperation({ summary: "List the application's endpoints" })
  @ApiProblems(404)
  async list(
    @CurrentPrincipal() principal: Principal,
    @Param('app_id') appId: string,
  ): Promise<WebhookResponseDto[]> {
    return (await this.webhooks.list(principal, appId)).map(view);
  }

  @Get(':webhook_id')
  @ApiOperation({ summary: 'Get one endpoint' })
  @ApiProblems(400, 404)
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('app_id') appId: string,
    @Param('webhook_id', uuidPipe) id: string,
  ): Promise<WebhookResponseDto> {
    return view(await this.webhooks.get(principal, appId, id));
  }

  @Patch(':webhook_id')
  @ApiOperation({ summary: 'Change the URL, event types, description, or enable / disable the endpoint' })
  @ApiProblems(400, 404)
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('app_id') appId: string,
    @Param('webhook_id', uuidPipe) id: string,
    @Body() dto: UpdateWebhookDto,
  ): Promise<WebhookResponseDto> {
    return view(await this.webhooks.update(principal, appId, id, dto));
  }

  @Delete(':webhook_id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete the endpoint and its delivery log' })
  @ApiProblems(400, 404)
  async delete(
    @CurrentPrincipal() principal: Principal,
    @Param('app_id') appId: string,
    @Param('webhook_id', uuidPipe) id: string,
  ): Promise<void> {
    await this.webhooks.delete(principal, appId, id);
  }

  @Post(':webhook_id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Replace the signing secret; during the grace period deliveries carry both signatures',
  })
  @ApiProblems(400, 404)
  async rotateSecret(
    @CurrentPrincipal() principal: Principal,
    @Param('app_id') appId: string,
    @Param('webhook_id', uuidPipe) id: string,
    @Body() dto: RotateWebhookSecretDto,
  ): Promise<WebhookWithSecretResponseDto> {
    const rotated = await this.webhooks.rotateSecret(principal, appId, id, dto.grace_seconds);
    return { ...view(rotated), secret: rotated.secret };
  }

  @Post(':webhook_id/test')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a webhook.test event to this endpoint' })
  @ApiProblems(400, 404, 409)
  async test(
    @CurrentPrincipal() principal: Principal,
    @Param('app_id') appId: string,
    @Param('webhook_id', uuidPipe) id: string,
  ): Promise<WebhookTestResponseDto> {
    const sent = await this.webhooks.sendTest(principal, appId, id);
    return { event_id: sent.eventId, delivery_id: sent.deliveryId };
  }

  @Get(':webhook_id/deliveries')
  @ApiOperation({
    summary: 'The delivery log, newest first: state, attempts with status and latency, next attempt',
  })
  @ApiProblems(400, 404)
  async deliveries(
    @CurrentPrincipal() principal: Principal,
    @Param('app_id') appId: string,
    @Param('webhook_id', uuidPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<WebhookDeliveryPageDto> {
    const { items, total } = await this.webhooks.deliveryLog(principal, appId, id, query);
    return PageDto.of<WebhookDeliveryDto>(items, total, query);
  }

  @Post(':webhook_id/deliveries/:delivery_id/retry')
  @HttpCode(202)
  @ApiOperation({ summary: 'Queue one more attempt of a delivery now' })
  @ApiProblems(400, 404, 409)
  async retry(
    @CurrentPrincipal() principal: Principal,
    @Param('app_id') appId: string,
    @Param('webhook_id', uuidPipe) id: string,
    @Param('delivery_id', uuidPipe) deliveryId: string,
  ): Promise<WebhookRetryResponseDto> {
    const queued = await this.webhooks.retry(principal, appId, id, deliveryId);
    return { delivery_id: queued.deliveryId, attempt: queued.attempt };
  }

  @Post(':webhook_id/replay')
  @HttpCode(202)
  @ApiOperation({ summary: 'Re-send the events since a time (after an outage on the receiving side)' })
  @ApiProblems(400, 404, 409)
  async replay(
    @CurrentPrincipal() principal: Principal,
    @Param('app_id') appId: string,
    @Param('webhook_id', uuidPipe) id: string,
    @Body() dto: ReplayWebhookDto,
  ): Promise<WebhookReplayResponseDto> {
    return { deliveries: await this.webhooks.replay(principal, appId, id, dto.since) };
  }
}
