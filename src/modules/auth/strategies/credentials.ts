import type { FastifyRequest } from 'fastify';

export const BASIC_CHALLENGE = 'Basic realm="wearbridge"';
export const API_KEY_CHALLENGE = 'ApiKey';

/** The strategy names the global guard runs, one per credential kind. */
export const STRATEGY = {
  appBody: 'app-body',
  appBasic: 'app-basic',
  userToken: 'user-token',
  operatorToken: 'operator-token',
  appToken: 'app-token',
  operatorSession: 'operator-session',
  apiKey: 'api-key',
  oidc: 'oidc',
} as const;

/** `X-Open-Wearables-API-Key`, or `X-API-Key` as the classic HealthKit tutorial sends it. */
export function apiKeyHeader(request: FastifyRequest): string | undefined {
  const value = request.headers['x-open-wearables-api-key'] ?? request.headers['x-api-key'];
  return typeof value === 'string' && value.length > 0 ? value.trim() : undefined;
}

/** `Bearer <jwt>`, or a bare JWT without the scheme (old iOS SDKs send that). */
export function bearerToken(request: FastifyRequest): string | undefined {
  const authorization = request.headers.authorization;
  if (!authorization) return undefined;
  const [scheme, ...rest] = authorization.trim().split(/\s+/);
  if (/^bearer$/i.test(scheme)) return rest.join(' ') || undefined;
  if (rest.length === 0 && scheme.split('.').length === 3) return scheme;
  return undefined;
}
