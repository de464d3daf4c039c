import { Module } from '@nestjs/common';
import { AppsModule } from '../apps/apps.module.js';
import { NormalizationModule } from '../normalization/normalization.module.js';
import { UsersModule } from '../users/users.module.js';
import { EventsController } from './events.controller.js';
import { EventsRepository } from './events.repository.js';
import { EventsService } from './events.service.js';
import { ExportController } from './export.controller.js';
import { ExportRepository } from './export.repository.js';
import { ExportService } from './export.service.js';
import { SourcePrioritiesRepository } from './source-priorities.repository.js';
import { SourcePriorityController } from './source-priority.controller.js';
import { SourcePriorityService } from './source-priority.service.js';
import { SummariesController } from './summaries.controller.js';
import { SummariesRepository } from './summaries.repository.js';
import { SummariesService } from './summaries.service.js';
import { SyncStatusController } from './sync-status.controller.js';
import { SyncStatusRepository } from './sync-status.repository.js';
import { SyncStatusService } from './sync-status.service.js';
import { TimeseriesController } from './timeseries.controller.js';
import { TimeseriesRepository } from './timeseries.repository.js';
import { TimeseriesService } from './timeseries.service.js';
import { UserSourcesRepository } from './user-sources.repository.js';

/** The read API integrators use: time series, events, daily summaries, sources, sync status, export. */
@Module({
  imports: [UsersModule, AppsModule, NormalizationModule],
  controllers: [
    TimeseriesController,
    EventsController,
    SummariesController,
    SourcePriorityController,
    SyncStatusController,
    ExportController,
  ],
  providers: [
    UserSourcesRepository,
    SourcePrioritiesRepository,
    SourcePriorityService,
    TimeseriesRepository,
    TimeseriesService,
    EventsRepository,
    EventsService,
    SummariesRepository,
    SummariesService,
    SyncStatusRepository,
    SyncStatusService,
    ExportRepository,
    ExportService,
  ],
})
export class DataModule {}
