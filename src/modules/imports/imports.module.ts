import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { NormalizationModule } from '../normalization/normalization.module.js';
import { UsersModule } from '../users/users.module.js';
import { WebhooksModule } from '../webhooks/webhooks.module.js';
import { ImportRunner } from './import-runner.js';
import { ImportWorkers } from './import-workers.js';
import { ImportsController } from './imports.controller.js';
import { ImportsRepository } from './imports.repository.js';
import { ImportsService } from './imports.service.js';

/** History imports (Apple Health exports): upload, background parsing on the job queue, progress, cancel. */
@Module({
  imports: [AuditModule, NormalizationModule, UsersModule, WebhooksModule],
  controllers: [ImportsController],
  providers: [ImportRunner, ImportWorkers, ImportsRepository, ImportsService],
  exports: [ImportRunner, ImportsService],
})
export class ImportsModule {}
