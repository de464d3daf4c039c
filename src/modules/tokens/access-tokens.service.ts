import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { errors as joseErrors, jwtVerify } from 'jose';
import { LRUCache } from 'lru-cache';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { uuidV7 } from '../../common/crypto/uuid-v7.js';
import { unauthorized } from '../../common/errors/app-error.js';
import { LEGACY_ALGORITHM } from './signing-keys.js';
import { SigningKeysService } from './signing-keys.service.js';
import type { SigningAlgorithm } from './signing-keys.js';

export type TokenScope = 'operator' | 'sdk' | 'app';

export interface AccessTokenClaims {
  sub: string;
  scope: TokenScope;
  /** The public app id for `sdk` and `app` tokens. */
  app_id?: string;
  /** Refresh-token family the token was issued from, so revoking the family kills it. */
  fid?: string;
  /** RFC 9068: the OAuth client the token was issued to. */
  client_id?: string;
  /** Cookie sessions: SHA-256 (base64url) of the session's CSRF token, which state-changing requests must send. */
  cst?: string;
  jti: string;
  iat: number;
  exp: number;
}

export interface IssuedAccessToken {
  token: string;
  jti: string;
  expiresIn: number;
}

export const ACCESS_TOKEN_TYPE = 'at+jwt';
/** RFC 9068 `client_id` of operator tokens (the console); SDK and app tokens carry their application's app_id. */
export const OPERATOR_CLIENT_ID = 'wearbridge-operator';
/** How far in the future a token's `iat` may be (clock drift between API processes). */
export const ISSUED_AT_SKEW_SECONDS = 60;

/** Successor tokens re-issued within the refresh grace window; beyond this many, a replay gets a fresh signature. */
const REISSUE_CACHE_SIZE = 20_000;

/** `typ` as RFC 9068 names it; `application/` may prefix it (RFC 7515 §4.1.9), case-insensitively. */
function isAccessTokenType(typ: unknown): boolean {
  return typeof typ === 'string' && typ.toLowerCase().replace(/^application\//, '') === ACCESS_TOKEN_TYPE;
}

function decodeHeader(token: string): { alg?: unknown; kid?: unknown; typ?: unknown } | undefined {
  const dot = token.indexOf('.');
  if (dot <= 0) return undefined;
  try {
    const header = JSON.parse(Buffer.from(token.slice(0, dot), 'base64url').toString('utf8')) as unknown;
    return header && typeof header === 'object' ? header : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Access tokens: signed and verified by @nestjs/jwt's JwtService (jsonwebtoken) with the active signing key, header
 * `kid` and `typ: at+jwt`. EdDSA tokens of an older install are verified with jose (jsonwebtoken has no EdDSA) until
 * their key is retired out.
 */
@Injectable()
export class AccessTokensService {
  /** ECDSA signatures are randomised: a replayed refresh gets the very token the rotation issued from here. */
  private readonly reissued: LRUCache<string, string>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keys: SigningKeysService,
    private readonly jwt: JwtService,
  ) {
    this.reissued = new LRUCache({
      max: REISSUE_CACHE_SIZE,
      ttl: Math.max(1, config.refreshTokens.graceSeconds) * 1000,
    });
  }

  /**
   * `fixed` re-issues a token with a known id and issue time (a refresh replayed in the grace window): the same
   * claims, and the same bytes when this process signed it first.
   */
  async issue(
    subject: string,
    scope: TokenScope,
    extra: { app_id?: string; fid?: string; cst?: string } = {},
    fixed?: { jti: string; iat: number },
  ): Promise<IssuedAccessToken> {
    const key = this.keys.active;
    const now = Date.now();
    const jti = fixed?.jti ?? uuidV7(now);
    const iat = fixed?.iat ?? Math.floor(now / 1000);
    const ttl = this.config.jwt.accessTokenTtlSeconds;
    const expiresIn = Math.max(0, iat + ttl - Math.floor(Date.now() / 1000));
    const cacheKey = `${jti}|${subject}|${key.kid}`;
    const known = fixed ? this.reissued.get(cacheKey) : undefined;
    if (known) return { token: known, jti, expiresIn };
    const token = this.jwt.sign(
      {
        scope,
        ...extra,
        client_id: extra.app_id ?? OPERATOR_CLIENT_ID,
        iss: this.config.jwt.issuer,
        aud: this.config.jwt.audience,
        sub: subject,
        jti,
        iat,
        exp: iat + ttl,
      },
      {
        algorithm: key.alg as SigningAlgorithm,
        privateKey: key.signingKey,
        header: { alg: key.alg as SigningAlgorithm, kid: key.kid, typ: ACCESS_TOKEN_TYPE },
      },
    );
    if (fixed) this.reissued.set(cacheKey, token);
    return { token, jti, expiresIn };
  }

  /** Only our issuer, audience, token type, allowed algorithms and known key ids are accepted. */
  async verify(token: string): Promise<AccessTokenClaims> {
    try {
      const header = decodeHeader(token);
      if (!header || !isAccessTokenType(header.typ)) throw new Error('not an access token');
      const key = this.keys.verificationKey(typeof header.kid === 'string' ? header.kid : undefined);
      if (!key || key.alg !== header.alg || !this.keys.allowedAlgorithms().includes(key.alg))
        throw new Error('no matching key');
      let payload: unknown;
      if (key.alg === LEGACY_ALGORITHM) {
        ({ payload } = await jwtVerify(token, key.publicKey, {
          issuer: this.config.jwt.issuer,
          audience: this.config.jwt.audience,
          algorithms: [LEGACY_ALGORITHM],
          typ: ACCESS_TOKEN_TYPE,
        }));
      } else {
        payload = this.jwt.verify(token, {
          // jsonwebtoken takes a KeyObject; @nestjs/jwt's option type only names strings and buffers.
          publicKey: key.publicKey as unknown as Buffer,
          algorithms: [key.alg as SigningAlgorithm],
          issuer: this.config.jwt.issuer,
          audience: this.config.jwt.audience,
        });
      }
      const claims = payload as AccessTokenClaims;
      for (const claim of ['sub', 'jti'] as const)
        if (typeof claims[claim] !== 'string') throw new Error(`no ${claim}`);
      if (typeof claims.iat !== 'number' || typeof claims.exp !== 'number') throw new Error('no iat or exp');
      if (!['operator', 'sdk', 'app'].includes(claims.scope)) throw new Error('unknown scope');
      // Signed by us, but never with a lifetime longer than configured nor issued in the future.
      if (claims.exp - claims.iat > this.config.jwt.accessTokenTtlSeconds)
        throw new Error('lifetime too long');
      if (claims.iat > Date.now() / 1000 + ISSUED_AT_SKEW_SECONDS) throw new Error('issued in the future');
      return claims;
    } catch (error) {
      // jsonwebtoken's TokenExpiredError, by name: it is a CommonJS module @nestjs/jwt loads.
      const expired =
        (error instanceof Error && error.name === 'TokenExpiredError') ||
        error instanceof joseErrors.JWTExpired;
      throw unauthorized(expired ? 'Access token expired' : 'Invalid access token');
    }
  }
}
