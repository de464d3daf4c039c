import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off', ''].includes(v)) return false;
  return value;
};

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/** What new access tokens are signed with (jsonwebtoken, under @nestjs/jwt); EdDSA keys of older installs only verify. */
export const JWT_ALGORITHMS = ['ES256', 'ES384', 'ES512'] as const;

/** Every environment variable Wearbridge reads, with its default. The README's configuration table mirrors it. */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: string = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @IsString()
  HOST: string = '0.0.0.0';

  /** API processes sharing PORT (node:cluster); the first one also runs the queue workers. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  WEB_CONCURRENCY: number = 1;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// URL' })
  DATABASE_URL?: string;

  /** A read replica of DATABASE_URL for the read API (`/users/{id}/…` data routes); writes never go there. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// URL' })
  DATABASE_READ_URL?: string;

  @IsString()
  DATA_DIR: string = './data';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  EMBEDDED_DB_PORT: number = 54329;

  @IsOptional()
  @Matches(/^[a-z_][a-z0-9_.-]{0,31}$/i, { message: 'must be an account name' })
  EMBEDDED_DB_USER?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  DB_POOL_MAX: number = 10;

  @Transform(toBool)
  @IsBoolean()
  DB_MIGRATIONS_RUN: boolean = true;

  /** How long opening a database connection may take before the request answers 503. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  DB_CONNECT_TIMEOUT_MS: number = 5000;

  /** statement_timeout of request work: a statement running longer is cancelled and answered 503. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  DB_STATEMENT_TIMEOUT_MS: number = 30_000;

  /** lock_timeout of request work: waiting longer for a lock held elsewhere is answered 503. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  DB_LOCK_TIMEOUT_MS: number = 5000;

  /** statement_timeout inside a user export (its keyset pages), which reads far more than a request. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  DB_EXPORT_STATEMENT_TIMEOUT_MS: number = 600_000;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: string = 'info';

  @IsIn(['auto', 'json', 'pretty'])
  LOG_FORMAT: 'auto' | 'json' | 'pretty' = 'auto';

  @Transform(toBool)
  @IsBoolean()
  TRUST_PROXY: boolean = false;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(1024 * 1024 * 1024)
  JSON_BODY_LIMIT_BYTES: number = 1024 * 1024;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(1024 * 1024 * 1024)
  SYNC_BODY_LIMIT_BYTES: number = 64 * 1024 * 1024;

  /** A request body that brings too little for this long is cut with 408 (and frees its sync slot). */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(600_000)
  HTTP_BODY_IDLE_TIMEOUT_MS: number = 30_000;

  /** The least a body must bring per second, averaged over each HTTP_BODY_IDLE_TIMEOUT_MS window; 0: only idleness. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  HTTP_BODY_MIN_BYTES_PER_SECOND: number = 1024;

  @IsOptional()
  @IsEmail()
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(12)
  ADMIN_PASSWORD?: string;

  /** The server's public base URL (what clients call); the default issuer and the OAuth metadata's endpoints. */
  @IsOptional()
  @Matches(/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/, {
    message: 'must be an http(s) URL without query or fragment',
  })
  PUBLIC_URL?: string;

  /** `iss` of access tokens and of the OAuth metadata; defaults to PUBLIC_URL. */
  @IsOptional()
  @Matches(/^https?:\/\/[^?#\s]+$/, { message: 'must be an http(s) URL without query or fragment' })
  JWT_ISSUER?: string;

  @IsString()
  JWT_AUDIENCE: string = 'wearbridge-api';

  @IsIn(JWT_ALGORITHMS)
  JWT_ALGORITHM: string = 'ES256';

  @IsOptional()
  @IsString()
  JWT_SIGNING_KEYS?: string;

  @IsOptional()
  @IsString()
  JWT_SIGNING_KEYS_FILE?: string;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(24 * 3600)
  ACCESS_TOKEN_TTL_SECONDS: number = 3600;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  REFRESH_TOKEN_ABSOLUTE_TTL_DAYS: number = 90;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  REFRESH_TOKEN_IDLE_TTL_DAYS: number = 30;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3600)
  REFRESH_TOKEN_GRACE_SECONDS: number = 60;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60)
  CREDENTIAL_STATE_CACHE_SECONDS: number = 2;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(30)
  INVITATION_CODE_TTL_DAYS: number = 7;

  @Transform(toBool)
  @IsBoolean()
  RATE_LIMIT_ENABLED: boolean = true;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_LOGIN_PER_MINUTE: number = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_TOKEN_PER_MINUTE: number = 6000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_REDEEM_PER_MINUTE: number = 20;

  /** Days a journaled sync body is kept (compressed) for renormalization; 0 keeps it forever. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3650)
  INGEST_RAW_BODY_RETENTION_DAYS: number = 30;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3650)
  INGEST_TELEMETRY_RETENTION_DAYS: number = 30;

  /** A repeated X-Request-Id from the same user within this many seconds replays the first result; 0 disables. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(86400)
  INGEST_REQUEST_ID_REPLAY_SECONDS: number = 600;

  /** Sync requests one user may have in flight in one API process; 0 disables the ceiling. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  INGEST_USER_MAX_CONCURRENT: number = 4;

  /** Items (records + sleep + workouts + deleted) one user may push per minute, all processes; 0 disables. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  INGEST_USER_ITEMS_PER_MINUTE: number = 300_000;

  /**
   * The memory (RSS) one API process aims to stay under while it reads and stores sync bodies: it holds at once only
   * as many decoded bytes as fit beside its idle size (see ingestion-memory.ts); the excess is answered 503.
   */
  @Transform(toInt)
  @IsInt()
  @Min(64 * 1024 * 1024)
  INGEST_MEMORY_CEILING_BYTES: number = 512 * 1024 * 1024;

  /** Decoded sync-body bytes one API process holds at once before answering 503; unset: from the ceiling above. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  INGEST_MAX_INFLIGHT_BYTES?: number;

  /** Data exports one API process streams at once (each holds a pooled connection); more answer 503. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  EXPORT_MAX_CONCURRENT: number = 2;

  /** An export whose reader takes nothing for this long is cut off, releasing its database connection. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  EXPORT_STALL_TIMEOUT_SECONDS: number = 30;

  /** Stage intervals of one source further apart than this start a new sleep session. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  SLEEP_SESSION_GAP_MINUTES: number = 120;

  /** A sleep session shorter than this that is not its day's main sleep is flagged as a nap. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  SLEEP_NAP_MAX_MINUTES: number = 180;

  /** Rows per set-based upsert statement during normalization. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(100000)
  NORMALIZATION_UPSERT_CHUNK_ROWS: number = 5000;

  /** Largest Apple Health export an upload may bring, decoded (the iPhone writes multi-GiB files). */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(Number.MAX_SAFE_INTEGER)
  IMPORT_MAX_BYTES: number = 8 * 1024 * 1024 * 1024;

  /** Where uploaded exports wait for their import; workers on other hosts must see the same folder. */
  @IsOptional()
  @IsString()
  IMPORT_DIR?: string;

  /** Run the webhook delivery workers inside this API process; false when `npm run worker` processes deliver. */
  @Transform(toBool)
  @IsBoolean()
  WEBHOOKS_WORKER_ENABLED: boolean = true;

  /** Allow webhook URLs on loopback, private, link-local and metadata addresses (tests, self-hosting on a LAN). */
  @Transform(toBool)
  @IsBoolean()
  WEBHOOKS_ALLOW_PRIVATE_NETWORKS: boolean = false;

  /** Production: base64 of 32 random bytes that encrypts webhook signing secrets at rest (AES-256-GCM). */
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'must be base64 of exactly 32 bytes' })
  WEBHOOKS_SECRET_KEY?: string;

  /** Key file generated on first start when WEBHOOKS_SECRET_KEY is unset. */
  @IsOptional()
  @IsString()
  WEBHOOKS_SECRET_KEY_FILE?: string;

  /** Seconds to wait after each failed attempt, comma-separated; one retry per entry (±jitter). */
  @Matches(/^\d+(\.\d+)?(,\d+(\.\d+)?)*$/, { message: 'must be comma-separated seconds' })
  WEBHOOKS_RETRY_SCHEDULE_SECONDS: string = '5,30,120,600,1800,3600,7200,14400,21600,28800,28800';

  /** Each retry delay is multiplied by a random factor in [1 - jitter, 1 + jitter]. */
  @Transform(({ value }) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value))
  @Min(0)
  @Max(0.5)
  WEBHOOKS_RETRY_JITTER: number = 0.2;

  /** Seconds a delivery attempt may take, response included. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(60)
  WEBHOOKS_TIMEOUT_SECONDS: number = 15;

  /** An endpoint whose deliveries have failed without a success for this long is disabled. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  WEBHOOKS_DISABLE_AFTER_FAILING_HOURS: number = 120;

  /** summary.updated collects the changed days of a user for this long, then sends one event. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3600)
  WEBHOOKS_SUMMARY_WINDOW_SECONDS: number = 10;

  /** How often an idle worker looks for due deliveries (pg-boss polling). */
  @Transform(({ value }) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value))
  @Min(0.5)
  @Max(60)
  WEBHOOKS_POLL_SECONDS: number = 1;

  /** Events (and their delivery logs) are kept this long for replay. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  WEBHOOKS_EVENT_RETENTION_DAYS: number = 30;

  /** SMTP server that sends organization invitations, e.g. `smtps://user:pass@mail.example.com:465`; unset: none sent. */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** Sender of invitation emails. */
  @IsString()
  SMTP_FROM: string = 'Wearbridge <no-reply@localhost>';

  /** Hours an organization invitation stays valid. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(30 * 24)
  ORGANIZATION_INVITATION_TTL_HOURS: number = 168;

  /** OpenID Connect issuer for operator single sign-on (its discovery document is fetched at start); unset: off. */
  @IsOptional()
  @Matches(/^https?:\/\/[^?#\s]+$/, { message: 'must be an http(s) URL without query or fragment' })
  OIDC_ISSUER_URL?: string;

  @IsOptional()
  @IsString()
  OIDC_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  OIDC_CLIENT_SECRET?: string;

  /** Comma-separated email domains whose verified users may sign in (and be created on first login). */
  @IsOptional()
  @Matches(/^\s*[a-z0-9.-]+\s*(,\s*[a-z0-9.-]+\s*)*$/i, { message: 'must be comma-separated domains' })
  OIDC_ALLOWED_DOMAINS?: string;

  /** Where the identity provider sends the browser back; defaults to PUBLIC_URL + /api/v1/auth/oidc/callback. */
  @IsOptional()
  @Matches(/^https?:\/\/[^?#\s]+$/, { message: 'must be an http(s) URL without query or fragment' })
  OIDC_REDIRECT_URL?: string;

  /** Where the browser goes after a successful cookie sign-in (the portal); defaults to PUBLIC_URL. */
  @IsOptional()
  @Matches(/^https?:\/\/[^?#\s]+$/, { message: 'must be an http(s) URL without query or fragment' })
  OIDC_POST_LOGIN_URL?: string;

  /** SameSite of the operator session cookies (`strict` or `lax`). */
  @IsIn(['strict', 'lax'])
  SESSION_COOKIE_SAMESITE: string = 'strict';
}
