import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { QueryFailedError } from 'typeorm';
import { isTransientDatabaseError } from '../../database/transient-errors.js';
import { AppError } from './app-error.js';
import { buildProblem, codeForStatus, sendProblem } from './problem.js';

/** What a phone is told to wait before re-sending when the database is briefly unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = '5';

function httpExceptionDetail(exception: HttpException): string {
  const body = exception.getResponse();
  if (typeof body === 'string') return body;
  const message = (body as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  if (typeof message === 'string') return message;
  return exception.message;
}

/** Every error leaves as application/problem+json; unexpected ones are logged once and answered generically. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest | undefined>();
    const response = http.getResponse<FastifyReply>();
    const requestId = request?.id;

    if (exception instanceof AppError) {
      const { errors, headers, extensions } = exception.options;
      return sendProblem(
        response,
        buildProblem(exception.code, exception.status, exception.detail, {
          errors,
          ...extensions,
          request_id: requestId,
        }),
        headers,
      );
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return sendProblem(
        response,
        buildProblem(codeForStatus(status), status, httpExceptionDetail(exception), {
          request_id: requestId,
        }),
        // The readiness probe's 503 (the database does not answer) tells load balancers and phones when to retry.
        status === 503 ? { 'Retry-After': DATABASE_RETRY_AFTER_SECONDS } : {},
      );
    }
    if (
      exception instanceof QueryFailedError &&
      (exception.driverError as { code?: string })?.code === '23505'
    ) {
      return sendProblem(
        response,
        buildProblem('conflict', 409, 'The resource already exists.', { request_id: requestId }),
      );
    }
    if (isTransientDatabaseError(exception)) {
      // The driver's message and SQLSTATE only: a failed statement's parameters may hold health values.
      const { message, code } = exception as { message?: string; code?: string };
      this.logger.warn({ reason: message, sqlstate: code, requestId }, 'database unavailable');
      return sendProblem(
        response,
        buildProblem('unavailable', 503, 'The service is temporarily unavailable; retry later.', {
          request_id: requestId,
        }),
        { 'Retry-After': DATABASE_RETRY_AFTER_SECONDS },
      );
    }
    this.logger.error({ err: exception, requestId }, 'unhandled error');
    sendProblem(
      response,
      buildProblem('internal', 500, `An unexpected error occurred. Quote request id ${requestId ?? 'n/a'}.`, {
        request_id: requestId,
      }),
    );
  }
}
