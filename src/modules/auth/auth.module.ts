import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AppsModule } from '../apps/apps.module.js';
import { TokensModule } from '../tokens/tokens.module.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { OperatorsRepository } from './operators.repository.js';
import { OperatorsService } from './operators.service.js';

@Module({
  imports: [AppsModule, TokensModule],
  controllers: [AuthController],
  providers: [OperatorsRepository, OperatorsService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [OperatorsService],
})
export class AuthModule {}
