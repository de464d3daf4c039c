import { STATUS_CODES } from 'node:http';
import type { FastifyReply } from 'fastify';
import { ERROR_STATUS, ErrorCode, FieldError } from './app-error.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** RFC 9457 problem document; `detail` is always a string because the peer's clients read it. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  request_id?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export function problemType(code: ErrorCode): string {
  return `urn:wearbridge:problem:${code.replace(/_/g, '-')}`;
}

export function codeForStatus(status: number): ErrorCode {
  if (status === 400) return 'bad_request';
  const match = (Object.entries(ERROR_STATUS) as [ErrorCode, number][]).find(([, s]) => s === status);
  if (match) return match[0];
  return status >= 500 ? 'internal' : 'bad_request';
}

export function buildProblem(
  code: ErrorCode,
  status: number,
  detail: string,
  extra: Partial<ProblemDocument> = {},
): ProblemDocument {
  return {
    type: problemType(code),
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    ...extra,
  };
}

export function sendProblem(
  reply: FastifyReply,
  problem: ProblemDocument,
  headers: Record<string, string> = {},
) {
  if (reply.sent || reply.raw.headersSent) return;
  reply.headers(headers).code(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}
