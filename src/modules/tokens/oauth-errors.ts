import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AppError } from '../../common/errors/app-error.js';
import { DATABASE_RETRY_AFTER_SECONDS } from '../../common/errors/problem.filter.js';
import { buildProblem, sendProblem } from '../../common/errors/problem.js';
import { isTransientDatabaseError } from '../../database/transient-errors.js';
import type { OAuthErrorCode } from './dto/token-requests.dto.js';

export class OAuthError extends Error {
  constructor(
    readonly error: OAuthErrorCode,
    readonly description: string,
  ) {
    super(description);
  }
}

/** RFC 6749 §5.2 error bodies instead of problem+json: OAuth client libraries parse `error`. */
@Catch()
export class OAuthErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse<FastifyReply>();
    let error: OAuthErrorCode = 'invalid_request';
    let description: string;
    let status = 400;
    if (exception instanceof OAuthError) {
      ({ error, description } = exception);
      if (error === 'invalid_client') {
        status = 401;
        response.header('WWW-Authenticate', 'Basic realm="wearbridge"');
      }
    } else if (exception instanceof AppError) {
      description = exception.detail;
      if (exception.code === 'rate_limited') {
        status = 429;
        error = 'slow_down';
        for (const [name, value] of Object.entries(exception.options.headers ?? {}))
          response.header(name, value);
      } else if (exception.code === 'unauthorized') {
        error = 'invalid_grant';
      } else if (exception.code === 'validation_failed' && /unsupported_grant_type/.test(exception.detail)) {
        error = 'unsupported_grant_type';
        description = 'grant_type must be client_credentials or refresh_token';
      }
    } else if (isTransientDatabaseError(exception)) {
      // Like every other route during a database outage: problem+json 503, the client comes back later.
      return sendProblem(
        response,
        buildProblem('unavailable', 503, 'The service is temporarily unavailable; retry later.'),
        { 'Retry-After': DATABASE_RETRY_AFTER_SECONDS },
      );
    } else {
      throw exception;
    }
    void response
      .code(status)
      .header('Cache-Control', 'no-store')
      .send({ error, error_description: description });
  }
}
