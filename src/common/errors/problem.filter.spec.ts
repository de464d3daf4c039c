import { describe, expect, it } from '@jest/globals';
import { ArgumentsHost, NotFoundException } from '@nestjs/common';
import { Writable } from 'node:stream';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { createLogger } from '../logging/logger.js';
import { AppError } from './app-error.js';
import { ProblemFilter } from './problem.filter.js';

function harness() {
  const lines: string[] = [];
  const logger = createLogger(
    'info',
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    }),
  );
  const sent: { status?: number; type?: string; body?: string; headers: Record<string, string> } = {
    headers: {},
  };
  // The part of Fastify's reply the filter uses.
  const response = {
    sent: false,
    raw: { headersSent: false },
    headers(values: Record<string, string>) {
      Object.assign(sent.headers, values);
      return this;
    },
    code(code: number) {
      sent.status = code;
      return this;
    },
    type(value: string) {
      sent.type = value;
      return this;
    },
    send(body: string) {
      sent.body = body;
      return this;
    },
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => ({ id: 'req-1' }), getResponse: () => response }),
  } as unknown as ArgumentsHost;
  const sut = new ProblemFilter(logger);
  return { sut, host, sent, lines, problem: () => JSON.parse(sent.body!) };
}

describe('ProblemFilter', () => {
  it('answers unexpected errors with a generic 500 and the request id, logged once with the stack', () => {
    const { sut, host, sent, lines, problem } = harness();
    sut.catch(new Error('relation "secret_table" does not exist at /src/x.ts:1'), host);
    expect(sent.status).toBe(500);
    expect(sent.type).toBe('application/problem+json');
    expect(problem()).toMatchObject({
      status: 500,
      type: 'urn:wearbridge:problem:internal',
      request_id: 'req-1',
    });
    expect(sent.body).not.toMatch(/secret_table|\.ts:|stack/);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).err.stack).toContain('secret_table');
  });

  it('maps a unique violation to 409 without SQL', () => {
    const { sut, host, sent, problem } = harness();
    const error = new QueryFailedError(
      'INSERT INTO users …',
      [],
      Object.assign(new Error('duplicate key'), { code: '23505' }),
    );
    sut.catch(error, host);
    expect(sent.status).toBe(409);
    expect(problem().detail).not.toContain('INSERT');
  });

  it('answers a database outage with 503 and Retry-After, never a 4xx', () => {
    const { sut, host, sent } = harness();
    sut.catch(
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      host,
    );
    expect(sent.status).toBe(503);
    expect(sent.headers['Retry-After']).toBe('5');
  });

  it.each([
    ['a runner lost mid-transaction', new QueryRunnerAlreadyReleasedError()],
    [
      'a lock timeout',
      new QueryFailedError('UPDATE x', [], Object.assign(new Error('lock'), { code: '55P03' })),
    ],
    ['a database refusing connections', Object.assign(new Error('not accepting'), { code: '55000' })],
  ])('answers %s with 503 and Retry-After, logging the SQLSTATE but not the statement', (_name, error) => {
    const { sut, host, sent, lines } = harness();
    sut.catch(error, host);
    expect(sent.status).toBe(503);
    expect(sent.headers['Retry-After']).toBe('5');
    expect(lines.join('')).not.toContain('UPDATE x');
  });

  it('keeps domain errors’ status, detail, field errors and headers', () => {
    const { sut, host, sent, problem } = harness();
    sut.catch(new AppError('rate_limited', 'Too many requests', { headers: { 'Retry-After': '7' } }), host);
    expect(sent.status).toBe(429);
    expect(sent.headers['Retry-After']).toBe('7');
    expect(problem()).toMatchObject({ detail: 'Too many requests', title: 'Too Many Requests' });
  });

  it('turns Nest HTTP exceptions into problem documents with a string detail', () => {
    const { sut, host, sent, problem } = harness();
    sut.catch(new NotFoundException('Cannot GET /nope'), host);
    expect(sent.status).toBe(404);
    expect(problem()).toMatchObject({ type: 'urn:wearbridge:problem:not-found', detail: 'Cannot GET /nope' });
  });
});
