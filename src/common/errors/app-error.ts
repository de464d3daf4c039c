/** The error vocabulary of the API; the problem filter turns each code into one HTTP status. */
export const ERROR_STATUS = {
  validation_failed: 400,
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  request_timeout: 408,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  expectation_failed: 417,
  header_fields_too_large: 431,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldError {
  field: string;
  messages: string[];
}

export interface AppErrorOptions {
  /** Per-field problems of a validation error. */
  errors?: FieldError[];
  headers?: Record<string, string>;
  /** Extra members of the problem document (RFC 9457 extension members). */
  extensions?: Record<string, unknown>;
  cause?: unknown;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly options: AppErrorOptions = {},
  ) {
    super(detail, { cause: options.cause });
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (detail: string) => new AppError('not_found', detail);
export const unauthorized = (detail: string, scheme = 'Bearer') =>
  new AppError('unauthorized', detail, { headers: { 'WWW-Authenticate': scheme } });
export const conflict = (detail: string) => new AppError('conflict', detail);
export const badRequest = (detail: string) => new AppError('bad_request', detail);
