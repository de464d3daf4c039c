import { describe, expect, it } from '@jest/globals';
import {
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';
import { isTransientDatabaseError, TRANSIENT_SQLSTATES } from './transient-errors.js';

function pgError(code: string, message = 'from the server'): Error {
  return Object.assign(new Error(message), { code, severity: 'ERROR' });
}

/** The conditions issues 10 and 18 name; each must be in the list, so that a refactoring cannot drop one. */
const REQUIRED_SQLSTATES = [
  '57P01',
  '57P02',
  '57P03',
  '55000',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '40001',
  '40P01',
  '57014',
  '55P03',
  '53300',
];

describe('isTransientDatabaseError', () => {
  it('lists every required SQLSTATE', () => {
    expect(Object.keys(TRANSIENT_SQLSTATES)).toEqual(expect.arrayContaining(REQUIRED_SQLSTATES));
  });

  it.each(Object.keys(TRANSIENT_SQLSTATES))('treats SQLSTATE %s as transient, bare or wrapped', (code) => {
    expect(isTransientDatabaseError(pgError(code))).toBe(true);
    expect(isTransientDatabaseError(new QueryFailedError('SELECT 1', [], pgError(code)))).toBe(true);
    expect(isTransientDatabaseError(new Error('outer', { cause: pgError(code) }))).toBe(true);
  });

  it.each([
    [
      'connection refused',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }),
    ],
    ['connection reset', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['connection lost mid-query', new Error('Connection terminated unexpectedly')],
    ['pool connect timeout', new Error('timeout exceeded when trying to connect')],
    [
      'client broken before its query',
      new Error('Client has encountered a connection error and is not queryable'),
    ],
    ['runner lost mid-transaction', new QueryRunnerAlreadyReleasedError()],
    ['runner connection lost mid-transaction', new QueryRunnerProviderAlreadyReleasedError()],
  ])('treats %s as transient', (_name, error) => {
    expect(isTransientDatabaseError(error)).toBe(true);
  });

  it.each([
    ['unique violation', pgError('23505')],
    ['NOT NULL violation', pgError('23502')],
    ['invalid text representation', pgError('22P02')],
    ['undefined table', pgError('42P01')],
    ['a plain programming error', new TypeError('x is undefined')],
    ['nothing at all', undefined],
  ])('does not treat %s as transient', (_name, error) => {
    expect(isTransientDatabaseError(error)).toBe(false);
  });
});
