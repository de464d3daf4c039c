import { Injectable, OnModuleInit } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-custom';
import { parseBasicAuthorization } from '../../../common/auth/basic-credentials.js';
import type { AppPrincipal } from '../../../common/auth/principal.js';
import { unauthorized } from '../../../common/errors/app-error.js';
import { ApplicationsService } from '../../apps/applications.service.js';
import { BASIC_CHALLENGE, STRATEGY } from './credentials.js';
import { PassportAuthenticator } from './passport-authenticator.js';

/**
 * HTTP Basic `app_id:app_secret` (RFC 7617, percent-decoded as RFC 6749 §2.3.1 has OAuth clients send it). Basic
 * credentials that do not check out end the request with 401: no other credential is looked at.
 */
@Injectable()
export class AppBasicStrategy extends PassportStrategy(Strategy, STRATEGY.appBasic) implements OnModuleInit {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly authenticator: PassportAuthenticator,
  ) {
    super();
  }

  onModuleInit(): void {
    this.authenticator.register(STRATEGY.appBasic, this);
  }

  async validate(request: FastifyRequest): Promise<AppPrincipal | false> {
    const basic = parseBasicAuthorization(request.headers.authorization);
    if (basic.kind === 'absent') return false;
    if (basic.kind === 'malformed') throw unauthorized(basic.reason, BASIC_CHALLENGE);
    const { id, secret } = basic.credentials;
    const principal = await this.applications.verifyCredentials(id, secret, 'basic');
    if (!principal) throw unauthorized('Invalid app credentials', BASIC_CHALLENGE);
    return principal;
  }
}
