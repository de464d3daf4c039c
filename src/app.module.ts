import { DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { CommonModule } from './common/common.module.js';
import { createValidationPipe } from './common/http/validation.js';
import type { Logger } from 'pino';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { AppsModule } from './modules/apps/apps.module.js';
import { ConnectionsModule } from './modules/connections/connections.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { DataModule } from './modules/data/data.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { ImportsModule } from './modules/imports/imports.module.js';
import { IngestionModule } from './modules/ingestion/ingestion.module.js';
import { CatalogueModule } from './modules/normalization/catalogue/catalogue.module.js';
import { NormalizationModule } from './modules/normalization/normalization.module.js';
import { OrganizationsModule } from './modules/organizations/organizations.module.js';
import { SsoModule } from './modules/sso/sso.module.js';
import { TokensModule } from './modules/tokens/tokens.module.js';
import { UsersModule } from './modules/users/users.module.js';
import { WebhooksModule } from './modules/webhooks/webhooks.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string, logger?: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(config, databaseUrl, logger),
        CommonModule,
        AuditModule,
        HealthModule,
        AuthModule,
        OrganizationsModule,
        SsoModule,
        AppsModule,
        UsersModule,
        TokensModule,
        CatalogueModule,
        NormalizationModule,
        IngestionModule,
        ConnectionsModule,
        DataModule,
        WebhooksModule,
        ImportsModule,
      ],
      providers: [{ provide: APP_PIPE, useFactory: createValidationPipe }],
    };
  }
}
