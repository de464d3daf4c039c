import { Injectable, OnModuleInit } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-custom';
import type { SdkPrincipal } from '../../../common/auth/principal.js';
import { BearerTokens, Refusal } from './bearer-tokens.js';
import { STRATEGY } from './credentials.js';
import { PassportAuthenticator } from './passport-authenticator.js';

/** A user's access token (the mobile SDK's), from `POST /users/{id}/token`, a refresh or an invitation code. */
@Injectable()
export class UserTokenStrategy
  extends PassportStrategy(Strategy, STRATEGY.userToken)
  implements OnModuleInit
{
  constructor(
    private readonly tokens: BearerTokens,
    private readonly authenticator: PassportAuthenticator,
  ) {
    super();
  }

  onModuleInit(): void {
    this.authenticator.register(STRATEGY.userToken, this);
  }

  async validate(request: FastifyRequest): Promise<SdkPrincipal | false | [false, Refusal]> {
    return (await this.tokens.forKind(request, 'sdk')) as SdkPrincipal | false | [false, Refusal];
  }
}
