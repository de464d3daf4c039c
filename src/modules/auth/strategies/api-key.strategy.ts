import { Injectable, OnModuleInit } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-custom';
import type { AppPrincipal } from '../../../common/auth/principal.js';
import { unauthorized } from '../../../common/errors/app-error.js';
import { ApiKeysService } from '../../apps/api-keys.service.js';
import { API_KEY_CHALLENGE, apiKeyHeader, STRATEGY } from './credentials.js';
import { PassportAuthenticator } from './passport-authenticator.js';

/** An application's API key in `X-Open-Wearables-API-Key` or `X-API-Key`. */
@Injectable()
export class ApiKeyStrategy extends PassportStrategy(Strategy, STRATEGY.apiKey) implements OnModuleInit {
  constructor(
    private readonly apiKeys: ApiKeysService,
    private readonly authenticator: PassportAuthenticator,
  ) {
    super();
  }

  onModuleInit(): void {
    this.authenticator.register(STRATEGY.apiKey, this);
  }

  async validate(request: FastifyRequest): Promise<AppPrincipal | false> {
    const key = apiKeyHeader(request);
    if (!key) return false;
    const principal = await this.apiKeys.authenticate(key);
    if (!principal) throw unauthorized('Invalid or missing API key', API_KEY_CHALLENGE);
    return principal;
  }
}
