import { AppError, notFound } from '../errors/app-error.js';
import type { OperatorPrincipal } from './principal.js';

/** Lowest first: each role can do what the ones before it can. */
export const ORGANIZATION_ROLES = ['viewer', 'developer', 'admin', 'owner'] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

/**
 * What an operator route needs: a role in the organization it acts in, or `any` for routes that act on no
 * organization's resources (the operator's own account, creating an organization, accepting an invitation).
 */
export type RoleRequirement = OrganizationRole | 'any';

export const ROLE_DOES: Record<OrganizationRole, string> = {
  viewer: 'reads applications, users, data, webhooks and audit events',
  developer: 'also manages applications, API keys, webhooks, users and their tokens',
  admin: 'also invites and removes members and changes their roles',
  owner: 'also transfers ownership and grants the owner role',
};

export function roleAtLeast(role: OrganizationRole | undefined, needed: OrganizationRole): boolean {
  return role !== undefined && ORGANIZATION_ROLES.indexOf(role) >= ORGANIZATION_ROLES.indexOf(needed);
}

/** The role an operator route needs when it does not say: reading needs viewer, anything else developer. */
export function defaultRoleFor(method: string): OrganizationRole {
  return method === 'GET' || method === 'HEAD' ? 'viewer' : 'developer';
}

export function forbiddenForRole(role: OrganizationRole, needed: OrganizationRole): AppError {
  return new AppError(
    'forbidden',
    `This needs the ${needed} role or higher in the organization; yours is ${role}.`,
  );
}

/** Organizations the operator may act in at the role the current route needs. */
export function organizationsActingIn(principal: OperatorPrincipal): string[] {
  const needed = principal.acting === 'any' ? 'viewer' : principal.acting;
  return Object.entries(principal.memberships)
    .filter(([, role]) => roleAtLeast(role, needed))
    .map(([id]) => id);
}

/**
 * Tenancy and role in one check for a resource of `organizationId`: not a member → 404 (`notFoundDetail`, never
 * revealing it exists); a member whose role is below the route's → 403.
 */
export function assertOperatorMayAct(
  principal: OperatorPrincipal,
  organizationId: string,
  notFoundDetail: string,
): void {
  const role = principal.memberships[organizationId];
  if (!role) throw notFound(notFoundDetail);
  const needed = principal.acting === 'any' ? 'viewer' : principal.acting;
  if (!roleAtLeast(role, needed)) throw forbiddenForRole(role, needed);
}

export function operatorMayAct(principal: OperatorPrincipal, organizationId: string): boolean {
  const needed = principal.acting === 'any' ? 'viewer' : principal.acting;
  return roleAtLeast(principal.memberships[organizationId], needed);
}
