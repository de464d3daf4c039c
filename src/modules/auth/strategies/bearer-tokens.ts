import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Principal, PrincipalKind } from '../../../common/auth/principal.js';
import { AppError, unauthorized } from '../../../common/errors/app-error.js';
import { AccessTokensService } from '../../tokens/access-tokens.service.js';
import { TokenGrantsService } from '../../tokens/token-grants.service.js';
import { bearerToken } from './credentials.js';

/** A refusal a strategy hands passport as its challenge: the guard answers with it if nothing else succeeds. */
export type Refusal = AppError;

/**
 * Verifies a request's bearer access token once, however many token strategies look at it: each one then only
 * checks that the token is of its kind.
 */
@Injectable()
export class BearerTokens {
  private readonly verified = new WeakMap<object, Promise<Principal | Refusal>>();

  constructor(
    private readonly accessTokens: AccessTokensService,
    private readonly grants: TokenGrantsService,
  ) {}

  private async principal(token: string): Promise<Principal | Refusal> {
    try {
      return await this.grants.principalFor(await this.accessTokens.verify(token));
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
  }

  /** `false` without a bearer token; the token's principal if it is of `kind`; otherwise the reason it is not. */
  async forKind(request: FastifyRequest, kind: PrincipalKind): Promise<Principal | false | [false, Refusal]> {
    const token = bearerToken(request);
    if (!token) return false;
    let outcome = this.verified.get(request);
    if (!outcome) {
      outcome = this.principal(token);
      this.verified.set(request, outcome);
    }
    const principal = await outcome;
    if (principal instanceof AppError) return [false, principal];
    if (principal.kind !== kind)
      return [false, unauthorized(`${principal.kind} tokens cannot access this endpoint`)];
    return principal;
  }
}
