import { EmbeddedDatabaseError } from './database/embedded-postgres-errors.js';

const CONNECTION_FAILURES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH']);

/**
 * The one sentence a person needs for the start failures we can foresee; undefined for the rest, which are bugs and
 * keep their stack trace.
 */
export function startupFailureSentence(error: unknown): string | undefined {
  if (error instanceof EmbeddedDatabaseError) return error.message;
  const { code, port, address } = (error ?? {}) as { code?: string; port?: number; address?: string };
  if (code === 'EADDRINUSE')
    return `port ${port} is already in use on ${address}: stop the other server or set PORT.`;
  if (code === 'EACCES' && port !== undefined)
    return `this user may not listen on port ${port}: set PORT above 1023.`;
  if (code && CONNECTION_FAILURES.has(code))
    return `the database at DATABASE_URL cannot be reached (${code}): check the URL and that PostgreSQL is running.`;
  if (code === '28P01' || code === '28000' || code === '3D000')
    return `the database at DATABASE_URL refused the connection (${(error as Error).message}): check the user, password and database name.`;
  return undefined;
}
