import { Injectable, OnModuleInit } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-custom';
import type { OperatorPrincipal } from '../../../common/auth/principal.js';
import { BearerTokens, Refusal } from './bearer-tokens.js';
import { STRATEGY } from './credentials.js';
import { PassportAuthenticator } from './passport-authenticator.js';

/** An operator's access token from `POST /auth/login` (or single sign-on). */
@Injectable()
export class OperatorTokenStrategy
  extends PassportStrategy(Strategy, STRATEGY.operatorToken)
  implements OnModuleInit
{
  constructor(
    private readonly tokens: BearerTokens,
    private readonly authenticator: PassportAuthenticator,
  ) {
    super();
  }

  onModuleInit(): void {
    this.authenticator.register(STRATEGY.operatorToken, this);
  }

  async validate(request: FastifyRequest): Promise<OperatorPrincipal | false | [false, Refusal]> {
    return (await this.tokens.forKind(request, 'operator')) as OperatorPrincipal | false | [false, Refusal];
  }
}
