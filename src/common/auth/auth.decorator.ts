import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBasicAuth, ApiBearerAuth, ApiSecurity } from '@nestjs/swagger';
import { ApiProblems } from '../http/api-problems.decorator.js';
import type { RoleRequirement } from './organization-roles.js';
import type { Principal, PrincipalKind } from './principal.js';

export const AUTH_KINDS = 'wearbridge:auth-kinds';
export const BODY_APP_CREDENTIALS = 'wearbridge:body-app-credentials';
export const OPERATOR_ROLE = 'wearbridge:operator-role';
export const API_KEY_SCHEME = 'apiKey';
/** The same API key under the shorter header the classic HealthKit tutorial uses. */
export const API_KEY_SHORT_SCHEME = 'apiKeyShort';
export const APP_BASIC_SCHEME = 'appCredentials';
export const BEARER_SCHEME = 'bearer';

/**
 * Declares who may call a route; sets both the global guard's metadata and the OpenAPI security schemes.
 * `operator`: developer JWT. `app`: HTTP Basic app_id:app_secret, API key or app access token. `sdk`: user token.
 */
export function Auth(...kinds: PrincipalKind[]) {
  const security = [];
  if (kinds.includes('operator') || kinds.includes('sdk') || kinds.includes('app'))
    security.push(ApiBearerAuth(BEARER_SCHEME));
  if (kinds.includes('app'))
    security.push(
      ApiBasicAuth(APP_BASIC_SCHEME),
      ApiSecurity(API_KEY_SCHEME),
      ApiSecurity(API_KEY_SHORT_SCHEME),
    );
  // Operators act with a role in an organization: a role too low for the route is 403.
  const problems = kinds.includes('operator') ? ApiProblems(401, 403) : ApiProblems(401);
  return applyDecorators(SetMetadata(AUTH_KINDS, kinds), ...security, problems);
}

/**
 * The organization role an operator needs on this route; without it, GET and HEAD need `viewer` and every other
 * method `developer`. `any`: the route acts on no organization's resources.
 */
export const OperatorRole = (role: RoleRequirement) => SetMetadata(OPERATOR_ROLE, role);

/** Also accept `{app_id, app_secret}` in the JSON body (the Open Wearables token-mint contract). */
export const AcceptsBodyAppCredentials = () => SetMetadata(BODY_APP_CREDENTIALS, true);

/** A route anyone may call (health, login, refresh, JWKS). */
export const Public = () => SetMetadata(AUTH_KINDS, []);

export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal => {
    return context.switchToHttp().getRequest<{ principal: Principal }>().principal;
  },
);
