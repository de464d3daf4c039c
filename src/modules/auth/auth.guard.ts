import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { AUTH_KINDS, BODY_APP_CREDENTIALS, OPERATOR_ROLE } from '../../common/auth/auth.decorator.js';
import {
  defaultRoleFor,
  forbiddenForRole,
  ORGANIZATION_ROLES,
  roleAtLeast,
  RoleRequirement,
} from '../../common/auth/organization-roles.js';
import type { OperatorPrincipal, Principal, PrincipalKind } from '../../common/auth/principal.js';
import { AppError, unauthorized } from '../../common/errors/app-error.js';
import { BASIC_CHALLENGE, STRATEGY } from './strategies/credentials.js';
import { PassportAuthenticator } from './strategies/passport-authenticator.js';

export type AuthenticatedRequest = FastifyRequest & { principal?: Principal };

/**
 * The passport strategies a route's kinds accept, in the order they are tried. Basic is always read: a Basic header
 * is answered with a Basic challenge even where app credentials are not accepted.
 */
export function strategiesFor(kinds: readonly PrincipalKind[], bodyCredentials: boolean): string[] {
  const names: string[] = [];
  if (bodyCredentials) names.push(STRATEGY.appBody);
  names.push(STRATEGY.appBasic);
  if (kinds.includes('sdk')) names.push(STRATEGY.userToken);
  if (kinds.includes('operator')) names.push(STRATEGY.operatorToken);
  if (kinds.includes('app')) names.push(STRATEGY.appToken, STRATEGY.apiKey);
  // Last: a credential the caller sends on purpose wins over a cookie the browser adds by itself.
  if (kinds.includes('operator')) names.push(STRATEGY.operatorSession);
  return names;
}

/**
 * The one global guard: reads the kinds a route accepts from @Auth, runs the passport strategy of each credential
 * kind it accepts, and puts the caller's principal on the request.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly plans = new Map<string, string[]>();

  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: PassportAuthenticator,
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
    const bodyCredentials = this.reflector.get<boolean>(BODY_APP_CREDENTIALS, context.getHandler()) ?? false;
    const planKey = `${kinds.join(',')}|${bodyCredentials}`;
    let names = this.plans.get(planKey);
    if (!names) {
      names = strategiesFor(kinds, bodyCredentials);
      this.plans.set(planKey, names);
    }
    const principal = await this.authenticate(request, kinds, names);
    request.principal =
      principal.kind === 'operator'
        ? this.withRole(principal, this.requiredRole(context, request.method))
        : principal;
    return true;
  }

  private requiredRole(context: ExecutionContext, method: string): RoleRequirement {
    return (
      this.reflector.getAllAndOverride<RoleRequirement | undefined>(OPERATOR_ROLE, [
        context.getHandler(),
        context.getClass(),
      ]) ?? defaultRoleFor(method)
    );
  }

  /**
   * Every operator route checks the role: an operator whose best role anywhere is below the route's is refused here;
   * which organization a resource belongs to is checked where the resource is loaded.
   */
  private withRole(principal: OperatorPrincipal, acting: RoleRequirement): OperatorPrincipal {
    const roles = Object.values(principal.memberships);
    if (acting !== 'any' && roles.length > 0 && !roles.some((role) => roleAtLeast(role, acting))) {
      const best = ORGANIZATION_ROLES.filter((role) => roles.includes(role)).at(-1)!;
      throw forbiddenForRole(best, acting);
    }
    return { ...principal, acting };
  }

  private async authenticate(
    request: AuthenticatedRequest,
    kinds: PrincipalKind[],
    names: string[],
  ): Promise<Principal> {
    const outcome = await this.authenticator.authenticate<Principal>(names, request);
    if (outcome.kind === 'success') {
      const principal = outcome.user;
      if (kinds.includes(principal.kind)) return principal;
      // Only app credentials can succeed where they are not accepted: those strategies run on every route.
      throw unauthorized(
        'Invalid app credentials',
        principal.kind === 'app' && principal.via === 'basic' ? BASIC_CHALLENGE : undefined,
      );
    }
    const refusal = outcome.kind === 'failed' && outcome.challenges.find((c) => c instanceof AppError);
    throw (
      refusal ||
      unauthorized('Authentication required: provide a bearer token, app credentials or an API key')
    );
  }
}
