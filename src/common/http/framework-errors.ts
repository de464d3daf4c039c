import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { ErrorCode } from '../errors/app-error.js';
import { buildProblem, PROBLEM_CONTENT_TYPE, sendProblem } from '../errors/problem.js';

/**
 * The answers Fastify and Node give before any route runs (a URL that does not decode, a path parameter too long,
 * a request Node cannot parse, headers too large, an `Expect` it cannot meet), as problem+json like every other
 * error instead of their own plain JSON.
 */

/** Fastify's `frameworkErrors` option: errors found while routing, before Nest sees the request. */
export function frameworkErrorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    sendProblem(
      reply,
      buildProblem('uri_too_long', 414, 'A path segment is longer than any identifier.', {
        request_id: request.id,
      }),
    );
    return;
  }
  const detail =
    error.code === 'FST_ERR_BAD_URL'
      ? 'The URL contains a percent-escape that does not decode to UTF-8 text.'
      : 'The request could not be routed.';
  sendProblem(reply, buildProblem('bad_request', 400, detail, { request_id: request.id }));
}

function rawProblem(code: ErrorCode, status: number, detail: string): string {
  const body = JSON.stringify(buildProblem(code, status, detail));
  return (
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
    `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
    `Connection: close\r\n\r\n${body}`
  );
}

/** Fastify's `clientErrorHandler`: Node could not parse the request, so only the socket is left to answer on. */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  let response: string;
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT')
    response = rawProblem('request_timeout', 408, 'The request was not received in time.');
  else if (error.code === 'HPE_HEADER_OVERFLOW')
    response = rawProblem(
      'header_fields_too_large',
      431,
      'The request line and headers are larger than the server accepts.',
    );
  else response = rawProblem('bad_request', 400, 'The request is not valid HTTP/1.1.');
  if (socket.writable) socket.end(response);
  else socket.destroy(error);
}

/** Node answers an `Expect` other than `100-continue` with its own bare 417 unless the server handles it. */
export function answerUnmetExpectations(server: Server): void {
  server.on('checkExpectation', (_request: IncomingMessage, response: ServerResponse) => {
    const body = JSON.stringify(
      buildProblem('expectation_failed', 417, 'Only "Expect: 100-continue" is supported.'),
    );
    response.writeHead(417, {
      'Content-Type': PROBLEM_CONTENT_TYPE,
      'Content-Length': Buffer.byteLength(body),
      Connection: 'close',
    });
    response.end(body);
  });
}
