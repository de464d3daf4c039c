import { PassportStrategy } from '@nestjs/passport';
import * as client from 'openid-client';
import { Strategy, type StrategyOptions } from 'openid-client/passport';
import { STRATEGY } from '../auth/strategies/credentials.js';

export interface VerifiedIdentity {
  subject: string;
  email?: string;
  emailVerified: boolean;
}

/**
 * openid-client's passport strategy: authorization code with PKCE. It sends `state` and `nonce` only when the
 * provider lacks PKCE or for implicit flows; this sends both always, so the callback checks both.
 */
export class OidcStrategy extends PassportStrategy(Strategy, STRATEGY.oidc) {
  constructor(
    options: StrategyOptions,
    private readonly identify: (
      tokens: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers,
    ) => Promise<unknown>,
  ) {
    super(options);
  }

  override authorizationRequestParams(...args: Parameters<Strategy['authorizationRequestParams']>) {
    const params = new URLSearchParams(super.authorizationRequestParams(...args));
    params.set('state', client.randomState());
    params.set('nonce', client.randomNonce());
    return params;
  }

  async validate(
    tokens: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers,
  ): Promise<unknown> {
    return this.identify(tokens);
  }
}
