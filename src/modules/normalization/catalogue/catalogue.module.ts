import { Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller.js';

/** Serves the metric catalogue; the catalogue itself is plain data imported where needed. */
@Module({ controllers: [MetricsController] })
export class CatalogueModule {}
