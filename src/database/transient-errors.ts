/**
 * Database conditions that mean "come back later", not "your request was wrong": the one list the problem filter (and
 * the OAuth endpoints) consult to answer 503 + Retry-After. Each entry is covered by transient-errors.spec.ts.
 */
export const TRANSIENT_SQLSTATES: Readonly<Record<string, string>> = {
  '08000': 'connection exception',
  '08001': 'cannot establish connection',
  '08003': 'connection does not exist',
  '08004': 'server rejected the connection',
  '08006': 'connection failure',
  '08007': 'transaction resolution unknown',
  '40001': 'serialization failure',
  '40P01': 'deadlock detected',
  '53000': 'insufficient resources',
  '53100': 'disk full',
  '53200': 'out of memory',
  '53300': 'too many connections',
  '55000': 'database is not currently accepting connections (ALLOW_CONNECTIONS false)',
  '55P03': 'lock not available (lock_timeout)',
  '57014': 'query canceled (statement_timeout)',
  '57P01': 'terminating connection due to administrator command',
  '57P02': 'crash shutdown',
  '57P03': 'cannot connect now (starting up, shutting down, recovering)',
};

/** Socket-level failures of the pg driver. */
export const TRANSIENT_NODE_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** Messages of the driver and of TypeORM when a connection is lost between or during statements. */
export const TRANSIENT_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error and is not queryable/i,
  /Client was closed and is not queryable/i,
  /Query runner already released/i,
  /connection provided by a query runner was already released/i,
  /Query read timeout/i,
];

/** TypeORM's errors for a runner whose connection died and was released under it (mid-transaction). */
const RUNNER_RELEASED_ERRORS = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);

const MAX_CAUSE_DEPTH = 5;

function codeOf(error: { code?: unknown; driverError?: { code?: unknown } }): string {
  return String(error.driverError?.code ?? error.code ?? '');
}

/** True for any error (or wrapped cause) the database or its connection raised transiently. */
export function isTransientDatabaseError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH && current && typeof current === 'object'; depth++) {
    const candidate = current as {
      code?: unknown;
      driverError?: { code?: unknown };
      message?: unknown;
      name?: unknown;
      cause?: unknown;
    };
    const code = codeOf(candidate);
    if (code in TRANSIENT_SQLSTATES || TRANSIENT_NODE_ERRORS.has(code)) return true;
    if (RUNNER_RELEASED_ERRORS.has(String(candidate.name))) return true;
    const message = String(candidate.message ?? '');
    if (TRANSIENT_MESSAGES.some((pattern) => pattern.test(message))) return true;
    current = candidate.cause ?? candidate.driverError;
  }
  return false;
}
