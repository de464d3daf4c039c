import { Injectable } from '@nestjs/common';
import type { Principal } from '../../../common/auth/principal.js';
import { ApplicationsService } from '../../apps/applications.service.js';
import type { PutSourcePriorityDto, SourcePriorityDto } from './source-priority.dto.js';
import { type PriorityOrder, priorityOrder } from './priority.js';
import { SourcePrioritiesRepository } from './source-priorities.repository.js';
import type { SourcePriority } from './source-priority.entity.js';

const RULE =
  'For each 15-minute slice and metric, only the highest-ranked source with data counts. Rank: device type, then provider, then the older data source.';

@Injectable()
export class SourcePriorityService {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly priorities: SourcePrioritiesRepository,
  ) {}

  /** The order summaries of this application's users apply. */
  async orderFor(applicationId: string): Promise<PriorityOrder> {
    return priorityOrder(await this.priorities.get(applicationId));
  }

  async get(principal: Principal, appId: string): Promise<SourcePriorityDto> {
    const application = await this.applications.getAccessible(principal, appId);
    return this.view(appId, await this.priorities.get(application.id));
  }

  async put(principal: Principal, appId: string, dto: PutSourcePriorityDto): Promise<SourcePriorityDto> {
    const application = await this.applications.getAccessible(principal, appId);
    return this.view(appId, await this.priorities.put(application.id, dto.device_types, dto.providers));
  }

  private view(appId: string, stored: SourcePriority | null): SourcePriorityDto {
    const effective = priorityOrder(stored);
    return {
      app_id: appId,
      device_types: stored?.deviceTypes ?? [],
      providers: stored?.providers ?? [],
      effective_device_types: effective.deviceTypes,
      effective_providers: effective.providers,
      rule: RULE,
      updated_at: stored ? new Date(stored.updatedAt).toISOString() : null,
    };
  }
}
