import { Global, Module } from '@nestjs/common';
import { AppsModule } from '../apps/apps.module.js';
import { AuditEventsController } from './audit-events.controller.js';
import { AuditEventsRepository } from './audit-events.repository.js';
import { AuditService } from './audit.service.js';

@Global()
@Module({
  imports: [AppsModule],
  controllers: [AuditEventsController],
  providers: [AuditService, AuditEventsRepository],
  exports: [AuditService],
})
export class AuditModule {}
