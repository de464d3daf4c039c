import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import path from 'node:path';
import { EnvironmentVariables, JWT_ALGORITHMS } from './env.schema.js';

export interface AppConfig {
  readonly env: 'development' | 'production' | 'test';
  readonly http: {
    readonly port: number;
    readonly host: string;
    readonly trustProxy: boolean;
    readonly jsonBodyLimitBytes: number;
    readonly syncBodyLimitBytes: number;
    /** Base URL clients call, without a trailing slash. */
    readonly publicUrl: string;
    /** API processes sharing the port (WEB_CONCURRENCY). */
    readonly processes: number;
    readonly bodyIdleTimeoutMs: number;
    readonly bodyMinBytesPerSecond: number;
  };
  readonly database: {
    /** Absent when the embedded PostgreSQL should be started. */
    readonly url?: string;
    /** A read replica for the read API (DATABASE_READ_URL). */
    readonly readUrl?: string;
    readonly poolMax: number;
    readonly runMigrations: boolean;
    readonly connectTimeoutMs: number;
    /** statement_timeout / lock_timeout of request work (0: none). */
    readonly statementTimeoutMs: number;
    readonly lockTimeoutMs: number;
    readonly exportStatementTimeoutMs: number;
    readonly embedded: { readonly dataDir: string; readonly port: number; readonly user?: string };
  };
  readonly dataDir: string;
  readonly logLevel: string;
  readonly logFormat: 'auto' | 'json' | 'pretty';
  readonly admin?: { readonly email: string; readonly password: string };
  readonly jwt: {
    readonly issuer: string;
    readonly audience: string;
    readonly algorithm: (typeof JWT_ALGORITHMS)[number];
    readonly signingKeys?: string;
    readonly signingKeysFile: string;
    readonly accessTokenTtlSeconds: number;
  };
  readonly refreshTokens: {
    readonly absoluteTtlSeconds: number;
    readonly idleTtlSeconds: number;
    readonly graceSeconds: number;
  };
  readonly credentialStateCacheSeconds: number;
  readonly invitationCodeTtlDays: number;
  readonly rateLimits: {
    readonly enabled: boolean;
    readonly loginPerMinute: number;
    readonly tokenPerMinute: number;
    readonly redeemPerMinute: number;
  };
  readonly ingestion: {
    readonly rawBodyRetentionDays: number;
    readonly telemetryRetentionDays: number;
    readonly userMaxConcurrent: number;
    readonly userItemsPerMinute: number;
    readonly memoryCeilingBytes: number;
    /** Set explicitly; null: derived from memoryCeilingBytes when the process starts. */
    readonly maxInflightBytes: number | null;
    readonly requestIdReplaySeconds: number;
  };
  readonly exports: {
    readonly maxConcurrent: number;
    readonly stallTimeoutMs: number;
  };
  readonly normalization: {
    readonly sleepGapMinutes: number;
    readonly napMaxMinutes: number;
    readonly upsertChunkRows: number;
  };
  readonly imports: {
    readonly maxBytes: number;
    readonly dir: string;
  };
  readonly webhooks: {
    readonly workerEnabled: boolean;
    readonly allowPrivateNetworks: boolean;
    readonly requireHttps: boolean;
    /** Base64 key from the environment; absent: the key file. */
    readonly secretKey?: string;
    readonly secretKeyFile: string;
    readonly retryScheduleSeconds: readonly number[];
    readonly retryJitter: number;
    readonly timeoutSeconds: number;
    readonly disableAfterFailingSeconds: number;
    readonly summaryWindowSeconds: number;
    readonly pollSeconds: number;
    readonly eventRetentionDays: number;
  };
  readonly organizations: {
    readonly invitationTtlSeconds: number;
    /** Unset: invitations are only shown to the inviter. */
    readonly smtpUrl?: string;
    readonly smtpFrom: string;
  };
  /** Operator single sign-on; absent when OIDC_ISSUER_URL is unset. */
  readonly oidc?: {
    readonly issuerUrl: string;
    readonly clientId: string;
    readonly clientSecret?: string;
    readonly allowedDomains: readonly string[];
    readonly redirectUrl: string;
    readonly postLoginUrl: string;
  };
  readonly sessionCookies: {
    readonly sameSite: 'strict' | 'lax';
  };
}

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment variables: ${problems.join('; ')}`);
  }
}

const DAY = 24 * 3600;

function describe(errors: ValidationError[]): string[] {
  return errors.map((e) => `${e.property} (${Object.values(e.constraints ?? {}).join(', ')})`);
}

/** Reads and validates the environment once; the only place that looks at process.env. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const defined = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const env = plainToInstance(EnvironmentVariables, defined, { exposeDefaultValues: true });
  const problems = describe(validateSync(env, { skipMissingProperties: false }));
  if ((env.ADMIN_EMAIL === undefined) !== (env.ADMIN_PASSWORD === undefined)) {
    problems.push('ADMIN_EMAIL, ADMIN_PASSWORD (set both or neither)');
  }
  if (env.OIDC_ISSUER_URL && !env.OIDC_CLIENT_ID)
    problems.push('OIDC_CLIENT_ID (needed with OIDC_ISSUER_URL)');
  if (env.OIDC_ISSUER_URL && !env.OIDC_ALLOWED_DOMAINS)
    problems.push('OIDC_ALLOWED_DOMAINS (needed with OIDC_ISSUER_URL)');
  if (problems.length > 0) throw new InvalidEnvironmentError(problems);

  const dataDir = path.resolve(env.DATA_DIR);
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
  return Object.freeze({
    env: env.NODE_ENV as AppConfig['env'],
    http: {
      port: env.PORT,
      host: env.HOST,
      trustProxy: env.TRUST_PROXY,
      jsonBodyLimitBytes: env.JSON_BODY_LIMIT_BYTES,
      syncBodyLimitBytes: env.SYNC_BODY_LIMIT_BYTES,
      publicUrl,
      processes: env.WEB_CONCURRENCY,
      bodyIdleTimeoutMs: env.HTTP_BODY_IDLE_TIMEOUT_MS,
      bodyMinBytesPerSecond: env.HTTP_BODY_MIN_BYTES_PER_SECOND,
    },
    database: {
      url: env.DATABASE_URL,
      readUrl: env.DATABASE_READ_URL,
      poolMax: env.DB_POOL_MAX,
      runMigrations: env.DB_MIGRATIONS_RUN,
      connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
      lockTimeoutMs: env.DB_LOCK_TIMEOUT_MS,
      exportStatementTimeoutMs: env.DB_EXPORT_STATEMENT_TIMEOUT_MS,
      embedded: {
        dataDir: path.join(dataDir, 'postgres'),
        port: env.EMBEDDED_DB_PORT,
        user: env.EMBEDDED_DB_USER,
      },
    },
    dataDir,
    logLevel: env.LOG_LEVEL,
    logFormat: env.LOG_FORMAT,
    admin: env.ADMIN_EMAIL ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD! } : undefined,
    jwt: {
      issuer: env.JWT_ISSUER ?? publicUrl,
      audience: env.JWT_AUDIENCE,
      algorithm: env.JWT_ALGORITHM as AppConfig['jwt']['algorithm'],
      signingKeys: env.JWT_SIGNING_KEYS,
      signingKeysFile: path.resolve(
        env.JWT_SIGNING_KEYS_FILE ?? path.join(dataDir, 'keys', 'signing-keys.json'),
      ),
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    },
    refreshTokens: {
      absoluteTtlSeconds: env.REFRESH_TOKEN_ABSOLUTE_TTL_DAYS * DAY,
      idleTtlSeconds: env.REFRESH_TOKEN_IDLE_TTL_DAYS * DAY,
      graceSeconds: env.REFRESH_TOKEN_GRACE_SECONDS,
    },
    credentialStateCacheSeconds: env.CREDENTIAL_STATE_CACHE_SECONDS,
    invitationCodeTtlDays: env.INVITATION_CODE_TTL_DAYS,
    rateLimits: {
      enabled: env.RATE_LIMIT_ENABLED,
      loginPerMinute: env.RATE_LIMIT_LOGIN_PER_MINUTE,
      tokenPerMinute: env.RATE_LIMIT_TOKEN_PER_MINUTE,
      redeemPerMinute: env.RATE_LIMIT_REDEEM_PER_MINUTE,
    },
    ingestion: {
      rawBodyRetentionDays: env.INGEST_RAW_BODY_RETENTION_DAYS,
      telemetryRetentionDays: env.INGEST_TELEMETRY_RETENTION_DAYS,
      userMaxConcurrent: env.INGEST_USER_MAX_CONCURRENT,
      userItemsPerMinute: env.INGEST_USER_ITEMS_PER_MINUTE,
      memoryCeilingBytes: env.INGEST_MEMORY_CEILING_BYTES,
      maxInflightBytes: env.INGEST_MAX_INFLIGHT_BYTES ?? null,
      requestIdReplaySeconds: env.INGEST_REQUEST_ID_REPLAY_SECONDS,
    },
    exports: {
      maxConcurrent: env.EXPORT_MAX_CONCURRENT,
      stallTimeoutMs: env.EXPORT_STALL_TIMEOUT_SECONDS * 1000,
    },
    normalization: {
      sleepGapMinutes: env.SLEEP_SESSION_GAP_MINUTES,
      napMaxMinutes: env.SLEEP_NAP_MAX_MINUTES,
      upsertChunkRows: env.NORMALIZATION_UPSERT_CHUNK_ROWS,
    },
    imports: {
      maxBytes: env.IMPORT_MAX_BYTES,
      dir: path.resolve(env.IMPORT_DIR ?? path.join(dataDir, 'imports')),
    },
    webhooks: {
      workerEnabled: env.WEBHOOKS_WORKER_ENABLED,
      allowPrivateNetworks: env.WEBHOOKS_ALLOW_PRIVATE_NETWORKS,
      requireHttps: env.NODE_ENV === 'production',
      secretKey: env.WEBHOOKS_SECRET_KEY,
      secretKeyFile: path.resolve(
        env.WEBHOOKS_SECRET_KEY_FILE ?? path.join(dataDir, 'keys', 'webhook-secret.key'),
      ),
      retryScheduleSeconds: Object.freeze(env.WEBHOOKS_RETRY_SCHEDULE_SECONDS.split(',').map(Number)),
      retryJitter: env.WEBHOOKS_RETRY_JITTER,
      timeoutSeconds: env.WEBHOOKS_TIMEOUT_SECONDS,
      disableAfterFailingSeconds: env.WEBHOOKS_DISABLE_AFTER_FAILING_HOURS * 3600,
      summaryWindowSeconds: env.WEBHOOKS_SUMMARY_WINDOW_SECONDS,
      pollSeconds: env.WEBHOOKS_POLL_SECONDS,
      eventRetentionDays: env.WEBHOOKS_EVENT_RETENTION_DAYS,
    },
    organizations: {
      invitationTtlSeconds: env.ORGANIZATION_INVITATION_TTL_HOURS * 3600,
      smtpUrl: env.SMTP_URL,
      smtpFrom: env.SMTP_FROM,
    },
    oidc: env.OIDC_ISSUER_URL
      ? {
          issuerUrl: env.OIDC_ISSUER_URL,
          clientId: env.OIDC_CLIENT_ID!,
          clientSecret: env.OIDC_CLIENT_SECRET,
          allowedDomains: Object.freeze(
            env.OIDC_ALLOWED_DOMAINS!.split(',').map((d) => d.trim().toLowerCase()),
          ),
          redirectUrl: env.OIDC_REDIRECT_URL ?? `${publicUrl}/api/v1/auth/oidc/callback`,
          postLoginUrl: env.OIDC_POST_LOGIN_URL ?? publicUrl,
        }
      : undefined,
    sessionCookies: { sameSite: env.SESSION_COOKIE_SAMESITE as 'strict' | 'lax' },
  });
}
