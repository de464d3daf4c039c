import { describe, expect, it } from '@jest/globals';
import { Writable } from 'node:stream';
import { createLogger } from './logger.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, logger: createLogger('info', stream) };
}

describe('createLogger', () => {
  it('redacts secret-like keys at any depth', () => {
    const { lines, logger } = capture();
    logger.info(
      {
        app_secret: 'secret_abc',
        nested: { refresh_token: 'rt-1', password: 'p', Authorization: 'Bearer x' },
        ok: 1,
      },
      'event',
    );
    const line = lines.join('');
    expect(line).not.toMatch(/secret_abc|rt-1|Bearer x|"p"/);
    expect(JSON.parse(line)).toMatchObject({
      ok: 1,
      app_secret: '[redacted]',
      nested: { password: '[redacted]' },
    });
  });
});
