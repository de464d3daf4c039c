import { Inject, Injectable, Logger } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { randomBytes } from 'node:crypto';
import * as client from 'openid-client';
import { hashSecret } from '../../common/crypto/secrets.js';
import { AppError, notFound, unauthorized } from '../../common/errors/app-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AuditService } from '../audit/audit.service.js';
import type { Operator } from '../auth/operator.entity.js';
import { OperatorsService } from '../auth/operators.service.js';
import { STRATEGY } from '../auth/strategies/credentials.js';
import { PassportAuthenticator } from '../auth/strategies/passport-authenticator.js';
import { OrganizationsRepository } from '../organizations/organizations.repository.js';
import type { TokenPair } from '../tokens/refresh-tokens.service.js';
import { OperatorSessionsService } from '../tokens/operator-sessions.service.js';
import { OidcStrategy } from './oidc.strategy.js';
import { SsoLoginAttemptsRepository } from './sso-login-attempts.repository.js';

export const SSO_NOT_CONFIGURED = 'Single sign-on is not configured on this server (OIDC_ISSUER_URL).';
const SESSION_KEY = 'oidc';
const ATTEMPT_TTL_SECONDS = 600;

export type SsoMode = 'cookie' | 'token';

/**
 * The precise reason behind openid-client's generic message: the provider's OAuth error (invalid_grant …) or the
 * innermost check that failed (`unexpected ID Token "nonce" claim value`). Never a response body or token.
 */
function reasonOf(error: Error): string {
  let current: unknown = error;
  let innermost = error.message;
  for (let depth = 0; current instanceof Error && depth < 5; depth += 1) {
    const oauth = current as Error & { error?: unknown; error_description?: unknown };
    if (typeof oauth.error === 'string')
      return typeof oauth.error_description === 'string'
        ? `${oauth.error} (${oauth.error_description})`
        : oauth.error;
    innermost = current.message;
    current = current.cause;
  }
  return innermost;
}

/** What openid-client's strategy reads and writes as `req.session`, kept in sso_login_attempts between the legs. */
type StrategySession = Record<string, Record<string, unknown>>;

interface StrategyRequest {
  method: string;
  url: string;
  originalUrl: string;
  protocol: string;
  host: string;
  headers: FastifyRequest['headers'];
  session: StrategySession;
}

