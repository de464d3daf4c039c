import { Injectable, OnModuleInit } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-custom';
import type { AppPrincipal } from '../../../common/auth/principal.js';
import { unauthorized } from '../../../common/errors/app-error.js';
import { ApplicationsService } from '../../apps/applications.service.js';
import { STRATEGY } from './credentials.js';
import { PassportAuthenticator } from './passport-authenticator.js';

/** `{app_id, app_secret}` in the JSON body, the Open Wearables token-mint contract (routes that opt in). */
@Injectable()
export class AppBodyStrategy extends PassportStrategy(Strategy, STRATEGY.appBody) implements OnModuleInit {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly authenticator: PassportAuthenticator,
  ) {
    super();
  }

  onModuleInit(): void {
    this.authenticator.register(STRATEGY.appBody, this);
  }

  async validate(request: FastifyRequest): Promise<AppPrincipal | false> {
    const { app_id: appId, app_secret: secret } = (request.body ?? {}) as Record<string, unknown>;
    if (typeof appId !== 'string' || typeof secret !== 'string') return false;
    const principal = await this.applications.verifyCredentials(appId, secret, 'body');
    if (!principal) throw unauthorized('Invalid app credentials');
    return principal;
  }
}
