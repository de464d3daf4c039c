import { Module } from '@nestjs/common';
import { DataSourcesRepository } from './data-sources.repository.js';
import { NormalizationService } from './normalization.service.js';
import { RawRecordsRepository } from './raw-records.repository.js';
import { SamplesRepository } from './samples.repository.js';
import { SleepRepository } from './sleep.repository.js';
import { WorkoutsRepository } from './workouts.repository.js';

@Module({
  providers: [
    DataSourcesRepository,
    SamplesRepository,
    RawRecordsRepository,
    SleepRepository,
    WorkoutsRepository,
    NormalizationService,
  ],
  exports: [NormalizationService],
})
export class NormalizationModule {}
