import { describe, expect, it } from '@jest/globals';
import { EmbeddedDatabaseError } from './database/embedded-postgres-errors.js';
import { startupFailureSentence } from './startup-failure.js';

describe('startupFailureSentence', () => {
  it('passes the embedded database sentence through', () => {
    const error = new EmbeddedDatabaseError('Set DATABASE_URL.');
    expect(startupFailureSentence(error)).toBe('Set DATABASE_URL.');
  });

  it('names the fix for a port in use', () => {
    const error = Object.assign(new Error('listen EADDRINUSE'), {
      code: 'EADDRINUSE',
      port: 3000,
      address: '0.0.0.0',
    });
    expect(startupFailureSentence(error)).toBe(
      'port 3000 is already in use on 0.0.0.0: stop the other server or set PORT.',
    );
  });

  it('names the fix for an unreachable or refusing DATABASE_URL', () => {
    expect(startupFailureSentence(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toMatch(
      /^the database at DATABASE_URL cannot be reached \(ECONNREFUSED\): check the URL/,
    );
    expect(
      startupFailureSentence(Object.assign(new Error('password authentication failed'), { code: '28P01' })),
    ).toMatch(
      /refused the connection \(password authentication failed\): check the user, password and database name\.$/,
    );
  });

  it('leaves unforeseen errors to their stack trace', () => {
    expect(startupFailureSentence(new TypeError('undefined is not a function'))).toBeUndefined();
  });
});
