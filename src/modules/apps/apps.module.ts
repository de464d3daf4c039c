import { Module } from '@nestjs/common';
import { ApiKeysController } from './api-keys.controller.js';
import { ApiKeysRepository } from './api-keys.repository.js';
import { ApiKeysService } from './api-keys.service.js';
import { ApplicationsController } from './applications.controller.js';
import { ApplicationsRepository } from './applications.repository.js';
import { ApplicationsService } from './applications.service.js';
import { AuditEventsController } from './audit-events.controller.js';
import { AuditLogService } from './audit-log.service.js';

@Module({
  controllers: [ApplicationsController, ApiKeysController, AuditEventsController],
  providers: [
    ApplicationsRepository,
    ApplicationsService,
    ApiKeysRepository,
    ApiKeysService,
    AuditLogService,
  ],
  exports: [ApplicationsService, ApiKeysService],
})
export class AppsModule {}
