import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AppsModule } from '../apps/apps.module.js';
import { UsersModule } from '../users/users.module.js';
import { AccessTokensService } from './access-tokens.service.js';
import { InvitationCodesController } from './invitation-codes.controller.js';
import { InvitationCodesRepository } from './invitation-codes.repository.js';
import { InvitationCodesService } from './invitation-codes.service.js';
import { JwksController } from './jwks.controller.js';
import { OAuthMetadataController } from './oauth-metadata.controller.js';
import { OAuthController } from './oauth.controller.js';
import { OAuthService } from './oauth.service.js';
import { OperatorSessionsService } from './operator-sessions.service.js';
import { RefreshTokensRepository } from './refresh-tokens.repository.js';
import { RefreshTokensService } from './refresh-tokens.service.js';
import { SdkTokensService } from './sdk-tokens.service.js';
import { SessionsController } from './sessions.controller.js';
import { SigningKeysService } from './signing-keys.service.js';
import { TokenGrantsRepository } from './token-grants.repository.js';
import { TokenGrantsService } from './token-grants.service.js';
import { TokensController } from './tokens.controller.js';

@Module({
  // Keys and algorithms are chosen per token (kid) by AccessTokensService, so JwtService needs no defaults.
  imports: [AppsModule, UsersModule, JwtModule.register({})],
  controllers: [
    JwksController,
    TokensController,
    SessionsController,
    InvitationCodesController,
    OAuthController,
    OAuthMetadataController,
  ],
  providers: [
    SigningKeysService,
    AccessTokensService,
    TokenGrantsRepository,
    TokenGrantsService,
    RefreshTokensRepository,
    RefreshTokensService,
    OperatorSessionsService,
    SdkTokensService,
    OAuthService,
    InvitationCodesRepository,
    InvitationCodesService,
  ],
  exports: [AccessTokensService, TokenGrantsService, RefreshTokensService, OperatorSessionsService],
})
export class TokensModule {}
