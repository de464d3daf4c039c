import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, unauthorized } from '../../common/errors/app-error.js';
import type { AppConfig } from '../../config/app-config.js';
import type { TokenPair } from '../tokens/refresh-tokens.service.js';
import { csrfTokenFor } from '../tokens/refresh-tokens.service.js';

/**
 * Operator browser sessions. `__Host-` cookies are Secure, host-only and path `/`, so no subdomain can plant them:
 * the access token and refresh token are httpOnly (script never sees them); the CSRF token is readable by the page,
 * which sends it back in `X-CSRF-Token` on every state-changing request (the access token is bound to its hash).
 */
export const ACCESS_COOKIE = '__Host-wb_access';
export const REFRESH_COOKIE = '__Host-wb_refresh';
export const CSRF_COOKIE = '__Host-wb_csrf';
export const CSRF_HEADER = 'x-csrf-token';
/** The single sign-on attempt (state, nonce, PKCE verifier stay on the server; this names them). Lax: it must come
 * back on the identity provider's top-level redirect to the callback. */
export const SSO_COOKIE = '__Host-wb_sso';

export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Cookie header → name/value pairs (RFC 6265 §5.2; later duplicates lose). */
export function readCookies(request: Pick<FastifyRequest, 'headers'>): Record<string, string> {
  const header = request.headers.cookie;
  const cookies: Record<string, string> = {};
  if (typeof header !== 'string') return cookies;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (name in cookies) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      cookies[name] = decodeURIComponent(value);
    } catch {
      // A value that does not decode cannot be one of ours.
    }
  }
  return cookies;
}

function serialize(
  name: string,
  value: string,
  maxAgeSeconds: number,
  options: { httpOnly: boolean; sameSite: 'Strict' | 'Lax' },
): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`,
    'Secure',
    ...(options.httpOnly ? ['HttpOnly'] : []),
    `SameSite=${options.sameSite}`,
  ].join('; ');
}

function sameSite(config: AppConfig): 'Strict' | 'Lax' {
  return config.sessionCookies.sameSite === 'lax' ? 'Lax' : 'Strict';
}

export const CSRF_REFUSED =
  'This request changes state with a session cookie: send the session CSRF token in X-CSRF-Token.';

/** Whether the request's X-CSRF-Token is the one derived from the session's refresh token (constant time). */
export function csrfMatches(request: Pick<FastifyRequest, 'headers'>, refreshToken: string): boolean {
  const sent = request.headers[CSRF_HEADER];
  const expected = Buffer.from(csrfTokenFor(refreshToken));
  const given = Buffer.from(typeof sent === 'string' ? sent : '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The session's refresh cookie, once the request proves (X-CSRF-Token) it comes from the session's own page. */
export function sessionRefreshToken(request: Pick<FastifyRequest, 'headers'>): string {
  const refreshToken = readCookies(request)[REFRESH_COOKIE];
  if (!refreshToken) throw unauthorized('No session cookie: sign in with POST /api/v1/auth/session');
  if (!csrfMatches(request, refreshToken)) throw new AppError('forbidden', CSRF_REFUSED);
  return refreshToken;
}

/** Sets the three session cookies for a token pair and returns the CSRF token the page must echo. */
export function setSessionCookies(reply: FastifyReply, config: AppConfig, pair: TokenPair): string {
  const csrf = csrfTokenFor(pair.refresh_token);
  const site = sameSite(config);
  const refreshTtl = config.refreshTokens.absoluteTtlSeconds;
  appendCookies(reply, [
    serialize(ACCESS_COOKIE, pair.access_token, pair.expires_in, { httpOnly: true, sameSite: site }),
    serialize(REFRESH_COOKIE, pair.refresh_token, refreshTtl, { httpOnly: true, sameSite: site }),
    serialize(CSRF_COOKIE, csrf, refreshTtl, { httpOnly: false, sameSite: site }),
  ]);
  return csrf;
}

export function clearSessionCookies(reply: FastifyReply, config: AppConfig): void {
  const site = sameSite(config);
  appendCookies(
    reply,
    [ACCESS_COOKIE, REFRESH_COOKIE, CSRF_COOKIE].map((name) =>
      serialize(name, '', 0, { httpOnly: name !== CSRF_COOKIE, sameSite: site }),
    ),
  );
}

export function setSsoCookie(reply: FastifyReply, value: string, maxAgeSeconds: number): void {
  appendCookies(reply, [serialize(SSO_COOKIE, value, maxAgeSeconds, { httpOnly: true, sameSite: 'Lax' })]);
}

export function clearSsoCookie(reply: FastifyReply): void {
  appendCookies(reply, [serialize(SSO_COOKIE, '', 0, { httpOnly: true, sameSite: 'Lax' })]);
}

function appendCookies(reply: FastifyReply, cookies: string[]): void {
  const existing = reply.getHeader('set-cookie');
  const list = existing === undefined ? [] : Array.isArray(existing) ? existing : [String(existing)];
  reply.header('set-cookie', [...list, ...cookies]);
}
