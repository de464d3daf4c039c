import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { parseBasicAuthorization } from '../../common/auth/basic-credentials.js';
import { AUTH_KINDS, BODY_APP_CREDENTIALS } from '../../common/auth/auth.decorator.js';
import type { Principal, PrincipalKind } from '../../common/auth/principal.js';
import { AppError, unauthorized } from '../../common/errors/app-error.js';
import { ApiKeysService } from '../apps/api-keys.service.js';
import { ApplicationsService } from '../apps/applications.service.js';
import { AccessTokensService } from '../tokens/access-tokens.service.js';
import { TokenGrantsService } from '../tokens/token-grants.service.js';

export type AuthenticatedRequest = FastifyRequest & { principal?: Principal };

const BASIC_CHALLENGE = 'Basic realm="wearbridge"';

function apiKeyHeader(request: FastifyRequest): string | undefined {
  const value = request.headers['x-open-wearables-api-key'] ?? request.headers['x-api-key'];
  return typeof value === 'string' && value.length > 0 ? value.trim() : undefined;
}

/** `Bearer <jwt>`, or a bare JWT without the scheme (old iOS SDKs send that). */
function bearerToken(authorization: string): string | undefined {
  const [scheme, ...rest] = authorization.trim().split(/\s+/);
  if (/^bearer$/i.test(scheme)) return rest.join(' ') || undefined;
  if (rest.length === 0 && scheme.split('.').length === 3) return scheme;
  return undefined;
}

/** The one global guard: reads the kinds a route accepts from @Auth and resolves the caller's principal. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly accessTokens: AccessTokensService,
    private readonly grants: TokenGrantsService,
    private readonly applications: ApplicationsService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const kinds = this.reflector.getAllAndOverride<PrincipalKind[] | undefined>(AUTH_KINDS, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (kinds === undefined) {
      throw new Error(
        `${context.getClass().name}.${context.getHandler().name} declares neither @Auth nor @Public`,
      );
    }
    if (kinds.length === 0) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const bodyCredentials = this.reflector.get<boolean>(BODY_APP_CREDENTIALS, context.getHandler());
    request.principal =
      (bodyCredentials && (await this.fromBody(request))) || (await this.authenticate(request, kinds));
    return true;
  }

  private async fromBody(request: FastifyRequest): Promise<Principal | undefined> {
    const { app_id: appId, app_secret: secret } = (request.body ?? {}) as Record<string, unknown>;
    if (typeof appId !== 'string' || typeof secret !== 'string') return undefined;
    const principal = await this.applications.verifyCredentials(appId, secret, 'body');
    if (!principal) throw unauthorized('Invalid app credentials');
    return principal;
  }

  private async authenticate(request: FastifyRequest, kinds: PrincipalKind[]): Promise<Principal> {
    const authorization = request.headers.authorization;
    const apiKey = apiKeyHeader(request);
    const acceptsApp = kinds.includes('app');

    const basic = parseBasicAuthorization(authorization);
    if (basic.kind === 'malformed') throw unauthorized(basic.reason, BASIC_CHALLENGE);
    if (basic.kind === 'credentials') {
      const { id, secret } = basic.credentials;
      const principal = acceptsApp ? await this.applications.verifyCredentials(id, secret, 'basic') : null;
      if (!principal) throw unauthorized('Invalid app credentials', BASIC_CHALLENGE);
      return principal;
    }

    const token = authorization ? bearerToken(authorization) : undefined;
    let tokenError: AppError | undefined;
    if (token) {
      try {
        const principal = await this.grants.principalFor(await this.accessTokens.verify(token));
        if (!kinds.includes(principal.kind))
          throw unauthorized(`${principal.kind} tokens cannot access this endpoint`);
        return principal;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        tokenError = error;
      }
    }

    if (apiKey && acceptsApp) {
      const principal = await this.apiKeys.authenticate(apiKey);
      if (principal) return principal;
      throw unauthorized('Invalid or missing API key', 'ApiKey');
    }
    throw (
      tokenError ??
      unauthorized('Authentication required: provide a bearer token, app credentials or an API key')
    );
  }
}
