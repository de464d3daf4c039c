import { Injectable, OnModuleInit } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-custom';
import type { AppPrincipal } from '../../../common/auth/principal.js';
import { BearerTokens, Refusal } from './bearer-tokens.js';
import { STRATEGY } from './credentials.js';
import { PassportAuthenticator } from './passport-authenticator.js';

/** An application's access token from the OAuth `client_credentials` grant (`POST /oauth/token`). */
@Injectable()
export class AppTokenStrategy extends PassportStrategy(Strategy, STRATEGY.appToken) implements OnModuleInit {
  constructor(
    private readonly tokens: BearerTokens,
    private readonly authenticator: PassportAuthenticator,
  ) {
    super();
  }

  onModuleInit(): void {
    this.authenticator.register(STRATEGY.appToken, this);
  }

  async validate(request: FastifyRequest): Promise<AppPrincipal | false | [false, Refusal]> {
    return (await this.tokens.forKind(request, 'app')) as AppPrincipal | false | [false, Refusal];
  }
}
