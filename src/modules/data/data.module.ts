import { Module } from '@nestjs/common';
import { AppsModule } from '../apps/apps.module.js';
import { NormalizationModule } from '../normalization/normalization.module.js';
import { UsersModule } from '../users/users.module.js';
import { EventsController } from './events/events.controller.js';
import { EventsRepository } from './events/events.repository.js';
import { EventsService } from './events/events.service.js';
import { ExportController } from './export/export.controller.js';
import { ExportRepository } from './export/export.repository.js';
import { ExportService } from './export/export.service.js';
import { SourcePrioritiesRepository } from './source-priority/source-priorities.repository.js';
import { SourcePriorityController } from './source-priority/source-priority.controller.js';
import { SourcePriorityService } from './source-priority/source-priority.service.js';
import { SummariesController } from './summaries/summaries.controller.js';
import { SummariesRepository } from './summaries/summaries.repository.js';
import { ActivitySummaryService } from './summaries/activity-summary.service.js';
import { BodySummaryService } from './summaries/body-summary.service.js';
import { SleepSummaryService } from './summaries/sleep-summary.service.js';
import { SummaryDays } from './summaries/summary-days.js';
import { SyncStatusController } from './sync-status/sync-status.controller.js';
import { SyncStatusRepository } from './sync-status/sync-status.repository.js';
import { SyncStatusService } from './sync-status/sync-status.service.js';
import { TimeseriesController } from './timeseries/timeseries.controller.js';
import { TimeseriesRepository } from './timeseries/timeseries.repository.js';
import { TimeseriesService } from './timeseries/timeseries.service.js';
import { DataSourceReadsRepository } from './data-source-reads.repository.js';

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
    DataSourceReadsRepository,
    SourcePrioritiesRepository,
    SourcePriorityService,
    TimeseriesRepository,
    TimeseriesService,
    EventsRepository,
    EventsService,
    SummariesRepository,
    SummaryDays,
    ActivitySummaryService,
    SleepSummaryService,
    BodySummaryService,
    SyncStatusRepository,
    SyncStatusService,
    ExportRepository,
    ExportService,
  ],
})
export class DataModule {}
