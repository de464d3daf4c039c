import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error.js';
import { buildProblem, codeForStatus, sendProblem } from './problem.js';

const RETRY_AFTER_SECONDS = '5';

/** PostgreSQL conditions that mean "try again later", not "your request was wrong". */
const TRANSIENT_SQLSTATE = /^(08|53|57P0|40001|40P01|55P03)/;
const TRANSIENT_NODE_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

function isTransientDatabaseError(error: unknown): boolean {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown }; message?: unknown };
  const code = String(candidate?.driverError?.code ?? candidate?.code ?? '');
  if (TRANSIENT_SQLSTATE.test(code) || TRANSIENT_NODE_ERRORS.has(code)) return true;
  const message = String(candidate?.message ?? '');
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    message,
  );
}

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
      this.logger.warn({ err: exception, requestId }, 'database unavailable');
      return sendProblem(
        response,
        buildProblem('unavailable', 503, 'The service is temporarily unavailable; retry later.', {
          request_id: requestId,
        }),
        { 'Retry-After': RETRY_AFTER_SECONDS },
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
