import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { TokensModule } from '../tokens/tokens.module.js';
import { SsoController } from './sso.controller.js';
import { SsoLoginAttemptsRepository } from './sso-login-attempts.repository.js';
import { SsoService } from './sso.service.js';

@Module({
  imports: [AuthModule, TokensModule],
  controllers: [SsoController],
  providers: [SsoService, SsoLoginAttemptsRepository],
})
export class SsoModule {}
