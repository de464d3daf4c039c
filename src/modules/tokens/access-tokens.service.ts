import { Inject, Injectable } from '@nestjs/common';
import { errors as joseErrors, jwtVerify } from 'jose';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { uuidV7 } from '../../common/crypto/uuid-v7.js';
import { unauthorized } from '../../common/errors/app-error.js';
import { signCompactJwt } from './compact-jwt.js';
import { SigningKeysService } from './signing-keys.service.js';

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

@Injectable()
export class AccessTokensService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keys: SigningKeysService,
  ) {}

  /**
   * `fixed` re-issues a token with a known id and issue time; with EdDSA (deterministic signatures) the result is
   * byte-identical, which makes a replayed refresh answer with the very same pair.
   */
  async issue(
    subject: string,
    scope: TokenScope,
    extra: { app_id?: string; fid?: string } = {},
    fixed?: { jti: string; iat: number },
  ): Promise<IssuedAccessToken> {
    const key = this.keys.active;
    const now = Date.now();
    const jti = fixed?.jti ?? uuidV7(now);
    const iat = fixed?.iat ?? Math.floor(now / 1000);
    const ttl = this.config.jwt.accessTokenTtlSeconds;
    const expiresIn = Math.max(0, iat + ttl - Math.floor(Date.now() / 1000));
    const token = signCompactJwt(
      { alg: key.alg, kid: key.kid, typ: ACCESS_TOKEN_TYPE },
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
      key.signingKey,
    );
    return { token, jti, expiresIn };
  }

  /** Only our issuer, audience, token type, configured algorithm and known key ids are accepted. */
  async verify(token: string): Promise<AccessTokenClaims> {
    try {
      const { payload } = await jwtVerify(
        token,
        (header) => {
          const key = this.keys.verificationKey(header.kid);
          if (!key || key.alg !== header.alg) throw new joseErrors.JWKSNoMatchingKey();
          return key.publicKey;
        },
        {
          issuer: this.config.jwt.issuer,
          audience: this.config.jwt.audience,
          algorithms: [this.config.jwt.algorithm],
          typ: ACCESS_TOKEN_TYPE,
          requiredClaims: ['sub', 'jti', 'iat', 'exp'],
        },
      );
      const claims = payload as unknown as AccessTokenClaims;
      if (!['operator', 'sdk', 'app'].includes(claims.scope)) throw new Error('unknown scope');
      // Signed by us, but never with a lifetime longer than configured nor issued in the future.
      if (claims.exp - claims.iat > this.config.jwt.accessTokenTtlSeconds)
        throw new Error('lifetime too long');
      if (claims.iat > Date.now() / 1000 + ISSUED_AT_SKEW_SECONDS) throw new Error('issued in the future');
      return claims;
    } catch (error) {
      const expired = error instanceof joseErrors.JWTExpired;
      throw unauthorized(expired ? 'Access token expired' : 'Invalid access token');
    }
  }
}
