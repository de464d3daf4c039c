import { Global, Module } from '@nestjs/common';
import { AuditEventsRepository } from './audit-events.repository.js';
import { AuditService } from './audit.service.js';

/** The append-only audit log: a leaf every module writes to. Reading it is the applications' (tenancy) concern. */
@Global()
@Module({
  providers: [AuditService, AuditEventsRepository],
  exports: [AuditService, AuditEventsRepository],
})
export class AuditModule {}
