import { Module } from '@nestjs/common';
import { ConnectionsModule } from '../connections/connections.module.js';
import { AppsModule } from '../apps/apps.module.js';
import { NormalizationModule } from '../normalization/normalization.module.js';
import { UsersModule } from '../users/users.module.js';
import { WebhooksModule } from '../webhooks/webhooks.module.js';
import { BatchReplayService } from './batch-replay.service.js';
import { IngestionLimits } from './ingestion-limits.js';
import { IngestionService } from './ingestion.service.js';
import { QuarantineService } from './quarantine.service.js';
import { RetentionSweeper } from './retention.sweeper.js';
import { SdkSyncController } from './sdk-sync.controller.js';
import { SyncBatchesRepository } from './sync-batches.repository.js';
import { SyncLogsRepository } from './sync-logs.repository.js';
import { SyncLogsService } from './sync-logs.service.js';
import { TutorialSummaryRepository } from './tutorial-summary.repository.js';
import { TutorialController } from './tutorial.controller.js';
import { TutorialService } from './tutorial.service.js';

@Module({
  imports: [AppsModule, UsersModule, NormalizationModule, ConnectionsModule, WebhooksModule],
  controllers: [SdkSyncController, TutorialController],
  providers: [
    BatchReplayService,
    IngestionLimits,
    IngestionService,
    QuarantineService,
    RetentionSweeper,
    SyncBatchesRepository,
    SyncLogsRepository,
    SyncLogsService,
    TutorialService,
    TutorialSummaryRepository,
  ],
  exports: [IngestionService, SyncLogsService],
})
export class IngestionModule {}
