import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AppsModule } from '../apps/apps.module.js';
import { TokensModule } from '../tokens/tokens.module.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { OperatorsRepository } from './operators.repository.js';
import { OrganizationsRepository } from '../organizations/organizations.repository.js';
import { OperatorLoginService } from './operator-login.service.js';
import { OperatorsService } from './operators.service.js';
import { ApiKeyStrategy } from './strategies/api-key.strategy.js';
import { AppBasicStrategy } from './strategies/app-basic.strategy.js';
import { AppBodyStrategy } from './strategies/app-body.strategy.js';
import { AppTokenStrategy } from './strategies/app-token.strategy.js';
import { BearerTokens } from './strategies/bearer-tokens.js';
import { OperatorSessionStrategy } from './strategies/operator-session.strategy.js';
import { OperatorTokenStrategy } from './strategies/operator-token.strategy.js';
import { PassportAuthenticator } from './strategies/passport-authenticator.js';
import { UserTokenStrategy } from './strategies/user-token.strategy.js';

@Module({
  imports: [PassportModule.register({ session: false }), AppsModule, TokensModule],
  controllers: [AuthController],
  providers: [
    OperatorsRepository,
    OrganizationsRepository,
    OperatorsService,
    OperatorLoginService,
    PassportAuthenticator,
    BearerTokens,
    AppBodyStrategy,
    AppBasicStrategy,
    UserTokenStrategy,
    OperatorTokenStrategy,
    OperatorSessionStrategy,
    AppTokenStrategy,
    ApiKeyStrategy,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [OperatorsService, OrganizationsRepository, PassportAuthenticator],
})
export class AuthModule {}
