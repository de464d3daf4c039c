import type { OrganizationRole, RoleRequirement } from './organization-roles.js';

/** Who called: an operator (developer), an integrator's application, or a mobile SDK acting for one user. */
export type Principal = OperatorPrincipal | AppPrincipal | SdkPrincipal;

export interface OperatorPrincipal {
  kind: 'operator';
  operatorId: string;
  /** Organization id → the operator's role there. */
  memberships: Readonly<Record<string, OrganizationRole>>;
  /** The role the current route needs (set by the guard from @OperatorRole or the HTTP method). */
  acting: RoleRequirement;
}

export interface AppPrincipal {
  kind: 'app';
  applicationId: string;
  appId: string;
  via: 'basic' | 'api_key' | 'app_token' | 'body';
  apiKeyId?: string;
}

export interface SdkPrincipal {
  kind: 'sdk';
  userId: string;
  applicationId: string;
  appId: string;
  familyId: string | null;
  tokenId: string;
}

export type PrincipalKind = Principal['kind'];
