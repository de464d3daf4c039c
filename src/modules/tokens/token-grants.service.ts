import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { OrganizationRole } from '../../common/auth/organization-roles.js';
import type { Principal } from '../../common/auth/principal.js';
import { CredentialEvents } from '../../common/auth/credential-events.js';
import { uuidV7Millis } from '../../common/crypto/uuid-v7.js';
import { unauthorized } from '../../common/errors/app-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AccessTokenClaims } from './access-tokens.service.js';
import { TokenGrantsRepository } from './token-grants.repository.js';

interface GrantState {
  principal: Principal | null;
  /** Tokens issued (Unix milliseconds) before this are dead. */
  notBeforeMs: number;
}

/** Distinct live grants remembered per process; the least recently used beyond it are looked up again. */
const MAX_CACHED_GRANTS = 50_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * When a token was issued, to the millisecond: from its UUIDv7 `jti` when that agrees with `iat`, else (tokens
 * with another jti) the start of its `iat` second, so a revocation in the same second errs towards killing it.
 */
export function issuedAtMs(claims: Pick<AccessTokenClaims, 'jti' | 'iat'>): number {
  const fromId = typeof claims.jti === 'string' ? uuidV7Millis(claims.jti) : null;
  if (fromId !== null && Math.floor(fromId / 1000) === claims.iat) return fromId;
  return claims.iat * 1000;
}

/**
 * Access tokens die with their grant: a cheap per-request look at the user, application, operator and refresh family
 * behind a token, cached for CREDENTIAL_STATE_CACHE_SECONDS, so revocation takes effect within seconds, not at `exp`.
 */
@Injectable()
export class TokenGrantsService {
  /** Null when CREDENTIAL_STATE_CACHE_SECONDS is 0: every request looks its grant up. */
  private readonly cache: LRUCache<string, GrantState> | null;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly grants: TokenGrantsRepository,
    events: CredentialEvents,
  ) {
    const ttl = config.credentialStateCacheSeconds * 1000;
    this.cache = ttl > 0 ? new LRUCache({ max: MAX_CACHED_GRANTS, ttl }) : null;
    events.subscribe(() => this.cache?.clear());
  }

  async principalFor(claims: AccessTokenClaims): Promise<Principal> {
    const key = `${claims.scope}|${claims.sub}|${claims.app_id ?? ''}|${claims.fid ?? ''}`;
    let state = this.cache?.get(key);
    if (!state) {
      state = await this.load(claims);
      this.cache?.set(key, state);
    }
    if (!state.principal || issuedAtMs(claims) < state.notBeforeMs)
      throw unauthorized('Access token revoked');
    if (state.principal.kind === 'sdk') return { ...state.principal, tokenId: claims.jti };
    return state.principal;
  }

  private async load(claims: AccessTokenClaims): Promise<GrantState> {
    const dead = { principal: null, notBeforeMs: 0 };
    // Ids the token names must be UUIDs before they reach a uuid column (only a signed token gets this far).
    if (!UUID.test(String(claims.sub)) || (claims.fid !== undefined && !UUID.test(String(claims.fid))))
      return dead;
    const millis = (date: Date | null) => (date ? date.getTime() : 0);
    switch (claims.scope) {
      case 'sdk': {
        const row = await this.grants.sdkGrant(claims.sub, claims.fid ?? null);
        if (!row || row.app_id !== claims.app_id || (claims.fid && !row.family_id)) return dead;
        return {
          principal: {
            kind: 'sdk',
            userId: claims.sub,
            applicationId: row.application_id,
            appId: row.app_id,
            familyId: claims.fid ?? null,
            tokenId: claims.jti,
          },
          notBeforeMs: millis(row.sessions_revoked_at),
        };
      }
      case 'operator': {
        const row = await this.grants.operatorGrant(claims.sub, claims.fid ?? null);
        if (!row || (claims.fid && !row.family_id)) return dead;
        return {
          principal: {
            kind: 'operator',
            operatorId: claims.sub,
            memberships: row.memberships as Record<string, OrganizationRole>,
            acting: 'any',
          },
          notBeforeMs: 0,
        };
      }
      case 'app': {
        const row = await this.grants.appGrant(claims.sub);
        if (!row || row.app_id !== claims.app_id) return dead;
        return {
          principal: { kind: 'app', applicationId: row.id, appId: row.app_id, via: 'app_token' },
          notBeforeMs: millis(row.sessions_revoked_at),
        };
      }
    }
  }
}