/** Operator single sign-on through OpenID Connect: discovery, the two legs of the code flow, and who signs in. */
@Injectable()
export class SsoService {
  private readonly logger = new Logger(SsoService.name);
  private configuration?: Promise<client.Configuration>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly attempts: SsoLoginAttemptsRepository,
    private readonly operators: OperatorsService,
    private readonly organizations: OrganizationsRepository,
    private readonly audit: AuditService,
    private readonly authenticator: PassportAuthenticator,
    private readonly sessions: OperatorSessionsService,
  ) {}

  private get oidc() {
    if (!this.config.oidc) throw notFound(SSO_NOT_CONFIGURED);
    return this.config.oidc;
  }

  /** Discovery on first use (the provider need not be up when the API starts); retried after a failure. */
  private async ready(): Promise<client.Configuration> {
    const oidc = this.oidc;
    this.configuration ??= (async () => {
      const configuration = await client.discovery(
        new URL(oidc.issuerUrl),
        oidc.clientId,
        undefined,
        oidc.clientSecret ? client.ClientSecretBasic(oidc.clientSecret) : client.None(),
        // An http issuer only outside production (a provider on the same host, tests).
        oidc.issuerUrl.startsWith('http:') ? { execute: [client.allowInsecureRequests] } : undefined,
      );
      const strategy = new OidcStrategy(
        {
          config: configuration,
          callbackURL: oidc.redirectUrl,
          scope: 'openid email profile',
          sessionKey: SESSION_KEY,
          name: STRATEGY.oidc,
        },
        (tokens) => this.identify(configuration, tokens),
      );
      // openid-client's strategy is typed for Express requests; ours get a request shaped like one.
      this.authenticator.register(
        STRATEGY.oidc,
        strategy as unknown as Parameters<PassportAuthenticator['register']>[1],
      );
      return configuration;
    })();
    try {
      return await this.configuration;
    } catch (error) {
      this.configuration = undefined;
      this.logger.warn(`OpenID Connect discovery failed: ${(error as Error).message}`);
      throw new AppError('unavailable', 'The identity provider cannot be reached; try again shortly.', {
        headers: { 'Retry-After': '30' },
      });
    }
  }

  private strategyRequest(request: FastifyRequest, session: StrategySession): StrategyRequest {
    return {
      method: request.method,
      url: request.url,
      originalUrl: request.url,
      protocol: request.protocol,
      host: request.host,
      headers: request.headers,
      session,
    };
  }

  /** First leg: where to send the browser, and the cookie value that names this attempt. */
  async begin(request: FastifyRequest, mode: SsoMode): Promise<{ location: string; attemptId: string }> {
    await this.ready();
    const session: StrategySession = {};
    const outcome = await this.authenticator.authenticate(
      [STRATEGY.oidc],
      this.strategyRequest(request, session),
    );
    if (outcome.kind !== 'redirect' || !session[SESSION_KEY])
      throw new Error('OpenID Connect did not redirect');
    const attemptId = randomBytes(32).toString('base64url');
    await this.attempts.create({
      idHash: hashSecret(attemptId),
      state: session[SESSION_KEY],
      mode,
      expiresAt: new Date(Date.now() + ATTEMPT_TTL_SECONDS * 1000),
    });
    return { location: outcome.location, attemptId };
  }

  get attemptTtlSeconds(): number {
    return ATTEMPT_TTL_SECONDS;
  }

  /** Second leg, then the session: a browser session (cookie mode) or a token pair (token mode). */
  async signIn(
    request: FastifyRequest,
    attemptId: string | undefined,
  ): Promise<{ pair: TokenPair; mode: SsoMode }> {
    const { operator, mode } = await this.complete(request, attemptId);
    const pair = await this.sessions.start(operator.id, mode === 'cookie', 'sso');
    return { pair, mode };
  }

  /** Second leg: the identity provider's answer, checked against this browser's attempt (state, nonce, PKCE). */
  private async complete(
    request: FastifyRequest,
    attemptId: string | undefined,
  ): Promise<{ operator: Operator; mode: SsoMode }> {
    await this.ready();
    const attempt = attemptId ? await this.attempts.take(hashSecret(attemptId)) : null;
    if (!attempt)
      throw unauthorized(
        'No single sign-on is in progress in this browser (or it expired): start at GET /api/v1/auth/oidc/login.',
      );
    let outcome;
    try {
      outcome = await this.authenticator.authenticate<Operator>(
        [STRATEGY.oidc],
        this.strategyRequest(request, { [SESSION_KEY]: attempt.state }),
      );
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw this.refusal(error);
    }
    if (outcome.kind !== 'success') {
      const [challenge] = outcome.kind === 'failed' ? outcome.challenges : [];
      const message =
        (challenge as { message?: string } | undefined)?.message ?? 'the identity provider refused';
      throw unauthorized(`Single sign-on failed: ${message}.`);
    }
    return { operator: outcome.user, mode: attempt.mode };
  }

  /** Protocol failures (state, nonce, code, signature) are the browser's problem: 401 with the reason. */
  private refusal(error: unknown): AppError {
    const isProtocol =
      error instanceof client.ClientError ||
      error instanceof client.ResponseBodyError ||
      error instanceof client.AuthorizationResponseError ||
      error instanceof client.WWWAuthenticateChallengeError ||
      (error instanceof Error &&
        'code' in error &&
        String((error as { code: unknown }).code).startsWith('OAUTH_'));
    if (isProtocol) return unauthorized(`Single sign-on failed: ${reasonOf(error as Error)}.`);
    this.logger.warn(`OpenID Connect callback failed: ${(error as Error).message}`);
    return new AppError('unavailable', 'The identity provider cannot be reached; try again shortly.', {
      headers: { 'Retry-After': '30' },
    });
  }

  /**
   * Who signs in: the provider's verified email, from an allowed domain. A known email is that operator; an unknown
   * one is created in the organization that claims its domain, with that organization's default role.
   */
  private async identify(
    configuration: client.Configuration,
    tokens: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers,
  ): Promise<Operator> {
    const claims = tokens.claims();
    if (!claims) throw unauthorized('Single sign-on failed: the identity provider sent no ID token.');
    let email = typeof claims.email === 'string' ? claims.email : undefined;
    let verified = claims.email_verified === true;
    if (!email) {
      const info = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      email = typeof info.email === 'string' ? info.email : undefined;
      verified = info.email_verified === true;
    }
    const refuse = async (reason: string, detail: string, domain?: string) => {
      await this.audit.record({
        action: 'operator.sso_login_refused',
        actor: { kind: 'anonymous' },
        details: { reason, domain: domain ?? null },
      });
      return new AppError('forbidden', detail);
    };
    if (!email) throw await refuse('no_email', 'The identity provider did not share an email address.');
    const normalized = email.trim().toLowerCase();
    const domain = normalized.slice(normalized.lastIndexOf('@') + 1);
    if (!verified)
      throw await refuse(
        'email_unverified',
        'The identity provider has not verified this email address.',
        domain,
      );
    if (!this.oidc.allowedDomains.includes(domain))
      throw await refuse(
        'domain_not_allowed',
        `Single sign-on is not allowed for ${domain} addresses.`,
        domain,
      );

    let operator = await this.operators.getByEmail(normalized);
    let created = false;
    if (!operator) {
      const organization = await this.organizations.findBySsoDomain(domain);
      if (!organization)
        throw await refuse(
          'no_organization',
          `No organization takes ${domain} sign-ins yet: an admin adds ${domain} to its sso_domains.`,
          domain,
        );
      operator = await this.operators.create(normalized, null, {
        organizationId: organization.id,
        role: organization.ssoDefaultRole,
        via: 'sso',
      });
      created = true;
    }
    await this.operators.touchLogin(operator.id);
    await this.audit.record({
      action: 'operator.sso_login',
      actor: { kind: 'operator', operatorId: operator.id, memberships: {}, acting: 'any' },
      subjectId: operator.id,
      details: { created, domain },
    });
    return operator;
  }
}
